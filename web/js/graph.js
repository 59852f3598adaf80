// The Cytoscape canvas: one cy instance, UI state as classes styled by web/graph-style.json, undo/redo of edits.
import { $, el, clear } from './dom.js';

export let cy = null;
const undoStack = [];
const redoStack = [];
const listeners = { change: [], restore: [] };

export function onChange(fn) { listeners.change.push(fn); }
function changed() { listeners.change.forEach((fn) => fn()); }
/** fn() runs after undo or redo has put a canvas back (with its selection). */
export function onRestore(fn) { listeners.restore.push(fn); }

/** Creates cy once with the given stylesheet. */
export function createGraph(style) {
  // fCoSE (webjar, UMD: window.cytoscapeFcose) when its scripts loaded; cose otherwise
  if (window.cytoscapeFcose && !window.cytoscape.__fcose) { window.cytoscape.use(window.cytoscapeFcose); window.cytoscape.__fcose = true; }
  cy = window.cytoscape({
    container: $('cy'),
    style,
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    motionBlur: false,
  });
  cy.on('add remove', debounceChange);
  updateEmpty();
  return cy;
}

let changeTimer;
function debounceChange() {
  clearTimeout(changeTimer);
  changeTimer = setTimeout(() => { updateEmpty(); updateDegrees(); tuneRenderer(); changed(); }, 30);
}

// Frame rate (issue 15; bench/browser-fps, bench/NOTES.md "Explorer frame rate"): on a big canvas a drag, pinch or wheel
// zoom moves a snapshot of the view (textureOnViewport) and an animation runs with the edges hidden
// (hideEdgesOnViewport), instead of drawing every element at every frame; and its elements take the class big-canvas
// (web/graph-style.json): haystack edges (straight, no arrow: bezier edges were most of the cost of a frame, 3k nodes /
// 20k edges went from 0 to 20 fps on this machine) and labels left out below 8 px (10 px on edges). Small canvases,
// the usual case, keep the full drawing while they move. Cytoscape reads both flags from its renderer at each frame.
export const BIG_CANVAS = 1500;   // elements
function tuneRenderer() {
  const r = cy.renderer && cy.renderer();
  if (!r) return;
  const big = cy.elements().length > BIG_CANVAS;
  r.textureOnViewport = big;
  r.hideEdgesOnViewport = big;
  const now = cy.elements('.big-canvas');
  if (big && now.length !== cy.elements().length) cy.batch(() => cy.elements().addClass('big-canvas'));
  else if (!big && now.nonempty()) cy.batch(() => now.removeClass('big-canvas'));
}

/** Normalises an API answer to an array of Cytoscape element JSON with group set. */
export function toElements(answer) {
  if (!answer) return [];
  const g = answer.elements || answer.graph || answer;
  const out = [];
  const norm = (x, group) => {
    const data = x && x.data ? { ...x.data } : { ...x };
    if (data.id === undefined || data.id === null) return;
    data.id = String(data.id);
    if (group === 'edges') {
      data.source = String(data.source);
      data.target = String(data.target);
      if (data.type === undefined && data.label) data.type = data.label;
    } else if (!data.name) {
      data.name = data.title || data.id;
    }
    out.push({ group, data, classes: x && x.classes ? x.classes : undefined });
  };
  if (Array.isArray(g)) {
    g.forEach((x) => norm(x, (x.group === 'edges' || (x.data && x.data.source !== undefined) || x.source !== undefined) ? 'edges' : 'nodes'));
  } else {
    (g.nodes || []).forEach((x) => norm(x, 'nodes'));
    (g.edges || []).forEach((x) => norm(x, 'edges'));
  }
  return out;
}

/** Snapshot of the whole canvas (elements with positions and classes), for undo. */
function snapshot() {
  return cy.elements().map((e) => ({ group: e.group(), data: { ...e.data() }, position: e.isNode() ? { ...e.position() } : undefined,
    classes: e.classes().join(' '), locked: e.isNode() ? e.locked() : undefined, selected: e.selected() }));
}

function restore(snap) {
  cy.batch(() => {
    cy.elements().remove();
    const added = cy.add(snap.map((s) => ({ group: s.group, data: s.data, position: s.position, classes: s.classes })));
    added.nodes().forEach((n) => { const s = snap.find((x) => x.data.id === n.id()); if (s && s.locked) n.lock(); });
    snap.filter((s) => s.selected).forEach((s) => cy.getElementById(s.data.id).select());
  });
  listeners.restore.forEach((fn) => fn());
}

/** Records the current canvas before an edit so that undo can return to it. */
export function record(label) {
  undoStack.push({ label, snap: snapshot() });
  if (undoStack.length > 50) undoStack.shift();
  redoStack.length = 0;
  updateUndoButtons();
}

export function undo() {
  if (!undoStack.length) return;
  const step = undoStack.pop();
  redoStack.push({ label: step.label, snap: snapshot() });
  restore(step.snap);
  updateUndoButtons();
  cy.fit(undefined, 30);
}

export function redo() {
  if (!redoStack.length) return;
  const step = redoStack.pop();
  undoStack.push({ label: step.label, snap: snapshot() });
  restore(step.snap);
  updateUndoButtons();
  cy.fit(undefined, 30);
}

