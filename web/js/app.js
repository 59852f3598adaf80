// Diplograph explorer: boot, top bar, canvas interactions, shared view state in the URL, export.
import { $, el, clear, listOf } from './dom.js';
import { api, banner, hideBanner, qs, enc, initToken } from './api.js';
import {
  createGraph, toElements, addElements, replaceElements, record, undo, redo, layout, updateDegrees,
  setTruncated, setEmptyHint, applyDateFilter, dateSpan, onChange, onRestore,
} from './graph.js';
import { initLegend } from './legend.js';
import { filterState, setFilterState } from './filters.js';
import { hideUnconnected, readableZoom } from './landing.js';
import { initKeyboardNav } from './keyboard.js';
import { autocomplete } from './search.js';
import { showNode, showEdge, showNothing } from './details.js';
import { initPaths, runPaths, pathParams, setPathForm, clearPaths, chosenPath } from './paths.js';
import { initMeetings, runMeetings, meetingParams, setMeetingForm, showPair } from './meetings.js';
import { initConsole, runConsole, consoleState, setConsole } from './console.js';
import { initImport } from './importer.js';
import { renderTimeline, syncTimelineSelection } from './timeline.js';
import { exportView } from './export.js';
import { captureState, applyState, decodeState, shareLink } from './share.js';
import { initAnalysis } from './analysis.js';

const EXPAND_CAP = 20;
let cy;
const state = { view: 'overview', focus: null, depth: 1 };
let graphSpan = null;
let applyingHash = false;

/* ---------- boot: stylesheet and first data in parallel, cy created once ---------- */
async function boot() {
  const hash = readHash();
  const styleP = fetch('/graph-style.json').then((r) => r.json());
  const dataP = api('/api/graph?limit=300', { quiet: !!(hash.focus || (hash.view && hash.view !== 'overview')) }).catch(() => null);
  const [style, data] = await Promise.all([styleP, dataP]);
  cy = createGraph(style);
  initLegend(style);
  window.diplograph = { cy, state, runConsole, runPaths, runMeetings, focusEntity, expand,
    filters: { get: filterState, set: setFilterState } };   // the share link keeps the legend's filters
  wireCanvas();
  initToken();
  wireTopbar();
  wireTabs();
  wireKeyboard();
  initPaths({ onState });
  initMeetings({ onState, showTab });
  initConsole({ onState });
  initImport({ onImported: () => onState({}) });
  initAnalysis({ showTab, focusEntity });
  onChange(() => { renderTimeline(); updateSpan(); });
  onRestore(() => { const s = cy.elements(':selected'); if (s.length === 1) s.emit('tap'); else showNothing(); });
  initKeyboardNav();
  const shared = hash.state || hash.focus || (hash.view && hash.view !== 'overview');
  if (data) {
    updateSpan(toElements(data));   // the date range control spans the dates of the graph
    if (!shared) showOverview(data);
  }
  if (hash.state) await openShared(hash.state);
  else if (shared || hash.from || hash.to) await applyHash(hash);
  window.addEventListener('hashchange', () => {
    if (applyingHash) return;
    const h = readHash();
    if (h.state) openShared(h.state); else applyHash(h);
  });
  document.body.dataset.ready = 'true';
  watchSeedImport();
}

/* ---------- the first-start seed import: a status line while it runs (it starts after the server answers) ---------- */
async function watchSeedImport() {
  const line = $('seed-status');
  let waited = false;
  for (;;) {
    let p;
    try {
      const res = await fetch('/api/stats', { headers: { Accept: 'application/json' } });
      p = res.ok ? (await res.json()).seedImport : null;
    } catch (e) {
      p = null;   // not answering right now: look again
    }
    if (p === undefined) return;   // a server that does not report it
    if (p && (p.state === 'done' || p.state === 'skipped')) {
      line.hidden = true;
      if (waited && state.view === 'overview') loadOverview();   // the overview was drawn before the seeds were in
      return;
    }
    if (p && p.state === 'failed') {
      line.textContent = 'The seed import failed: ' + (p.error || 'see the server log');
      line.hidden = false;
      return;
    }
    if (p) {
      waited = true;
      line.textContent = p.state === 'running'
        ? 'Importing the seed articles: ' + p.done + ' of ' + p.total + ' done (started ' + clock(p.startedAt) + '); the graph fills in when it is done.'
        : 'The seed import is about to start…';
      line.hidden = false;
      if (state.view === 'overview' && cy.nodes().empty()) {
        setEmptyHint('The seed articles are being imported.', 'The graph fills in when the import is done.');
      }
    }
    await new Promise((r) => setTimeout(r, p ? 1000 : 3000));
  }
}

