// Builds synthetic graphs and measures frames per second while panning, with the canvas and the WebGL renderer.
(function () {
  const params = new URLSearchParams(location.search);
  const seconds = +(params.get('seconds') || 5);
  const cases = (params.get('cases') || '1000x5000,3000x20000').split(',').map((c) => c.split('x').map(Number));
  const renderers = (params.get('renderers') || 'canvas,webgl').split(',');
  // style=bench (small nodes, straight edges) or explorer (web/graph-style.json: labels with backgrounds, bezier edges
  // with arrows), copied next to the page as graph-style.js by BrowserFps
  const styleName = params.get('style') || 'bench';
  // pan=api: cy.panBy() every frame; pan=drag: the same with the renderer in its drag-pan state, as when a user drags
  // the background, the only way the *OnViewport options below take effect (Cytoscape applies them only while the
  // user drags, pinches, wheel-zooms or an animation runs)
  const pan = params.get('pan') || 'api';
  // option sets, each measured in turn: base is what the explorer used before issue 15's frame-rate pass
  const OPTS = {
    base: {},
    hideEdges: { hideEdgesOnViewport: true },
    texture: { textureOnViewport: true },
    fast: { hideEdgesOnViewport: true, textureOnViewport: true },
    // lean: fast, and (explorer style) haystack edges, Cytoscape's cheapest (straight, no bezier bundling, no arrows)
    lean: { hideEdgesOnViewport: true, textureOnViewport: true },
  };
  const optNames = (params.get('opts') || 'base').split(',');
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
      nodes.push({ group: 'nodes', data: { id: 'n' + i, name: labels[l] + ' ' + i, label: labels[l], color: colors[l] }, position: { x: r() * side, y: r() * side } });
    }
    // skewed degrees: endpoints drawn with a power law, so a few hubs and many leaves
    const pick = () => Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.5)));
    const edges = [];
    const types = ['PARTY_TO', 'MET', 'HOLDS_OFFICE', 'MEMBER_OF', 'SIGNED'];
    for (let j = 0; j < m; j++) {
      let s = pick(); let t = Math.floor(r() * n);
      if (s === t) t = (t + 1) % n;
      edges.push({ group: 'edges', data: { id: 'e' + j, source: 'n' + s, target: 'n' + t, type: types[j % types.length] } });
    }
    return nodes.concat(edges);
  }

  const benchStyle = [
    { selector: 'node', style: { 'background-color': 'data(color)', width: 14, height: 14, label: 'data(name)', 'font-size': 8, 'min-zoomed-font-size': 10 } },
    { selector: 'edge', style: { width: 1, 'line-color': '#90a4ae', 'curve-style': 'straight', opacity: 0.8 } },
  ];

  function styleFor(opt) {
    const base = styleName === 'explorer' ? window.explorerStyle : benchStyle;
    if (!base) throw new Error('style ' + styleName + ' not loaded');
    // fast also raises the explorer's font size under which labels are not drawn (web/js/graph.js does not: see
    // bench/NOTES.md); lean adds haystack edges
    if (styleName !== 'explorer' || (opt !== 'fast' && opt !== 'lean')) return base;
    const fast = base.concat([{ selector: 'node', style: { 'min-zoomed-font-size': 8 } },
      { selector: 'edge', style: { 'min-zoomed-font-size': 10 } }]);
    return opt === 'lean' ? fast.concat([{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }]) : fast;
  }

  function webglAvailable() {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  }

  function frame() { return new Promise((res) => requestAnimationFrame(res)); }
  function sleep(ms) { return new Promise((res) => setTimeout(res, ms)); }

  async function measure(n, m, renderer, opt) {
    const container = document.getElementById('cy');
    const t0 = performance.now();
    const cy = cytoscape({
      container, style: styleFor(opt), elements: graph(n, m), layout: { name: 'preset' },
      renderer: renderer === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
      textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 1, ...OPTS[opt],
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
    const start = last;
    const end = last + seconds * 1000;
    let frames = 0; let k = 0;
    const pan0 = { ...cy.pan() };
    // pan=drag: the renderer in the state a background drag puts it in (Cytoscape's mousemove handler sets
    // hoverData.dragging, then calls panBy); synthetic mouse events did not start a pan in headless Chromium
    const rnd = cy.renderer();
    if (pan === 'drag') rnd.hoverData.dragging = true;
    while (performance.now() < end) {
      const dx = 6 * Math.cos(k / 40); const dy = 6 * Math.sin(k / 55);
      cy.panBy({ x: dx, y: dy });
      k++;
      await frame();
      const now = performance.now();
      intervals.push(now - last); last = now; frames++;
    }
    const rendered = renders;
    const pan1 = { ...cy.pan() };
    if (pan0.x === pan1.x && pan0.y === pan1.y) throw new Error('the view did not move');
    if (pan === 'drag') { rnd.hoverData.dragging = false; rnd.redraw(); }
    for (let i = 0; i < 3; i++) await frame();
    const elapsed = (last - start) / 1000;   // a slow last frame runs past the planned seconds
    intervals.sort((a, b) => a - b);
    const q = (p) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))];
    cy.destroy();
    return { nodes: n, edges: m, renderer, style: styleName, pan, opts: opt, fps: +(frames / elapsed).toFixed(1), renderEventsPerSecond: +(rendered / elapsed).toFixed(1),
      frameMsP50: +q(0.5).toFixed(1), frameMsP95: +q(0.95).toFixed(1), buildMs: Math.round(buildMs) };
  }

  async function main() {
    const results = [];
    const gl = webglAvailable();
    log('WebGL context available: ' + gl);
    for (const [n, m] of cases) {
      for (const r of renderers) {
        for (const opt of optNames) {
          if (r === 'webgl' && !gl) { results.push({ nodes: n, edges: m, renderer: r, opts: opt, error: 'no WebGL context in this browser' }); continue; }
          try {
            if (!OPTS[opt]) throw new Error('unknown option set ' + opt);
            const res = await measure(n, m, r, opt);
            results.push(res);
            log(JSON.stringify(res));
          } catch (e) {
            results.push({ nodes: n, edges: m, renderer: r, opts: opt, error: String(e && e.message || e) });
            log('error ' + r + ' ' + opt + ' ' + n + '/' + m + ': ' + e);
          }
        }
      }
    }
    window.fpsResults = { userAgent: navigator.userAgent, cytoscape: cytoscape.version, webgl: gl, seconds, style: styleName, pan, results };
    log('done');
  }
  window.addEventListener('load', () => { main(); });
})();
