// Read-only Cypher console: a CodeMirror editor (completion from the live schema, history on ↑/↓ kept across reloads),
// examples, params JSON, results as a table, a graph (on the canvas) and raw JSON, errors marked where Neo4j places them.
import { $, el, clear } from './dom.js';
import { api } from './api.js';
import { cy, toElements, addElements, replaceElements, record, layout, setTruncated } from './graph.js';

const HISTORY_KEY = 'diplograph.console.history';
const HISTORY_MAX = 50;
let hooks = {};
let examples = [];
let editor = null;   // the CodeMirror editor once loaded; the plain textarea until then (or if it cannot load)
let schema = { labels: [], relationshipTypes: [], propertyKeys: [], procedures: [] };
let lastResult = null;
let resultView = 'table';

/** Earlier queries, oldest first, in localStorage; back/forward walk them like a shell's history. */
export const queryHistory = {
  list: [], at: null, draft: '',
  load() { try { this.list = JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]').filter((x) => typeof x === 'string'); } catch (e) { this.list = []; } },
  push(q) {
    if (!q.trim()) return;
    this.list = this.list.filter((x) => x !== q).concat([q]).slice(-HISTORY_MAX);
    this.at = null;
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(this.list)); } catch (e) { /* storage full or off: history for this page only */ }
  },
  back(current) {
    if (!this.list.length) return null;
    if (this.at === null) { this.draft = current; this.at = this.list.length; }
    if (this.at === 0) return null;
    this.at -= 1;
    return this.list[this.at];
  },
  forward() {
    if (this.at === null) return null;
    this.at += 1;
    if (this.at >= this.list.length) { this.at = null; return this.draft; }
    return this.list[this.at];
  },
};

export function initConsole(h) {
  hooks = h;
  queryHistory.load();
  const q = $('console-query');
  const runKey = (ev) => { if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); runConsole(); } };
  q.addEventListener('keydown', runKey);
  q.addEventListener('keydown', (ev) => {   // history on the plain textarea too (when the editor is not there)
    if (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown') return;
    const t = ev.key === 'ArrowUp' ? (q.selectionStart <= q.value.indexOf('\n') || !q.value.includes('\n') ? queryHistory.back(q.value) : null)
      : (q.selectionEnd > q.value.lastIndexOf('\n') ? queryHistory.forward() : null);
    if (t !== null) { ev.preventDefault(); q.value = t; }
  });
  $('console-params').addEventListener('keydown', runKey);
  $('console-run').addEventListener('click', runConsole);
  $('console-examples').addEventListener('change', () => {
    const ex = examples.find((x) => x.name === $('console-examples').value);
    if (!ex) return;
    setQuery(ex.query);
    if (ex.params) $('console-params').value = JSON.stringify(ex.params);
    focusQuery();
  });
  $('console-results').addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-view]');
    if (b) { resultView = b.dataset.view; renderResult(); }
  });
  loadExamples();
  loadSchema();
  loadEditor();
}

async function loadEditor() {
  try {
    const { createEditor } = await import('./editor.js');
    editor = createEditor($('console-query'), { onRun: runConsole, getSchema: () => schema, history: queryHistory });
    document.body.dataset.consoleEditor = 'codemirror';
  } catch (e) {
    editor = null;   // the textarea keeps working
    document.body.dataset.consoleEditor = 'textarea';
    console.warn('The Cypher editor could not load; the plain text box is used: ' + (e.message || e));
  }
}

async function loadSchema() {
  try {
    const s = await api('/api/cypher/schema', { quiet: true });
    schema = { labels: s.labels || [], relationshipTypes: s.relationshipTypes || [], propertyKeys: s.propertyKeys || [], procedures: s.procedures || [] };
  } catch (e) { /* completion offers keywords only */ }
}

async function loadExamples() {
  let res;
  try { res = await api('/api/cypher/examples', { quiet: true }); } catch (e) { return; }
  examples = (Array.isArray(res) ? res : (res.examples || [])).map((x) => ({ name: x.name || x.id || x.file, title: x.title || x.name, query: x.query || x.cypher || x.text || '', params: x.params }));
  const sel = $('console-examples');
  examples.forEach((x) => sel.append(el('option', { value: x.name, text: x.title || x.name })));
}

function getQuery() { return editor ? editor.get() : $('console-query').value; }
function setQuery(text) { if (editor) editor.set(text); else $('console-query').value = text; }
function focusQuery() { if (editor) editor.focus(); else $('console-query').focus(); }

export function consoleState() {
  return { query: getQuery(), params: $('console-params').value };
}

export function setConsole(query, params) {
  setQuery(query);
  if (params) $('console-params').value = params;
}

export async function runConsole() {
  const out = clear($('console-results'));
  $('console-error').hidden = true;
  if (editor) editor.clearError();
  const query = getQuery();
  queryHistory.push(query);
  let params = {};
  const ptext = $('console-params').value.trim();
  if (ptext) {
    try { params = JSON.parse(ptext); } catch (e) {
      showError('Parameters are not valid JSON: ' + e.message);
      return;
    }
  }
  let res;
  try {
    // quiet: the error is shown once, here, next to the query (not in the banner as well)
    res = await api('/api/cypher', { method: 'POST', body: { query, params }, quiet: true });
  } catch (e) {
    showError((e.title ? e.title + ': ' : '') + firstLine(e.detail || e.message), e.detail || '', e.body || {}, query);
    return;
  }
  hooks.onState && hooks.onState({ view: 'console' });
  lastResult = res;
  const elems = toElements(res.graph || { nodes: [], edges: [] });
  let drawn = null;
  if (elems.length) {
    record('console result');
    const add = document.querySelector('input[name="console-mode"]:checked').value === 'add';
    drawn = { add, count: (add ? addElements(elems) : replaceElements(elems)).length, ids: elems.map((x) => x.data.id) };
    setTruncated(!!res.truncated);
    layout();
  }
  lastResult.drawn = drawn;
  if (resultView === 'graph' && !drawn) resultView = 'table';
  renderResult(out);
}

