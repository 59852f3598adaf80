// Moving between nodes without a mouse. The canvas is ONE tab stop (roving focus, as in a listbox or a grid): Tab and
// Shift+Tab always go on to the next / previous control, however many nodes there are, so a keyboard user is never
// trapped in a big graph. Inside it, the arrow keys select the nearest node in that direction, Home the first node of
// the reading order (the best-connected, then by name) and End the last; Enter opens the selected one. The new
// selection is shown in Details and announced through a polite live region with its place in the reading order, as
// is any selection made with the mouse; coming back to the canvas with Tab announces the node still selected.
import { $, el } from './dom.js';
import { cy } from './graph.js';

const DIRS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

export function initKeyboardNav() {
  const live = el('div', { id: 'cy-announce', class: 'sr-only', 'aria-live': 'polite', role: 'status' });
  $('canvas-wrap').append(live);
  $('cy').addEventListener('keydown', onKey);
  $('cy').addEventListener('focus', () => { const s = cy.nodes(':selected'); if (s.length === 1) announce(s[0]); });
  cy.on('select', 'node', (e) => { if (cy.nodes(':selected').length === 1) announce(e.target); });
}

/** Text read out for a node: its name, label, relationships on the canvas and place in the reading order. */
export function describe(node) {
  const n = node.degree(false);
  return node.data('name') + ', ' + (node.data('label') || 'node') + ', ' + n + ' relationship' + (n === 1 ? '' : 's') + ' on the canvas.';
}

const collator = new Intl.Collator(undefined, { numeric: true });

/** The visible nodes in reading order: the best-connected first, then by name, then by id. */
export function readingOrder() {
  return cy.nodes(':visible').sort((a, b) => (b.degree(false) - a.degree(false))
    || collator.compare(String(a.data('name')), String(b.data('name'))) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
}

function announce(node) {
  const live = $('cy-announce');
  if (!live) return;
  const order = readingOrder();
  const i = order.contains(node) ? order.indexOf(node) : -1;
  live.textContent = 'Selected: ' + describe(node) + (i >= 0 ? ' Node ' + (i + 1) + ' of ' + order.length + '.' : '');
}

function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;   // Tab is not handled here: it leaves the canvas
  const dir = DIRS[ev.key];
  if (!dir && ev.key !== 'Home' && ev.key !== 'End' && ev.key !== 'Enter') return;
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  ev.preventDefault();
  const cur = cy.nodes(':selected').filter(':visible');
  if (ev.key === 'Enter') { if (cur.nonempty()) cur[0].emit('tap'); return; }
  let next;
  if (ev.key === 'End') {
    const order = readingOrder();
    next = order[order.length - 1];
  } else if (ev.key === 'Home' || cur.empty()) {
    next = readingOrder()[0];
  } else {
    next = nearest(cur[0], dir, nodes) || cur[0];
  }
  go(next);
}

/** The closest node in a direction: distance grows with the angle off the axis; none beyond 70°. */
function nearest(from, [dx, dy], nodes) {
  const p = from.position();
  let best = null; let bestScore = Infinity;
  nodes.forEach((n) => {
    if (n === from) return;
    const q = n.position();
    const vx = q.x - p.x; const vy = q.y - p.y;
    const dist = Math.hypot(vx, vy);
    if (!dist) return;
    const cos = (vx * dx + vy * dy) / dist;
    if (cos < Math.cos(70 * Math.PI / 180)) return;
    const score = dist * (2 - cos);
    if (score < bestScore) { bestScore = score; best = n; }
  });
  return best;
}

function go(node) {
  cy.batch(() => { cy.elements(':selected').unselect(); node.select(); });
  node.emit('tap');   // the canvas's own handler shows it in Details
  const ext = cy.extent(); const p = node.position();
  if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.animate({ center: { eles: node }, duration: 150 });
  announce(node);
  $('cy').focus();
}