function clock(iso) {
  const d = new Date(iso);
  return isNaN(d) ? '' : d.toLocaleTimeString('en-GB');
}

function showOverview(data) {
  const elems = toElements(data);
  replaceElements(elems);
  hideUnconnected();
  setTruncated(!!data.truncated, data.truncated ? 'The overview shows the best-connected ' + cy.nodes().length + ' entities only (truncated). Search to focus on one.' : '');
  if (!elems.length) setEmptyHint('The graph is empty.', 'Import an article in the Import tab (paste text or upload files) to start.');
  else setEmptyHint('Nothing in view.', 'Search for an entity above (press /), or widen the date range.');
  layout('cose');
  readableZoom();
  state.view = 'overview'; state.focus = null;
  writeHash();
}

async function loadOverview() {
  let data;
  try { data = await api('/api/graph?limit=150'); } catch (e) { return; }
  record('overview');
  clearPaths();
  showOverview(data);
}

/* ---------- neighbourhoods ---------- */
async function neighborhood(id, depth = 1) {
  return api('/api/entities/' + enc(id) + '/neighborhood' + qs({ depth, from: $('date-from').value, to: $('date-to').value }));
}

/** Shows an entity and its neighbourhood on a fresh canvas (undoable). */
async function focusEntity(id, { depth = 1 } = {}) {
  let res;
  try { res = await neighborhood(id, depth); } catch (e) { return; }
  record('focus');
  clearPaths();
  const added = replaceElements(toElements(res));
  setTruncated(!!res.truncated);
  const n = cy.getElementById(id);
  n.addClass('focus');
  layout('cose');
  state.view = 'neighborhood'; state.focus = id; state.depth = depth;
  writeHash();
  if (n.nonempty()) {
    cy.elements().unselect();
    n.select();
    showTab('details');
    showNode(n, detailHooks);
    $('search').value = n.data('name');
  } else if (!added.length) {
    banner('No neighbourhood for ' + id + ' in the chosen date range.', 'info');
  }
}

/** Expands a node: adds up to EXPAND_CAP new neighbours; the rest wait behind "show N more". */
async function expand(node) {
  if (!node || node.empty()) return;
  let res;
  try { res = await neighborhood(node.id(), 1); } catch (e) { return; }
  const elems = toElements(res);
  const fresh = elems.filter((e) => e.group === 'nodes' && cy.getElementById(e.data.id).empty());
  const now = fresh.slice(0, EXPAND_CAP);
  const later = fresh.slice(EXPAND_CAP);
  record('expand ' + node.data('name'));
  const keep = new Set(now.map((e) => e.data.id));
  const added = addElements(elems.filter((e) => e.group === 'edges' || keep.has(e.data.id)), { near: node });
  node.scratch('_more', later.length ? { nodes: later, edges: elems.filter((e) => e.group === 'edges') } : null);
  node.toggleClass('has-more', later.length > 0);
  setTruncated(!!res.truncated || later.length > 0, later.length
    ? node.data('name') + ' has ' + later.length + ' more neighbours: use "Show ' + later.length + ' more" in its menu or details.'
    : undefined);
  layout(undefined, { fit: false });
  cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 40 }, duration: 200 });
  if (!added.nodes().length) banner(node.data('name') + ' has no other neighbours' + ($('date-from').value || $('date-to').value ? ' in the chosen dates.' : '.'), 'info');
  refreshDetails(node);
}

function showMore(node) {
  const more = node.scratch('_more');
  if (!more) return;
  record('show more');
  const now = more.nodes.slice(0, EXPAND_CAP);
  const later = more.nodes.slice(EXPAND_CAP);
  addElements(now.concat(more.edges), { near: node });
  node.scratch('_more', later.length ? { nodes: later, edges: more.edges } : null);
  node.toggleClass('has-more', later.length > 0);
  layout(undefined, { fit: false });
  refreshDetails(node);
}

