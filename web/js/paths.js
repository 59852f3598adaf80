// Paths between two entities: pickers, via/mode/k/as-of; the paths as a ranked list with explanations and citations,
// one path at a time on the canvas (the chosen one, laid out left to right).
import { $, el, clear, show, listOf } from './dom.js';
import { api, qs, banner } from './api.js';
import { cy, toElements, addElements, record, setTruncated } from './graph.js';
import { autocomplete, resolveId } from './search.js';
import { quoteBlock } from './details.js';
import { stepNotes } from './path-notes.js';

let lastPaths = [];
let hooks = {};

export function initPaths(h) {
  hooks = h;
  for (const id of ['path-from', 'path-to']) {
    const input = $(id);
    autocomplete(input, input.nextElementSibling, () => {});
  }
  $('path-form').addEventListener('submit', (ev) => { ev.preventDefault(); runPaths(); });
  $('path-clear').addEventListener('click', clearPaths);
  $('path-mode').addEventListener('change', () => { $('path-k').disabled = $('path-mode').value !== 'k'; });
  $('path-k').disabled = true;
}

export function pathParams() {
  return {
    from: $('path-from').dataset.id || $('path-from').value.trim(),
    to: $('path-to').dataset.id || $('path-to').value.trim(),
    via: $('path-via').value, mode: $('path-mode').value,
    k: $('path-mode').value === 'k' ? $('path-k').value : undefined,
    asOf: $('path-asof').value || undefined,
  };
}

/** Fills the form from shared state; names are resolved later by search. */
export function setPathForm(p) {
  if (p.from) { $('path-from').value = p.fromName || p.from; $('path-from').dataset.id = p.from; }
  if (p.to) { $('path-to').value = p.toName || p.to; $('path-to').dataset.id = p.to; }
  if (p.via) $('path-via').value = p.via;
  if (p.mode) $('path-mode').value = p.mode;
  if (p.k) $('path-k').value = p.k;
  $('path-k').disabled = $('path-mode').value !== 'k';
  $('path-asof').value = p.asOf || '';
}

function normalisePath(p, all) {
  const byId = new Map(all.map((e) => [e.data.id, e]));
  const pick = (list, group) => list.map((x) => (typeof x === 'string' || typeof x === 'number') ? byId.get(String(x))
    : toElements({ [group]: [x] })[0]).filter(Boolean);
  const nodes = pick(listOf(p, 'nodes').length ? listOf(p, 'nodes') : listOf(p.elements || {}, 'nodes'), 'nodes');
  const edges = pick(listOf(p, 'edges', 'relationships').length ? listOf(p, 'edges', 'relationships') : listOf(p.elements || {}, 'edges'), 'edges');
  const steps = listOf(p, 'steps', 'explanation', 'explain');
  return { nodes, edges, steps, hops: p.hops ?? p.length ?? edges.length, score: p.score, text: typeof p.explanation === 'string' ? p.explanation : null };
}

/**
 * Finds the paths of the form and lists them. `draw: false` leaves the canvas as it is (a shared view reopened with
 * its own positions) and only marks path `chosen` in the list.
 */
export async function runPaths({ draw = true, chosen: pick = 0 } = {}) {
  const from = await resolveId($('path-from'));
  const to = await resolveId($('path-to'));
  const out = clear($('path-results'));
  if (!from || !to) { out.append(el('p', { class: 'muted', text: 'Pick both ends: type a name and choose it from the list.' })); return; }
  const p = pathParams();
  p.from = from; p.to = to;
  if (!p.asOf && $('date-to').value) p.asOf = $('date-to').value;   // the date range's end is the default "as of"
  let res;
  try {
    res = await api('/api/paths' + qs(p));
  } catch (e) {
    out.append(el('p', { class: 'muted', text: 'No paths: ' + (e.detail || e.message) }));
    return;
  }
  const all = toElements(res);
  const paths = listOf(res, 'paths').map((x) => normalisePath(x, all)).filter((x) => x.nodes.length);
  lastPaths = paths;
  ends = { from, to };
  hooks.onState && hooks.onState({ view: 'paths' });
  if (!paths.length) {
    out.append(el('p', { text: 'No path found between these two with via=' + p.via + (p.asOf ? ' as of ' + p.asOf : '') + '.' }),
      el('p', { class: 'muted', text: 'Try via "any", more hops, or a later "as of" date.' }));
    return;
  }
  setTruncated(!!res.truncated);
  const names = (id) => { const n = all.find((x) => x.data.id === id); return n ? n.data.name : null; };
  if (names(from)) $('path-from').value = names(from);   // show names, not ids, in the pickers (a shared link carries ids)
  if (names(to)) $('path-to').value = names(to);
  const ranked = paths.length > 1;
  out.append(el('p', { class: 'muted', id: 'path-summary', text: paths.length + ' path' + (ranked ? 's' : '') + ' (' + (res.elapsedMs ?? '?') + ' ms)'
      + (ranked ? ', best first: the canvas shows one at a time; choose one in the list, or step with Previous and Next.' : '.') }));
  if (ranked) {
    out.append(el('div', { class: 'path-nav row' },
      el('button', { type: 'button', id: 'path-prev', text: '◀ Previous', onclick: () => choose(chosen - 1) }),
      el('span', { id: 'path-position', 'aria-live': 'polite' }),
      el('button', { type: 'button', id: 'path-next', text: 'Next ▶', onclick: () => choose(chosen + 1) })));
  }
  const list = el('div', { class: 'path-list', id: 'path-list', role: 'list', 'aria-label': 'Paths, best first' });
  notesAt = res.notesAt || p.asOf || '';
  paths.forEach((x, i) => list.append(el('div', { role: 'listitem' }, pathCard(x, i))));
  out.append(list);
  if (draw) record('path');
  choose(pick, { scroll: false, draw });
}