function updateUndoButtons() {
  $('tb-undo').disabled = !undoStack.length;
  $('tb-redo').disabled = !redoStack.length;
  $('tb-undo').title = undoStack.length ? 'Undo ' + undoStack[undoStack.length - 1].label + ' (Ctrl+Z)' : 'Nothing to undo';
  $('tb-redo').title = redoStack.length ? 'Redo ' + redoStack[redoStack.length - 1].label + ' (Ctrl+Y)' : 'Nothing to redo';
}

/**
 * Adds elements (array from toElements) to the canvas; edges whose ends are missing are skipped.
 * Returns the collection of elements that were new. New nodes start near `near` (a node) when given.
 */
export function addElements(elements, { near, classes } = {}) {
  let added;
  cy.batch(() => {
    const nodes = elements.filter((e) => e.group === 'nodes' && cy.getElementById(e.data.id).empty());
    const center = near && near.nonempty() ? near.position() : null;
    // new nodes start on a ring around the expanded node, or spread over the view, so that cose has room to work
    const ext = cy.extent();
    const mid = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    const spread = Math.max(80, Math.sqrt(nodes.length) * 45);
    const placed = nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
      const r = center ? 70 + (i % 3) * 25 : spread * Math.sqrt((i + 0.5) / Math.max(1, nodes.length));
      const c = center || mid;
      return { ...n, position: { x: c.x + r * Math.cos(center ? a : i * 2.39996), y: c.y + r * Math.sin(center ? a : i * 2.39996) } };
    });
    added = cy.add(placed);
    const edges = elements.filter((e) => e.group === 'edges' && cy.getElementById(e.data.id).empty()
      && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty());
    added = added.union(cy.add(edges));
    // refresh data of elements already present (e.g. counts)
    elements.forEach((e) => {
      const x = cy.getElementById(e.data.id);
      if (x.nonempty() && !added.contains(x)) x.data(e.data);
    });
    if (classes) added.addClass(classes);
  });
  return added;
}

export function replaceElements(elements) {
  cy.batch(() => cy.elements().remove());
  return addElements(elements);
}

/** Runs the chosen layout over the whole canvas (pinned nodes stay put). "cose" (Force-directed) is fCoSE when loaded. */
export function layout(name, opts = {}) {
  const n = name || $('tb-layout').value || 'cose';
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const common = { animate: false, fit: opts.fit !== false, padding: 40 };
  let conf;
  if (n === 'concentric') {
    conf = { name: 'concentric', concentric: (node) => node.degree(), levelWidth: () => 2, minNodeSpacing: 20 };
  } else if (n === 'breadthfirst') {
    const roots = cy.nodes(':selected').nonempty() ? cy.nodes(':selected') : cy.nodes('.focus');
    conf = { name: 'breadthfirst', directed: false, spacingFactor: 1.1, roots: roots.nonempty() ? roots : undefined };
  } else if (n === 'grid') {
    conf = { name: 'grid' };
  } else if (window.cytoscape.__fcose) {
    conf = { name: 'fcose', quality: 'default', randomize: opts.fit !== false, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 95, nodeRepulsion: () => 12000, edgeElasticity: () => 0.45, gravity: 0.25,
      gravityRange: 3.0, packComponents: true, tile: true, numIter: 2500 };
  } else {
    conf = { name: 'cose', randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, numIter: 600,
      nodeDimensionsIncludeLabels: true, componentSpacing: 60 };
  }
  cy.scratch('layoutName', conf.name);
  eles.layout({ ...common, ...conf }).run();
}

export function updateDegrees() {
  if (!cy) return;
  const on = $('tb-degree').checked;
  cy.batch(() => {
    cy.nodes().forEach((n) => n.data('degree', n.degree(false)));
    if (on) cy.nodes().addClass('by-degree'); else cy.nodes().removeClass('by-degree');
  });
}

export function setTruncated(on, text) {
  const t = $('truncated');
  t.hidden = !on;
  if (on) t.textContent = text || 'Results were cut at the server\'s cap (truncated). Narrow the filters, or expand nodes one by one.';
}

let emptyHint = 'Search for an entity above (press /), open the Console, or import an article.';
export function setEmptyHint(title, hint) {
  $('empty-title').textContent = title;
  emptyHint = hint;
  updateEmpty();
}

export function updateEmpty() {
  const empty = !cy || cy.elements(':visible').empty();
  $('empty').hidden = !empty;
  $('empty-hint').textContent = emptyHint;
}

/** [start, end] (ms) of an ISO date as precise as given ('2025', '2025-01', '2025-01-16'), or null. */
export function dateBounds(d) {
  if (!d || typeof d !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) { const t = Date.UTC(y, +m[2] - 1, +m[3]); return [t, t]; }
  if (m[2]) return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

export function eleDate(e) {
  const d = e.data('date') || e.data('dateFrom') || e.data('published');
  return typeof d === 'string' ? d : null;
}

// the date filter lives with the legend filters (filters.js); re-exported for the modules that import it from here
export { applyDateFilter } from './filters.js';

/** The span of dates among the elements on the canvas (or the given element JSON), as ISO day strings. */
export function dateSpan(json) {
  let lo = Infinity; let hi = -Infinity;
  const dates = json ? json.map((e) => e.data.date || e.data.dateFrom || null) : cy.elements().map(eleDate);
  dates.forEach((d) => {
    const b = dateBounds(typeof d === 'string' ? d : null);
    if (b) { lo = Math.min(lo, b[0]); hi = Math.max(hi, b[1]); }
  });
  if (!isFinite(lo)) return null;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return [iso(lo), iso(hi)];
}
