// Export = screen: PNG of the canvas with a caption naming the sources; GraphML, GEXF, CSV and Cytoscape JSON of the
// visible elements, their evidence included as attributes.
import { api, banner } from './api.js';
import { cy } from './graph.js';
import { evidenceOf } from './details.js';

const MIME = { graphml: 'application/xml', gexf: 'application/xml', csv: 'text/csv', cyjs: 'application/json', png: 'image/png' };

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function fileName(ext) {
  return 'diplograph-' + new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-') + '.' + ext;
}

/**
 * Exports what is on the canvas, as it is there: the visible nodes and relationships with all their properties,
 * their positions (cyjs) and their evidence (ids, quotes and documents) as attributes. Neighbourhood exports made on
 * the server stay in the API (/api/export); this button exports the screen.
 */
export async function exportView(format) {
  const { nodes, edges } = visible();
  if (nodes.empty()) { banner('Nothing to export: the canvas shows nothing.', 'info'); return; }
  if (format === 'png') return exportPng();
  const evidence = await evidenceFor(edges);
  const tables = format === 'csv' ? ['nodes', 'edges'] : [null];
  const record = { format, via: 'canvas', nodes: nodes.length, edges: edges.length, files: {} };
  for (const table of tables) {
    const text = clientExport(format, table, evidence);
    record.files[table || format] = text;
    record.text = record.text === undefined ? text : record.text;
    download(new Blob([text], { type: MIME[format] }), fileName((table ? table + '.' : '') + format));
  }
  window.diplograph.lastExport = record;
}

/** Evidence of the visible relationships, read from the API (a few at a time): id → {ids, quotes, documents}. */
async function evidenceFor(edges) {
  const out = new Map();
  const list = edges.filter((e) => Array.isArray(e.data('evidence')) && e.data('evidence').length).toArray().slice(0, EVIDENCE_CAP);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const e = list[next++];
      try {
        const items = await evidenceOf(e);
        out.set(e.id(), {
          quotes: items.map((q) => q.quote || q.text || '').filter(Boolean),
          documents: [...new Set(items.map((q) => [q.title, q.source, q.published].filter(Boolean).join(', ')).filter(Boolean))],
        });
      } catch (err) { /* the ids stay; the quotes are left out */ }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}
const EVIDENCE_CAP = 500;

/* ---------- the canvas as files, built with the XML DOM so names are always escaped ---------- */
function visible() { return { nodes: cy.nodes(':visible'), edges: cy.edges(':visible') }; }
const scalar = (v) => (v === null || v === undefined) ? '' : (Array.isArray(v) ? v.map(scalar).join(' | ') : (typeof v === 'object' ? JSON.stringify(v) : String(v)));
const SKIP_NODE = new Set(['id', 'degree']);
const SKIP_EDGE = new Set(['id', 'source', 'target']);

/**
 * Every data key of the elements that holds a value on one of them (first-seen order), without the ones that are the
 * element's own id/ends: the Analyse tab's metrics (metric_degree…) and bloc go out this way as node attributes.
 */
function keysOf(eles, skip) {
  const keys = [];
  eles.forEach((e) => Object.entries(e.data()).forEach(([k, v]) => { if (v !== undefined && !skip.has(k) && !keys.includes(k)) keys.push(k); }));
  return keys;
}

/**
 * The attribute type of a key for GraphML and GEXF: numbers (the Analyse tab's metrics, counts) as double, true/false
 * as boolean, anything else as string, so that Gephi and yEd can size and colour by a metric without converting it.
 */
function typeOf(rows, k) {
  let type = null;
  for (const v of rows) {
    const x = v(k);
    if (x === null || x === undefined || x === '') continue;
    const t = typeof x === 'number' && Number.isFinite(x) ? 'double' : (typeof x === 'boolean' ? 'boolean' : 'string');
    if (type && type !== t) return 'string';
    type = t;
  }
  return type || 'string';
}

/** An edge's data with its evidence quotes and documents added. */
function edgeData(e, evidence) {
  const ev = evidence.get(e.id());
  return { ...e.data(), evidenceQuotes: ev ? ev.quotes : undefined, evidenceDocuments: ev ? ev.documents : undefined };
}