function collapse(node) {
  const leaves = node.neighborhood('node').filter((n) => n.degree(false) <= 1 && !n.locked() && !n.hasClass('focus'));
  if (leaves.empty()) { banner('Nothing to collapse: every neighbour of ' + node.data('name') + ' has other links.', 'info'); return; }
  record('collapse');
  leaves.remove();
}

function dismiss(eles) {
  if (!eles || eles.empty()) { banner('Select nodes or edges to dismiss first.', 'info'); return; }
  record('dismiss');
  eles.remove();
  showNothing();
}

function togglePin(nodes) {
  if (nodes.empty()) { banner('Select nodes to pin first.', 'info'); return; }
  const pin = nodes.some((n) => !n.locked());
  nodes.forEach((n) => { if (pin) { n.lock(); n.addClass('pinned'); } else { n.unlock(); n.removeClass('pinned'); } });
}

const detailHooks = { onEntity: (id) => focusEntity(id), onShowMore: (n) => showMore(n) };
function refreshDetails(node) { if (node.selected()) showNode(node, detailHooks); }

/* ---------- canvas ---------- */
function wireCanvas() {
  cy.on('tap', 'node', (e) => { hideMenu(); showTab('details'); showNode(e.target, detailHooks); });
  cy.on('tap', 'edge', (e) => { hideMenu(); if (e.target.hasClass('meet')) showPair(e.target); else { showTab('details'); showEdge(e.target); } });
  cy.on('tap', (e) => { if (e.target === cy) hideMenu(); });
  cy.on('dbltap', 'node', (e) => expand(e.target));
  cy.on('cxttap', 'node', (e) => showMenu(e.target, e.renderedPosition));
  cy.on('select unselect', () => syncTimelineSelection());
  cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
  cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
  $('tb-overview').addEventListener('click', loadOverview);
  $('tb-fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('tb-zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() }));
  $('tb-zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() }));
  $('tb-relayout').addEventListener('click', () => layout());
  $('tb-layout').addEventListener('change', () => { layout(); writeHash(); });
  $('tb-expand').addEventListener('click', () => { const n = selectedNode(); if (n) expand(n); });
  $('tb-collapse').addEventListener('click', () => { const n = selectedNode(); if (n) collapse(n); });
  $('tb-dismiss').addEventListener('click', () => dismiss(cy.elements(':selected')));
  $('tb-pin').addEventListener('click', () => togglePin(cy.nodes(':selected')));
  $('tb-undo').addEventListener('click', undo);
  $('tb-redo').addEventListener('click', redo);
  $('tb-degree').addEventListener('change', updateDegrees);
  $('doc-close').addEventListener('click', () => $('doc-dialog').close());
  $('banner-close').addEventListener('click', hideBanner);
}

function center() { return { x: cy.width() / 2, y: cy.height() / 2 }; }

function selectedNode() {
  const n = cy.nodes(':selected');
  if (n.empty()) { banner('Select a node first (click it).', 'info'); return null; }
  return n[0];
}

function showMenu(node, pos) {
  const menu = clear($('ctx-menu'));
  const more = node.scratch('_more');
  const item = (text, fn) => el('button', { type: 'button', role: 'menuitem', text, onclick: () => { hideMenu(); fn(); } });
  menu.append(el('strong', { text: node.data('name') }),
    item('Expand', () => expand(node)),
    ...(more ? [item('Show ' + more.nodes.length + ' more', () => showMore(node))] : []),   // append() would write "null"
    item('Focus (new canvas)', () => focusEntity(node.id())),
    item('Collapse leaves', () => collapse(node)),
    item('Dismiss', () => dismiss(node)),
    item(node.locked() ? 'Unpin' : 'Pin', () => togglePin(node)),
    item('Paths from here', () => { setPathForm({ from: node.id(), fromName: node.data('name') }); showTab('paths'); $('path-to').focus(); }),
    item('Paths to here', () => { setPathForm({ to: node.id(), toName: node.data('name') }); showTab('paths'); $('path-from').focus(); }));
  const wrap = $('canvas-wrap').getBoundingClientRect(); const c = $('cy').getBoundingClientRect();
  menu.style.left = Math.min(pos.x + c.left - wrap.left, wrap.width - 180) + 'px';
  menu.style.top = Math.min(pos.y + c.top - wrap.top, wrap.height - 260) + 'px';
  menu.hidden = false;
  menu.querySelector('button').focus();
}
function hideMenu() { $('ctx-menu').hidden = true; }

