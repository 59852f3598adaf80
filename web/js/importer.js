// Import: paste or upload articles, show the report, highlight the new nodes on the canvas.
import { $, el, clear, show, listOf } from './dom.js';
import { api, banner } from './api.js';
import { cy, toElements, addElements, record, layout } from './graph.js';

let hooks = {};

export function initImport(h) {
  hooks = h;
  $('import-run').addEventListener('click', runImport);
}

const ID = /^(person|state|org|agreement|corridor|place|event):/;

function collectIds(v, out) {
  if (typeof v === 'string') { if (ID.test(v)) out.add(v); } else if (Array.isArray(v)) v.forEach((x) => collectIds(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collectIds(x, out));
  return out;
}

async function overviewIds() {
  try {
    const g = await api('/api/graph?limit=300', { quiet: true });
    return { ids: new Set(toElements(g).filter((e) => e.group === 'nodes').map((e) => e.data.id)), graph: g };
  } catch (e) { return { ids: new Set(), graph: null }; }
}

export async function runImport() {
  const out = clear($('import-report'));
  const text = $('import-text').value;
  const files = $('import-files').files;
  if (!text.trim() && !files.length) { out.append(el('p', { class: 'muted', text: 'Paste an article or choose files first.' })); return; }
  let body;
  if (files.length) {
    body = new FormData();
    for (const f of files) body.append('files', f, f.name);
    if (text.trim()) body.append('files', new Blob([text], { type: 'text/plain' }), 'pasted.txt');
  } else {
    body = text;
  }
  const before = await overviewIds();
  let report;
  try {
    report = await api('/api/import', { method: 'POST', body });
  } catch (e) {
    out.append(el('p', { class: 'muted', text: 'Import failed: ' + (e.detail || e.message) }));
    return;
  }
  renderReport(out, report);
  const after = await overviewIds();
  const fresh = new Set([...after.ids].filter((id) => !before.ids.has(id)));
  collectIds(listOf(report, 'created', 'newEntities', 'entitiesCreatedIds'), fresh);
  if (after.graph) {
    record('import');
    cy.elements().removeClass('new');
    const elems = toElements(after.graph);
    const keep = new Set([...fresh, ...cy.nodes().map((n) => n.id())]);
    // new nodes plus their neighbours in the overview, so they appear in context
    elems.filter((e) => e.group === 'edges' && (fresh.has(e.data.source) || fresh.has(e.data.target)))
      .forEach((e) => { keep.add(e.data.source); keep.add(e.data.target); });
    addElements(elems.filter((e) => e.group === 'edges' || keep.has(e.data.id)));
    cy.batch(() => fresh.forEach((id) => cy.getElementById(id).addClass('new')));
    layout();
    out.append(el('p', { class: 'report-ok', text: fresh.size + ' new entit' + (fresh.size === 1 ? 'y is' : 'ies are') + ' highlighted on the canvas.' }));
    hooks.onImported && hooks.onImported(fresh);
  }
}

function renderReport(out, report) {
  const docs = listOf(report, 'documents', 'articles', 'files', 'reports');
  out.append(el('h3', { text: 'Import report' }));
  const totals = Object.entries(report || {}).filter(([, v]) => typeof v !== 'object');
  if (totals.length) out.append(el('p', { text: totals.map(([k, v]) => k + ': ' + v).join(' · ') }));
  if (docs.length) {
    const t = el('table', { class: 'result', id: 'import-table' });
    const keys = [...new Set(docs.flatMap((d) => Object.keys(d).filter((k) => typeof d[k] !== 'object' || Array.isArray(d[k]) && d[k].every((x) => typeof x !== 'object'))))];
    t.append(el('thead', null, el('tr', null, keys.map((k) => el('th', { text: k })))));
    const tb = el('tbody');
    docs.forEach((d) => tb.append(el('tr', { class: d.error ? 'failed' : '' }, keys.map((k) => el('td', { text: show(d[k]) })))));
    t.append(tb);
    out.append(el('div', { class: 'table-wrap' }, t));
    const failed = docs.filter((d) => d.error || d.status === 'failed' || d.status === 'rejected');
    if (failed.length) banner(failed.length + ' file(s) were not imported: ' + failed.map((d) => (d.file || d.name || '') + ' ' + (d.error || '')).join('; '));
  } else if (!totals.length) {
    out.append(el('pre', { text: JSON.stringify(report, null, 2) }));
  }
}
