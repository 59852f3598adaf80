// Import: paste or upload articles, show the report, highlight the new nodes on the canvas.
import { $, el, clear, show, listOf } from './dom.js';
import { api, banner, enc } from './api.js';
import { openDocument } from './details.js';
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
    // the canvas shows what came in: the new nodes and their neighbours
    const news = cy.nodes('.new');
    if (news.nonempty()) {
      const around = news.closedNeighborhood(':visible');
      cy.fit(around, 40);
      if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(around); }   // a few nodes: no giant close-up
    }
    out.append(el('p', { class: 'report-ok', text: fresh.size + ' new entit' + (fresh.size === 1 ? 'y is' : 'ies are') + ' highlighted on the canvas.' }));
    hooks.onImported && hooks.onImported(fresh);
  }
}

const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));

/** The report in sentences: one line for the run, one card per article (its title, what it added, its warnings). */
function renderReport(out, report) {
  const docs = listOf(report, 'documents', 'articles', 'files', 'reports');
  out.append(el('h3', { text: 'Import report' }));
  if (!report || typeof report !== 'object') { out.append(el('p', { text: show(report) })); return; }
  const n = (k) => (Number.isFinite(report[k]) ? report[k] : 0);
  const parts = [];
  if (n('created')) parts.push(plural(n('created'), 'new article'));
  if (n('updated')) parts.push(plural(n('updated'), 'article') + ' updated');
  if (n('unchanged')) parts.push(plural(n('unchanged'), 'article') + ' already there, unchanged');
  if (n('failed')) parts.push(plural(n('failed'), 'article') + ' not imported');
  out.append(el('p', { id: 'import-summary', text: (parts.join(', ') || 'Nothing imported') + '. '
    + plural(n('entitiesCreated'), 'new entity', 'new entities') + ', ' + plural(n('relationsCreated'), 'new relationship')
    + (n('relationsWritten') > n('relationsCreated') ? ' (' + (n('relationsWritten') - n('relationsCreated')) + ' more confirmed)' : '')
    + (Number.isFinite(report.millis) ? '; ' + (report.millis / 1000).toFixed(1) + ' s.' : '.') }));
  const ul = el('ul', { class: 'plain', id: 'import-docs' });
  docs.forEach((d) => {
    const li = el('li', { class: 'import-doc' + (d.error ? ' failed' : '') });
    const name = el('strong', { class: 'doc-name', text: d.file || (d.document ? d.document : 'pasted text') });
    li.append(name, ' ', el('span', { class: 'tag', text: d.status || '' }));
    if (d.document && d.status !== 'failed') {
      const open = el('button', { type: 'button', class: 'linkish', text: 'read it', onclick: () => openDocument(d.document) });
      li.append(' ', open);
      api('/api/documents/' + enc(d.document), { quiet: true }).then((x) => {
        const t = x && (x.title || (x.document && x.document.title));
        if (t) name.textContent = t;
      }).catch(() => {});
    }
    if (d.error) li.append(el('p', { class: 'err', text: d.error }));
    else {
      li.append(el('p', { class: 'muted', text: plural(d.entitiesCreated || 0, 'new entity', 'new entities') + ', ' + (d.entitiesMerged || 0) + ' known; '
        + plural(d.relationsCreated || 0, 'new relationship') + ', ' + (d.relationsMerged || 0) + ' confirmed; ' + plural(d.evidence || 0, 'quote') + '.' }));
    }
    const w = listOf(d, 'warnings');
    if (w.length) {
      const det = el('details', null, el('summary', { text: plural(w.length, 'fact') + ' skipped' }));
      const wl = el('ul');
      w.forEach((x) => wl.append(el('li', { text: show(x) })));
      det.append(wl);
      li.append(det);
    }
    ul.append(li);
  });
  if (docs.length) out.append(ul);
  const failed = docs.filter((d) => d.error || d.status === 'failed' || d.status === 'rejected');
  if (failed.length) banner(failed.length + ' file(s) were not imported: ' + failed.map((d) => (d.file || d.document || 'pasted text') + ' ' + (d.error || '')).join('; '));
}