/** The index of the path on the canvas (for a shared link). */
export function chosenPath() { return lastPaths.length ? chosen : undefined; }

let chosen = 0;
let ends = {};
let notesAt = '';   // the day the steps' stages are judged at (the answer's notesAt)

/** Shows path i (and only it) on the canvas, marks its card, and says which of how many it is. */
function choose(i, { scroll = true, draw = true } = {}) {
  if (!lastPaths.length) return;
  chosen = Math.max(0, Math.min(lastPaths.length - 1, i));
  document.querySelectorAll('.path-card').forEach((c, j) => {
    c.classList.toggle('chosen', j === chosen);
    c.setAttribute('aria-pressed', String(j === chosen));
  });
  const card = document.querySelector('.path-card[data-index="' + chosen + '"]');
  if (card && scroll) card.scrollIntoView({ block: 'nearest' });
  const pos = $('path-position');
  if (pos) pos.textContent = 'Path ' + (chosen + 1) + ' of ' + lastPaths.length;
  if ($('path-prev')) $('path-prev').disabled = chosen === 0;
  if ($('path-next')) $('path-next').disabled = chosen === lastPaths.length - 1;
  if (draw) drawPath(lastPaths[chosen]);
}

const PER_ROW = 4;

/** Puts one path on the canvas in its order (rows of four, snaking), and fits it without zooming past 1.6. */
function drawPath(p) {
  cy.batch(() => {
    cy.elements().remove();
    addElements(p.nodes.concat(p.edges), { classes: 'path-hl' });
    // a snake of rows of PER_ROW: left to right, then right to left, so a 6-hop path still reads at full size
    p.nodes.forEach((n, i) => {
      const row = Math.floor(i / PER_ROW); const col = i % PER_ROW;
      cy.getElementById(n.data.id).position({ x: (row % 2 ? PER_ROW - 1 - col : col) * 210, y: row * 150 });
    });
    cy.elements().removeClass('focus faded');
    cy.getElementById(ends.from).addClass('focus');
    cy.getElementById(ends.to).addClass('focus');
  });
  cy.fit(cy.elements(), 60);
  if (cy.zoom() > 1.6) cy.zoom(1.6);
  cy.center();
}

function stepText(s) {
  if (typeof s === 'string') return { text: s };
  return { text: s.text || s.sentence || s.explanation || s.summary || show(s), date: s.date, cites: listOf(s, 'citations', 'evidence', 'quotes').concat(s.citation ? [s.citation] : []).concat(s.quote && !s.citation ? [s] : []) };
}

function pathCard(p, i) {
  const names = p.nodes.map((n) => n.data.name || n.data.id);
  const card = el('div', { class: 'path-card', tabindex: '0', role: 'button', 'aria-pressed': 'false', dataset: { index: String(i) } });
  card.append(el('strong', { text: '#' + (i + 1) + ' ' }), el('span', { class: 'path-names', text: names.join(' → ') }),
    el('span', { class: 'muted', text: ' · ' + p.hops + ' hop' + (p.hops === 1 ? '' : 's') + (typeof p.score === 'number' ? ' · score ' + (Math.round(p.score * 100) / 100) : '') }));
  const ol = el('ol', { class: 'explanation' });
  if (p.text) ol.append(el('li', { text: p.text }));
  p.steps.forEach((s) => {
    const st = stepText(s);
    const li = el('li', null, el('span', { class: 'step', text: st.text }));
    stepNotes(s, notesAt, partyOf(p)).forEach((x) => li.append(x));
    (st.cites || []).forEach((c) => li.append(typeof c === 'string' ? el('span', { class: 'cite', text: c }) : quoteBlock(c)));
    ol.append(li);
  });
  card.append(ol);
  card.addEventListener('click', (ev) => { if (!ev.target.closest('button')) choose(i); });
  card.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(i); }
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const next = document.querySelector('.path-card[data-index="' + (i + (ev.key === 'ArrowDown' ? 1 : -1)) + '"]');
      if (next) next.focus();
    }
  });
  return card;
}

/** The name of the first end of a relationship of path p, by relationship id (for a stage per party). */
function partyOf(p) {
  const names = new Map(p.nodes.map((n) => [n.data.id, n.data.name || n.data.id]));
  return (rel) => { const e = p.edges.find((x) => x.data.id === rel); return e ? names.get(e.data.source) : null; };
}

/** Shows one path (index) on the canvas; null shows the first. */
export function highlight(index) { choose(index === null ? 0 : index); }

export function clearPaths() {
  lastPaths = [];
  clear($('path-results'));
  cy.elements().removeClass('path-hl faded');
  hooks.onState && hooks.onState({ view: null });
}

export function hasPaths() { return lastPaths.length > 0; }