function clientExport(format, table, evidence) {
  const { nodes, edges } = visible();
  const nodeKeys = keysOf(nodes, SKIP_NODE);
  const edgeRows = edges.map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), data: edgeData(e, evidence) }));
  const edgeKeys = keysOf(edges, SKIP_EDGE).concat(['evidenceQuotes', 'evidenceDocuments'].filter((k) => edgeRows.some((r) => r.data[k])));
  if (format === 'cyjs') {
    return JSON.stringify({ format_version: '1.0', generated_by: 'diplograph', target_cytoscapejs_version: '~3.33',
      elements: { nodes: nodes.map((n) => ({ data: n.data(), position: n.position() })), edges: edgeRows.map((r) => ({ data: r.data })) } }, null, 1);
  }
  if (format === 'csv') {
    const safe = (s) => { s = scalar(s); if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; return '"' + s.replace(/"/g, '""') + '"'; };
    const lines = [];
    if (table === 'nodes') {
      lines.push(['id', ...nodeKeys].map(safe).join(','));
      nodes.forEach((n) => lines.push([n.id(), ...nodeKeys.map((k) => n.data(k))].map(safe).join(',')));
    } else {
      lines.push(['id', 'source', 'target', ...edgeKeys].map(safe).join(','));
      edgeRows.forEach((r) => lines.push([r.id, r.source, r.target, ...edgeKeys.map((k) => r.data[k])].map(safe).join(',')));
    }
    return lines.join('\r\n') + '\r\n';
  }
  const nodeGet = nodes.map((n) => (k) => n.data(k));
  const edgeGet = edgeRows.map((r) => (k) => r.data[k]);
  const nodeTypes = nodeKeys.map((k) => typeOf(nodeGet, k));
  const edgeTypes = edgeKeys.map((k) => typeOf(edgeGet, k));
  const gexf = format === 'gexf';
  const ns = gexf ? 'http://gexf.net/1.3' : 'http://graphml.graphdrawing.org/xmlns';
  const doc = document.implementation.createDocument(ns, gexf ? 'gexf' : 'graphml', null);
  const root = doc.documentElement;
  const mk = (tag, attrs = {}, text) => { const x = doc.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) x.setAttribute(k, scalar(v)); if (text !== undefined) x.textContent = scalar(text); return x; };
  if (gexf) {
    root.setAttribute('version', '1.3');
    const g = mk('graph', { defaultedgetype: 'directed' });
    const na = mk('attributes', { class: 'node' }); nodeKeys.forEach((k, i) => na.append(mk('attribute', { id: 'n' + i, title: k, type: nodeTypes[i] })));
    const ea = mk('attributes', { class: 'edge' }); edgeKeys.forEach((k, i) => ea.append(mk('attribute', { id: 'e' + i, title: k, type: edgeTypes[i] })));
    const ns_ = mk('nodes'); const es = mk('edges');
    nodes.forEach((n) => {
      const x = mk('node', { id: n.id(), label: n.data('name') }); const av = mk('attvalues');
      nodeKeys.forEach((k, i) => { if (n.data(k) !== undefined) av.append(mk('attvalue', { for: 'n' + i, value: n.data(k) })); });
      x.append(av); ns_.append(x);
    });
    edgeRows.forEach((r) => {
      const x = mk('edge', { id: r.id, source: r.source, target: r.target, label: r.data.type }); const av = mk('attvalues');
      edgeKeys.forEach((k, i) => { if (r.data[k] !== undefined) av.append(mk('attvalue', { for: 'e' + i, value: r.data[k] })); });
      x.append(av); es.append(x);
    });
    g.append(na, ea, ns_, es); root.append(g);
  } else {
    nodeKeys.forEach((k, i) => root.append(mk('key', { id: 'n' + i, for: 'node', 'attr.name': k, 'attr.type': nodeTypes[i] })));
    edgeKeys.forEach((k, i) => root.append(mk('key', { id: 'e' + i, for: 'edge', 'attr.name': k, 'attr.type': edgeTypes[i] })));
    const g = mk('graph', { id: 'diplograph', edgedefault: 'directed' });
    nodes.forEach((n) => {
      const x = mk('node', { id: n.id() });
      nodeKeys.forEach((k, i) => { if (n.data(k) !== undefined) x.append(mk('data', { key: 'n' + i }, n.data(k))); });
      g.append(x);
    });
    edgeRows.forEach((r) => {
      const x = mk('edge', { id: r.id, source: r.source, target: r.target });
      edgeKeys.forEach((k, i) => { if (r.data[k] !== undefined) x.append(mk('data', { key: 'e' + i }, r.data[k])); });
      g.append(x);
    });
    root.append(g);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}

/* ---------- PNG with a caption ---------- */
async function sources() {
  const ev = [...new Set(cy.edges(':visible').flatMap((e) => Array.isArray(e.data('evidence')) ? e.data('evidence') : []))];
  if (ev.length) {
    try {
      const res = await api('/api/cypher', { method: 'POST', quiet: true, body: {
        query: 'UNWIND $ids AS eid MATCH (e:Evidence {id: eid}) MATCH (d:Document {id: e.document}) '
          + 'RETURN DISTINCT d.title AS title, d.source AS source, d.published AS published ORDER BY published',
        params: { ids: ev.slice(0, 1000) } } });
      return (res.rows || []).map((r) => (Array.isArray(r) ? r : [r.title, r.source, r.published]));
    } catch (e) { /* fall through */ }
  }
  try {
    const docs = await api('/api/documents', { quiet: true });
    const list = Array.isArray(docs) ? docs : (docs.documents || []);
    return list.map((d) => [d.title || d.name, d.source, d.published]);
  } catch (e) { return []; }
}

function wrap(ctx, text, width) {
  const words = text.split(/\s+/); const lines = []; let line = '';
  for (const w of words) {
    const t = line ? line + ' ' + w : w;
    if (ctx.measureText(t).width > width && line) { lines.push(line); line = w; } else line = t;
  }
  if (line) lines.push(line);
  return lines;
}

async function exportPng() {
  const blob = await cy.png({ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 });
  const img = await createImageBitmap(blob);
  const srcs = await sources();
  const caption = 'Diplograph · ' + new Date().toISOString().slice(0, 10) + ' · Sources: '
    + (srcs.length ? srcs.map((s) => [s[0], s[1], s[2]].filter(Boolean).join(', ')).join('; ') : 'none cited by the edges in view');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const w = Math.max(img.width, 800);
  ctx.font = '22px sans-serif';
  const lines = wrap(ctx, caption, w - 40);
  canvas.width = w; canvas.height = img.height + 30 + lines.length * 28;
  ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, (w - img.width) / 2, 0);
  ctx.fillStyle = '#1b1f24'; ctx.font = '22px sans-serif';
  lines.forEach((l, i) => ctx.fillText(l, 20, img.height + 30 + i * 28));
  const out = await new Promise((r) => canvas.toBlob(r, 'image/png'));
  window.diplograph.lastExport = { format: 'png', caption, size: out.size, via: 'browser' };
  download(out, fileName('png'));
}
