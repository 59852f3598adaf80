// Read-only Cypher console: examples, Ctrl+Enter, params JSON, table + graph (add or replace), errors with position.
import { $, el, clear, show } from './dom.js';
import { api, banner } from './api.js';
import { cy, toElements, addElements, replaceElements, record, layout, setTruncated } from './graph.js';

let hooks = {};
let examples = [];

export function initConsole(h) {
  hooks = h;
  const q = $('console-query');
  q.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); runConsole(); }
  });
  $('console-params').addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); runConsole(); }
  });
  $('console-run').addEventListener('click', runConsole);
  $('console-examples').addEventListener('change', () => {
    const ex = examples.find((x) => x.name === $('console-examples').value);
    if (!ex) return;
    q.value = ex.query;
    if (ex.params) $('console-params').value = JSON.stringify(ex.params);
    q.focus();
  });
  loadExamples();
}

async function loadExamples() {
  let res;
  try { res = await api('/api/cypher/examples', { quiet: true }); } catch (e) { return; }
  examples = (Array.isArray(res) ? res : (res.examples || [])).map((x) => ({ name: x.name || x.id || x.file, title: x.title || x.name, query: x.query || x.cypher || x.text || '', params: x.params }));
  const sel = $('console-examples');
  examples.forEach((x) => sel.append(el('option', { value: x.name, text: x.title || x.name })));
}

export function consoleState() {
  return { query: $('console-query').value, params: $('console-params').value };
}

export function setConsole(query, params) {
  $('console-query').value = query;
  if (params) $('console-params').value = params;
}

export async function runConsole() {
  const out = clear($('console-results'));
  const errBox = $('console-error');
  errBox.hidden = true;
  const query = $('console-query').value;
  let params = {};
  const ptext = $('console-params').value.trim();
  if (ptext) {
    try { params = JSON.parse(ptext); } catch (e) {
      showError('Parameters are not valid JSON: ' + e.message);
      banner('Parameters are not valid JSON: ' + e.message);
      return;
    }
  }
  let res;
  try {
    res = await api('/api/cypher', { method: 'POST', body: { query, params } });
  } catch (e) {
    showError((e.title ? e.title + ': ' : '') + (e.detail || e.message), e.detail || '', e.body || {});
    return;
  }
  hooks.onState && hooks.onState({ view: 'console' });
  const cols = res.columns || [];
  const rows = res.rows || [];
  out.append(el('p', { class: 'muted', text: rows.length + ' row' + (rows.length === 1 ? '' : 's') + (res.truncated ? ' (truncated at the row cap)' : '') + ' · ' + (res.elapsedMs ?? '?') + ' ms' }));
  const table = el('table', { class: 'result', id: 'console-table' });
  table.append(el('thead', null, el('tr', null, cols.map((c) => el('th', { scope: 'col', text: c })))));
  const tb = el('tbody');
  rows.forEach((r) => {
    const cells = Array.isArray(r) ? r : cols.map((c) => r[c]);
    tb.append(el('tr', null, cells.map((v) => el('td', { text: cell(v) }))));
  });
  table.append(tb);
  out.append(el('div', { class: 'table-wrap' }, table));
  const elems = toElements(res.graph || { nodes: [], edges: [] });
  if (elems.length) {
    record('console result');
    const add = document.querySelector('input[name="console-mode"]:checked').value === 'add';
    const added = add ? addElements(elems) : replaceElements(elems);
    setTruncated(!!res.truncated);
    layout();
    out.append(el('p', { class: 'muted', text: (add ? 'Added ' + added.length + ' elements to' : 'Drew ' + added.length + ' elements on') + ' the canvas.' }));
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

/** Shows the API's words and, when it gives one, the position (line/column or offset) marked with a caret. */
function showError(message, detail = '', body = {}) {
  const box = clear($('console-error'));
  box.hidden = false;
  box.append(el('strong', { text: message }));
  const q = $('console-query').value;
  let line; let col;
  const lc = /line (\d+), column (\d+)/i.exec(detail);
  const off = /offset:? (\d+)/i.exec(detail);
  if (Number.isInteger(body.line) && Number.isInteger(body.column)) { line = body.line; col = body.column; } else if (lc) { line = +lc[1]; col = +lc[2]; } else if (off) {
    const before = q.slice(0, +off[1]).split('\n');
    line = before.length; col = before[before.length - 1].length + 1;
  }
  if (line) {
    const text = q.split('\n')[line - 1] || '';
    box.append(el('pre', { class: 'error-pos', text: text + '\n' + ' '.repeat(Math.max(0, col - 1)) + '^ line ' + line + ', column ' + col }));
    const offset = q.split('\n').slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0) + col - 1;
    const ta = $('console-query');
    ta.focus();
    ta.setSelectionRange(offset, Math.min(q.length, offset + 1));
  }
}
