// Export: PNG of the canvas with a caption naming the sources; GraphML/GEXF/CSV/Cytoscape JSON through /api/export.
import { api, banner, qs } from './api.js';
import { cy } from './graph.js';

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

export async function exportView(format, params) {
  if (cy.elements().empty()) { banner('Nothing to export: the canvas is empty.', 'info'); return; }
  if (format === 'png') return exportPng();
  const { kind, ...rest } = params;
  const serverKind = { neighborhood: 'neighborhood', paths: 'path', console: 'cypher' }[kind];
  const tables = format === 'csv' ? ['nodes', 'edges'] : [null];
  for (const table of tables) {
    let text; let type = MIME[format];
    const url = serverKind ? '/api/export' + qs({ format, kind: serverKind, table, ...rest }) : null;
    const record = { format, url, via: 'api', table };
    try {
      if (!url) throw new Error('the server exports neighbourhoods, paths and console results; this view (' + kind + ') is exported from the canvas');
      const res = await api(url, { raw: true, quiet: true });
      text = await res.text();
      type = res.headers.get('Content-Type') || type;
    } catch (e) {
      // degrade: the same formats built from the canvas in the browser
      text = clientExport(format, table);
      record.via = 'browser';
      banner('Exported what is on the canvas: ' + (e.detail || e.message), 'info');
    }
    record.text = text;
    window.diplograph.lastExport = record;
    download(new Blob([text], { type }), fileName((table ? table + '.' : '') + format));
  }
}

/* ---------- client-side fallback, built with the XML DOM so names are always escaped ---------- */
function visible() { return { nodes: cy.nodes(':visible'), edges: cy.edges(':visible') }; }
const scalar = (v) => (v === null || v === undefined) ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v));

function clientExport(format, table) {
  const { nodes, edges } = visible();
  if (format === 'cyjs') return JSON.stringify({ format_version: '1.0', generated_by: 'diplograph', elements: { nodes: nodes.map((n) => ({ data: n.data(), position: n.position() })), edges: edges.map((e) => ({ data: e.data() })) } }, null, 1);
  if (format === 'csv') {
    const safe = (s) => { s = scalar(s); if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; return '"' + s.replace(/"/g, '""') + '"'; };
    const lines = [];
    if (table !== 'edges') { lines.push('id,label,name,date'); nodes.forEach((n) => lines.push([n.id(), n.data('label'), n.data('name'), n.data('date')].map(safe).join(','))); }
    if (table !== 'nodes') { lines.push('id,type,source,target,date,evidence'); edges.forEach((e) => lines.push([e.id(), e.data('type'), e.data('source'), e.data('target'), e.data('date'), e.data('evidence')].map(safe).join(','))); }
    return lines.join('\r\n') + '\r\n';
  }
  const gexf = format === 'gexf';
  const ns = gexf ? 'http://gexf.net/1.3' : 'http://graphml.graphdrawing.org/xmlns';
  const doc = document.implementation.createDocument(ns, gexf ? 'gexf' : 'graphml', null);
  const root = doc.documentElement;
  const mk = (tag, attrs = {}, text) => { const x = doc.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) x.setAttribute(k, scalar(v)); if (text !== undefined) x.textContent = scalar(text); return x; };
  const nodeKeys = ['name', 'label', 'date']; const edgeKeys = ['type', 'date', 'evidence'];
  if (gexf) {
    root.setAttribute('version', '1.3');
    const g = mk('graph', { defaultedgetype: 'directed' });
    const na = mk('attributes', { class: 'node' }); nodeKeys.forEach((k, i) => na.append(mk('attribute', { id: 'n' + i, title: k, type: 'string' })));
    const ea = mk('attributes', { class: 'edge' }); edgeKeys.forEach((k, i) => ea.append(mk('attribute', { id: 'e' + i, title: k, type: 'string' })));
    const ns_ = mk('nodes'); const es = mk('edges');
    nodes.forEach((n) => { const x = mk('node', { id: n.id(), label: n.data('name') }); const av = mk('attvalues'); nodeKeys.forEach((k, i) => av.append(mk('attvalue', { for: 'n' + i, value: n.data(k) }))); x.append(av); ns_.append(x); });
    edges.forEach((e) => { const x = mk('edge', { id: e.id(), source: e.data('source'), target: e.data('target'), label: e.data('type') }); const av = mk('attvalues'); edgeKeys.forEach((k, i) => av.append(mk('attvalue', { for: 'e' + i, value: e.data(k) }))); x.append(av); es.append(x); });
    g.append(na, ea, ns_, es); root.append(g);
  } else {
    nodeKeys.forEach((k) => root.append(mk('key', { id: 'n_' + k, for: 'node', 'attr.name': k, 'attr.type': 'string' })));
    edgeKeys.forEach((k) => root.append(mk('key', { id: 'e_' + k, for: 'edge', 'attr.name': k, 'attr.type': 'string' })));
    const g = mk('graph', { id: 'diplograph', edgedefault: 'directed' });
    nodes.forEach((n) => { const x = mk('node', { id: n.id() }); nodeKeys.forEach((k) => x.append(mk('data', { key: 'n_' + k }, n.data(k)))); g.append(x); });
    edges.forEach((e) => { const x = mk('edge', { id: e.id(), source: e.data('source'), target: e.data('target') }); edgeKeys.forEach((k) => x.append(mk('data', { key: 'e_' + k }, e.data(k)))); g.append(x); });
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
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 });
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