/* ---------- top bar ---------- */
function wireTopbar() {
  autocomplete($('search'), $('search-list'), (it) => focusEntity(it.id));
  const dates = () => {
    applyDateFilter($('date-from').value, $('date-to').value);
    renderTimeline();
    writeHash();
  };
  $('date-from').addEventListener('change', dates);
  $('date-to').addEventListener('change', dates);
  $('date-clear').addEventListener('click', () => {
    $('date-from').value = ''; $('date-to').value = ''; dates();
    if ($('range-items')) showNothing();   // the range Details listed is gone
  });
  $('share').addEventListener('click', share);
  $('export').addEventListener('click', () => exportView($('export-format').value, exportParams()));
}

function updateSpan(json) {
  const s = dateSpan(json);
  if (!s) return;
  graphSpan = graphSpan ? [s[0] < graphSpan[0] ? s[0] : graphSpan[0], s[1] > graphSpan[1] ? s[1] : graphSpan[1]] : s;
  for (const id of ['date-from', 'date-to']) { $(id).min = graphSpan[0]; $(id).max = graphSpan[1]; }
  $('date-span').textContent = graphSpan[0] + ' – ' + graphSpan[1];
  $('date-span').title = 'The dates found in the graph so far';
}

/* ---------- share = state: the link reopens exactly what is on screen (share.js) ---------- */
function currentTab() { return TABS.find((t) => $('tab-' + t).getAttribute('aria-selected') === 'true') || 'details'; }

async function share() {
  writeHash();
  const ui = { view: state.view, focus: state.focus, depth: state.depth, tab: currentTab(), from: $('date-from').value,
    to: $('date-to').value, layout: $('tb-layout').value, paths: pathParams(), pathChosen: chosenPath(), meetings: meetingParams(),
    console: consoleState() };
  const link = await shareLink(captureState(ui));
  window.diplograph.lastShare = link;
  if (!link.url) { banner(link.reason, 'info'); return; }
  applyingHash = true;
  history.replaceState(null, '', link.url);
  setTimeout(() => { applyingHash = false; }, 0);
  try { await navigator.clipboard.writeText(link.url); banner('Link to this exact view copied (' + cy.nodes().length + ' nodes with their positions).', 'info'); } catch (e) { banner('Link to this exact view: it is in the address bar.', 'info'); }
}

async function openShared(text) {
  let s;
  try { s = await decodeState(text); } catch (e) { banner('Cannot open the shared view: ' + e.message); return; }
  const ui = s.ui || {};
  $('date-from').value = ui.from || ''; $('date-to').value = ui.to || '';
  if (ui.layout) $('tb-layout').value = ui.layout;
  if (ui.paths) setPathForm(ui.paths);
  if (ui.meetings) setMeetingForm(ui.meetings);
  if (ui.console && ui.console.query) setConsole(ui.console.query, ui.console.params);
  applyState(s);
  if (ui.from || ui.to) applyDateFilter($('date-from').value, $('date-to').value);
  state.view = ui.view || 'overview'; state.focus = ui.focus || null; state.depth = ui.depth || 1;
  const sel = cy.elements(':selected');
  if (sel.length === 1 && sel.isNode()) showNode(sel, detailHooks); else if (sel.length === 1) showEdge(sel);
  showTab(TABS.includes(ui.tab) ? ui.tab : 'details');
  if (state.view === 'paths' && ui.pathChosen !== undefined) await runPaths({ draw: false, chosen: ui.pathChosen });   // the list back, the canvas as shared
}

/* ---------- view state in the URL ---------- */
function onState(s) {
  if (s.view !== undefined) state.view = s.view || (state.focus ? 'neighborhood' : 'overview');
  writeHash();
}

