// Paths between two entities: pickers, via/mode/k/as-of, the paths drawn and highlighted, explanations with citations.
import { $, el, clear, show, listOf } from './dom.js';
import { api, qs, banner } from './api.js';
import { cy, toElements, addElements, record, layout, setTruncated } from './graph.js';
import { autocomplete, resolveId } from './search.js';
import { quoteBlock } from './details.js';

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

export async function runPaths() {
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
  const paths = listOf(res, 'paths').map((x) => normalisePath(x, all));
  lastPaths = paths;
  hooks.onState && hooks.onState({ view: 'paths' });
  if (!paths.length) {
    out.append(el('p', { text: 'No path found between these two with via=' + p.via + (p.asOf ? ' as of ' + p.asOf : '') + '.' }),
      el('p', { class: 'muted', text: 'Try via "any", more hops, or a later "as of" date.' }));
    return;
  }
  record('path');
  const elems = all.concat(...paths.map((x) => x.nodes.concat(x.edges)));
  const replace = !$('path-add') || !$('path-add').checked;
  if (replace) cy.batch(() => cy.elements().remove());
  addElements(elems);
  setTruncated(!!res.truncated);
  cy.elements().removeClass('focus');
  cy.getElementById(from).addClass('focus');
  cy.getElementById(to).addClass('focus');
  // show names, not ids, in the pickers (a shared link carries ids)
  if (cy.getElementById(from).nonempty()) $('path-from').value = cy.getElementById(from).data('name');
  if (cy.getElementById(to).nonempty()) $('path-to').value = cy.getElementById(to).data('name');
  layout($('tb-layout').value === 'cose' ? 'breadthfirst' : undefined);
  out.append(el('p', { class: 'muted', text: paths.length + ' path' + (paths.length > 1 ? 's' : '') + ' (' + (res.elapsedMs ?? '?') + ' ms). Click a path to focus it.' }));
  paths.forEach((x, i) => out.append(pathCard(x, i)));
  highlight(null);
}

function stepText(s) {
  if (typeof s === 'string') return { text: s };
  return { text: s.text || s.sentence || s.explanation || s.summary || show(s), date: s.date, cites: listOf(s, 'citations', 'evidence', 'quotes').concat(s.citation ? [s.citation] : []).concat(s.quote && !s.citation ? [s] : []) };
}

function pathCard(p, i) {
  const names = p.nodes.map((n) => n.data.name || n.data.id);
  const card = el('div', { class: 'path-card', tabindex: '0', role: 'button', 'aria-pressed': 'false', dataset: { index: String(i) } });
  card.append(el('strong', { text: 'Path ' + (i + 1) + ': ' }), el('span', { class: 'path-names', text: names.join(' → ') }),
    el('span', { class: 'muted', text: ' · ' + p.hops + ' hops' }));
  const ol = el('ol', { class: 'explanation' });
  if (p.text) ol.append(el('li', { text: p.text }));
  p.steps.forEach((s) => {
    const st = stepText(s);
    const li = el('li', null, el('span', { class: 'step', text: st.text }));
    (st.cites || []).forEach((c) => li.append(typeof c === 'string' ? el('span', { class: 'cite', text: c }) : quoteBlock(c)));
    ol.append(li);
  });
  card.append(ol);
  const choose = () => {
    document.querySelectorAll('.path-card').forEach((c) => { c.classList.remove('chosen'); c.setAttribute('aria-pressed', 'false'); });
    card.classList.add('chosen'); card.setAttribute('aria-pressed', 'true');
    highlight(i);
  };
  card.addEventListener('click', (ev) => { if (!ev.target.closest('button')) choose(); });
  card.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
  return card;
}

/** Highlights one path (index) or all of them (null) and fades the rest. */
export function highlight(index) {
  const chosen = index === null ? lastPaths : [lastPaths[index]];
  cy.batch(() => {
    cy.elements().removeClass('path-hl').addClass('faded');
    chosen.forEach((p) => p.nodes.concat(p.edges).forEach((e) => cy.getElementById(e.data.id).removeClass('faded').addClass('path-hl')));
  });
  const hl = cy.elements('.path-hl');
  if (hl.nonempty()) cy.fit(hl, 50);
}

export function clearPaths() {
  lastPaths = [];
  clear($('path-results'));
  cy.elements().removeClass('path-hl faded');
  hooks.onState && hooks.onState({ view: null });
}

export function hasPaths() { return lastPaths.length > 0; }
