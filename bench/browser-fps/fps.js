// Builds synthetic graphs and measures frames per second while panning, with the canvas and the WebGL renderer.
(function () {
  const params = new URLSearchParams(location.search);
  const seconds = +(params.get('seconds') || 5);
  const cases = (params.get('cases') || '1000x5000,3000x20000').split(',').map((c) => c.split('x').map(Number));
  const renderers = (params.get('renderers') || 'canvas,webgl').split(',');
  const out = document.getElementById('out');
  const log = (s) => { out.textContent += '\n' + s; };
  out.textContent = 'cytoscape ' + cytoscape.version + ', ' + navigator.userAgent;

  function rng(seed) { return () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 4294967296; }; }

  function graph(n, m) {
    const r = rng(42);
    const labels = ['Person', 'State', 'Organization', 'Agreement', 'Event', 'Place', 'Corridor'];
    const colors = ['#1f6fb4', '#c62828', '#2e7d32', '#6a3d9a', '#c25400', '#00838f', '#8d5524'];
    const nodes = [];
    const side = Math.sqrt(n) * 60;
    for (let i = 0; i < n; i++) {
      const l = Math.floor(r() * labels.length);
      nodes.push({ group: 'nodes', data: { id: 'n' + i, name: labels[l] + ' ' + i, color: colors[l] }, position: { x: r() * side, y: r() * side } });
    }
    // skewed degrees: endpoints drawn with a power law, so a few hubs and many leaves
    const pick = () => Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.5)));
    const edges = [];
    for (let j = 0; j < m; j++) {
      let s = pick(); let t = Math.floor(r() * n);
      if (s === t) t = (t + 1) % n;
      edges.push({ group: 'edges', data: { id: 'e' + j, source: 'n' + s, target: 'n' + t } });
    }
    return nodes.concat(edges);
  }

  const style = [
    { selector: 'node', style: { 'background-color': 'data(color)', width: 14, height: 14, label: 'data(name)', 'font-size': 8, 'min-zoomed-font-size': 10 } },
    { selector: 'edge', style: { width: 1, 'line-color': '#90a4ae', 'curve-style': 'straight', opacity: 0.8 } },
  ];

  function webglAvailable() {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  }

  function frame() { return new Promise((res) => requestAnimationFrame(res)); }
  function sleep(ms) { return new Promise((res) => setTimeout(res, ms)); }

  async function measure(n, m, renderer) {
    const container = document.getElementById('cy');
    const t0 = performance.now();
    const cy = cytoscape({
      container, style, elements: graph(n, m), layout: { name: 'preset' },
      renderer: renderer === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
      textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 1,
    });
    let renders = 0;
    cy.on('render', () => { renders++; });
    cy.fit(undefined, 10);
    cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: 640, y: 360 } });
    for (let i = 0; i < 10; i++) await frame();
    const buildMs = performance.now() - t0;
    await sleep(300);
    renders = 0;
    const intervals = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    let frames = 0; let k = 0;
    while (performance.now() < end) {
      cy.panBy({ x: 6 * Math.cos(k / 40), y: 6 * Math.sin(k / 55) });
      k++;
      await frame();
      const now = performance.now();
      intervals.push(now - last); last = now; frames++;
    }
    const elapsed = seconds;
    intervals.sort((a, b) => a - b);
    const q = (p) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))];
    cy.destroy();
    return { nodes: n, edges: m, renderer, fps: +(frames / elapsed).toFixed(1), renderEventsPerSecond: +(renders / elapsed).toFixed(1),
      frameMsP50: +q(0.5).toFixed(1), frameMsP95: +q(0.95).toFixed(1), buildMs: Math.round(buildMs) };
  }

  async function main() {
    const results = [];
    const gl = webglAvailable();
    log('WebGL context available: ' + gl);
    for (const [n, m] of cases) {
      for (const r of renderers) {
        if (r === 'webgl' && !gl) { results.push({ nodes: n, edges: m, renderer: r, error: 'no WebGL context in this browser' }); continue; }
        try {
          const res = await measure(n, m, r);
          results.push(res);
          log(JSON.stringify(res));
        } catch (e) {
          results.push({ nodes: n, edges: m, renderer: r, error: String(e && e.message || e) });
          log('error ' + r + ' ' + n + '/' + m + ': ' + e);
        }
      }
    }
    window.fpsResults = { userAgent: navigator.userAgent, cytoscape: cytoscape.version, webgl: gl, seconds, results };
    log('done');
  }
  window.addEventListener('load', () => { main(); });
})();