function writeHash() {
  const h = { view: state.view };
  if (state.view === 'neighborhood') { h.focus = state.focus; if (state.depth > 1) h.depth = state.depth; }
  if (state.view === 'paths') Object.assign(h, prefix('p', pathParams()));
  if (state.view === 'meetings') Object.assign(h, prefix('m', meetingParams()));
  if (state.view === 'console') { const c = consoleState(); h.q = c.query; if (c.params && c.params.trim() !== '{}') h.params = c.params; }
  h.from = $('date-from').value; h.to = $('date-to').value;
  if ($('tb-layout').value !== 'cose') h.layout = $('tb-layout').value;
  const str = qs(h).slice(1);
  applyingHash = true;
  history.replaceState(null, '', '#' + str);
  setTimeout(() => { applyingHash = false; }, 0);
}

function prefix(p, o) { const out = {}; for (const [k, v] of Object.entries(o)) if (v) out[p + '.' + k] = v; return out; }
function unprefix(p, h) { const out = {}; for (const [k, v] of Object.entries(h)) if (k.startsWith(p + '.')) out[k.slice(p.length + 1)] = v; return out; }

function readHash() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

async function applyHash(h) {
  if (h.from !== undefined) $('date-from').value = h.from;
  if (h.to !== undefined) $('date-to').value = h.to;
  if (h.layout) $('tb-layout').value = h.layout;
  if (h.view === 'paths') {
    setPathForm(unprefix('p', h)); showTab('paths'); await runPaths();
  } else if (h.view === 'meetings') {
    setMeetingForm(unprefix('m', h)); showTab('meetings'); await runMeetings();
  } else if (h.view === 'console' && h.q) {
    setConsole(h.q, h.params); showTab('console'); await runConsole();
  } else if (h.focus) {
    await focusEntity(h.focus, { depth: +(h.depth || 1) });
  } else if (cy.elements().empty()) {
    try { showOverview(await api('/api/graph?limit=150')); } catch (e) { /* banner shown */ }
  }
  if (h.from || h.to) applyDateFilter($('date-from').value, $('date-to').value);
}

function exportParams() {
  const base = { from: $('date-from').value, to: $('date-to').value };
  if (state.view === 'paths') return { kind: 'paths', ...base, ...pathParams() };
  if (state.view === 'console') { const c = consoleState(); return { kind: 'console', query: c.query, params: c.params }; }
  if (state.view === 'meetings') return { kind: 'meetings', ...meetingParams() };
  if (state.view === 'neighborhood') return { kind: 'neighborhood', ...base, id: state.focus, depth: state.depth };
  return { kind: 'graph', limit: 150 };
}

/* ---------- tabs and keyboard ---------- */
const TABS = ['details', 'paths', 'meetings', 'console', 'import', 'analysis'];
export function showTab(name) {
  TABS.forEach((t) => {
    const on = t === name;
    $('tab-' + t).setAttribute('aria-selected', on ? 'true' : 'false');
    $('tab-' + t).tabIndex = on ? 0 : -1;
    $('pane-' + t).hidden = !on;
  });
}

function wireTabs() {
  TABS.forEach((t, i) => {
    const tab = $('tab-' + t);
    tab.addEventListener('click', () => showTab(t));
    tab.addEventListener('keydown', (ev) => {
      if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
      const next = TABS[(i + (ev.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      showTab(next); $('tab-' + next).focus();
    });
  });
}

function wireKeyboard() {
  document.addEventListener('keydown', (ev) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (ev.key === 'Escape') hideMenu();
    if (typing) return;
    if (ev.key === '/') { ev.preventDefault(); $('search').focus(); }
    else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z') { ev.preventDefault(); undo(); }
    else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'y') { ev.preventDefault(); redo(); }
    else if (ev.key === 'Delete' && document.activeElement === $('cy')) dismiss(cy.elements(':selected'));
    else if (ev.key === 'e' && document.activeElement === $('cy')) { const n = cy.nodes(':selected'); if (n.nonempty()) expand(n[0]); }
  });
}

boot().catch((e) => { banner('The explorer could not start: ' + (e.message || e)); });
