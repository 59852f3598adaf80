// Moving between nodes without a mouse: with the canvas focused, the arrow keys select the nearest node in that
// direction, Home the best-connected one, Tab and Shift+Tab the next and previous node in the reading order (the
// best-connected first, then by name); the new selection is shown in Details and announced through a polite live
// region, as is any selection made with the mouse. Tab past the last node (Shift+Tab before the first) leaves the
// canvas for the next control, so the canvas is no keyboard trap.
import { $, el } from './dom.js';
import { cy } from './graph.js';

const DIRS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

export function initKeyboardNav() {
  const live = el('div', { id: 'cy-announce', class: 'sr-only', 'aria-live': 'polite', role: 'status' });
  $('canvas-wrap').append(live);
  $('cy').addEventListener('keydown', onKey);
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

/** Tab / Shift+Tab: the next / previous node in reading order; past either end the key is left to the browser. */
function onTab(ev) {
  const order = readingOrder();
  if (order.empty()) return;
  const cur = order.filter(':selected');
  let i;
  if (cur.empty()) i = ev.shiftKey ? order.length - 1 : 0;
  else i = order.indexOf(ev.shiftKey ? cur[0] : cur[cur.length - 1]) + (ev.shiftKey ? -1 : 1);
  if (i < 0 || i >= order.length) return;   // focus moves on to the previous / next control
  ev.preventDefault();
  go(order[i]);
}

function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'Tab') { onTab(ev); return; }
  const dir = DIRS[ev.key];
  if (!dir && ev.key !== 'Home' && ev.key !== 'Enter') return;
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  ev.preventDefault();
  const cur = cy.nodes(':selected').filter(':visible');
  if (ev.key === 'Enter') { if (cur.nonempty()) cur[0].emit('tap'); return; }
  let next;
  if (ev.key === 'Home' || cur.empty()) {
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