const firstLine = (s) => String(s).split('\n')[0];

/** The result as a table, a graph (what was drawn on the canvas) or the raw JSON, with a switch between them. */
function renderResult(target) {
  const out = clear(target || $('console-results'));
  const res = lastResult;
  if (!res) return;
  const cols = res.columns || [];
  const rows = res.rows || [];
  out.append(el('p', { class: 'muted', text: rows.length + ' row' + (rows.length === 1 ? '' : 's') + (res.truncated ? ' (truncated at the row cap)' : '') + ' · ' + (res.elapsedMs ?? '?') + ' ms' }));
  const views = [['table', 'Table'], ['graph', 'Graph'], ['json', 'JSON']];
  out.append(el('div', { class: 'result-views', role: 'group', 'aria-label': 'Show the result as' },
    views.map(([v, t]) => el('button', { type: 'button', dataset: { view: v }, 'aria-pressed': String(resultView === v), text: t }))));
  if (resultView === 'json') {
    const text = JSON.stringify({ columns: cols, rows, graph: res.graph, truncated: res.truncated }, null, 2);
    out.append(el('pre', { class: 'result-json', id: 'console-json', tabindex: '0', text: text.length > 200000 ? text.slice(0, 200000) + '\n… (cut at 200,000 characters)' : text }));
  } else if (resultView === 'graph') {
    const d = res.drawn;
    if (!d) { out.append(el('p', { text: 'The result has no nodes or relationships to draw.' })); return; }
    out.append(el('p', { id: 'console-graph-note', text: (d.add ? 'Added ' + d.count + ' elements to' : 'Drew ' + d.count + ' elements on') + ' the canvas.' }),
      el('button', { type: 'button', text: 'Fit the canvas to the result', onclick: () => {
        const eles = cy.collection(d.ids.map((id) => cy.getElementById(id)).filter((x) => x.nonempty()));
        if (eles.nonempty()) cy.animate({ fit: { eles, padding: 40 }, duration: 200 });
      } }));
  } else {
    const table = el('table', { class: 'result', id: 'console-table' });
    table.append(el('thead', null, el('tr', null, cols.map((c) => el('th', { scope: 'col', text: c })))));
    const tb = el('tbody');
    rows.forEach((r) => {
      const cells = Array.isArray(r) ? r : cols.map((c) => r[c]);
      tb.append(el('tr', null, cells.map((v) => el('td', { text: cell(v) }))));
    });
    table.append(tb);
    out.append(el('div', { class: 'table-wrap' }, table));
    if (res.drawn) out.append(el('p', { class: 'muted', text: (res.drawn.add ? 'Added ' + res.drawn.count + ' elements to' : 'Drew ' + res.drawn.count + ' elements on') + ' the canvas.' }));
  }
}

function cell(v) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object' && !Array.isArray(v)) {
    if (v.type && (v.startNode !== undefined || v.start !== undefined || v.source !== undefined)) {
      const p = v.properties || v;
      return '[:' + v.type + ']' + (p.date ? ' ' + p.date : '') + (Array.isArray(p.evidence) ? ' · ' + p.evidence.length + ' evidence' : '');
    }
    const d = v.data || v.properties || v;
    if (d.name) return d.name + (d.label ? ' :' + d.label : '');
    if (d.type && d.source) return '[:' + d.type + ']';
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Shows the API's words once, and when it gives a position marks it in the editor and with a caret under the line. */
function showError(message, detail = '', body = {}, q = getQuery()) {
  const box = clear($('console-error'));
  box.hidden = false;
  box.append(el('strong', { text: message }));
  let line; let col; let offset;
  const lc = /line (\d+), column (\d+)/i.exec(detail);
  const off = /offset:? (\d+)/i.exec(detail);
  if (Number.isInteger(body.offset)) offset = body.offset;
  if (Number.isInteger(body.line) && Number.isInteger(body.column)) { line = body.line; col = body.column; } else if (lc) { line = +lc[1]; col = +lc[2]; }
  if (offset === undefined && off) offset = +off[1];
  if (line && offset === undefined) offset = q.split('\n').slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0) + col - 1;
  if (!line && offset !== undefined) {
    const before = q.slice(0, offset).split('\n');
    line = before.length; col = before[before.length - 1].length + 1;
  }
  if (!line) return;
  const text = q.split('\n')[line - 1] || '';
  box.append(el('pre', { class: 'error-pos', text: text + '\n' + ' '.repeat(Math.max(0, col - 1)) + '^ line ' + line + ', column ' + col }));
  const word = /^\w+/.exec(q.slice(offset));
  const end = offset + (word ? word[0].length : 1);
  if (editor) {
    editor.markError(offset, end, message);
    editor.focus();
  } else {
    const ta = $('console-query');
    ta.focus();
    ta.setSelectionRange(offset, Math.min(q.length, end));
  }
}
