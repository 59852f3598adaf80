// What the canvas shows: node labels and relationship types switched off in the legend, a date range (undated
// relationships then sit behind a toggle), and no orphan left behind. Hidden elements only get classes
// ('filtered', 'out-of-range', 'orphan') that the stylesheet hides; nothing is removed, so undo and export see them.
import { $, el } from './dom.js';
import { cy, dateBounds, eleDate, updateEmpty } from './graph.js';

const state = { labels: new Set(), types: new Set(), from: '', to: '', undated: false };
const listeners = [];
let hiddenUndated = 0;

/** fn() runs after every change of the filters (the legend redraws itself from it). */
export function onFilter(fn) { listeners.push(fn); }

/** The filters as plain data (for a share link): hidden labels and types, and whether undated relationships show. */
export function filterState() {
  return { hiddenLabels: [...state.labels], hiddenTypes: [...state.types], undated: state.undated };
}

/** Puts filters back from filterState()'s shape; missing keys leave that filter as it is. */
export function setFilterState(s = {}) {
  if (Array.isArray(s.hiddenLabels)) state.labels = new Set(s.hiddenLabels);
  if (Array.isArray(s.hiddenTypes)) state.types = new Set(s.hiddenTypes);
  if (typeof s.undated === 'boolean') state.undated = s.undated;
  applyFilters();
}

export function isLabelHidden(label) { return state.labels.has(label); }
export function isTypeHidden(type) { return state.types.has(type); }

export function toggleLabel(label) {
  if (!state.labels.delete(label)) state.labels.add(label);
  applyFilters();
}

export function toggleType(type) {
  if (!state.types.delete(type)) state.types.add(type);
  applyFilters();
}

/** Shows only what is dated within [from, to] (ISO yyyy-mm-dd, either may be empty); undated relationships follow the toggle. */
export function applyDateFilter(from, to) {
  state.from = from || '';
  state.to = to || '';
  applyFilters();
}

/** Sets the classes of every element from the filters. Cheap enough to run after every change of the canvas. */
export function applyFilters() {
  if (!cy) return;
  const f = state.from ? Date.parse(state.from) : -Infinity;
  const t = state.to ? Date.parse(state.to) : Infinity;
  const ranged = !!(state.from || state.to);
  const outside = (e) => { const b = dateBounds(eleDate(e)); return b ? (b[1] < f || b[0] > t) : false; };
  hiddenUndated = 0;
  cy.batch(() => {
    const off = new Set();
    cy.nodes().forEach((n) => {
      const out = outside(n);
      const hidden = state.labels.has(n.data('label'));
      n.toggleClass('out-of-range', out);
      n.toggleClass('filtered', hidden);
      if (out || hidden) off.add(n.id());
    });
    cy.edges().forEach((e) => {
      const undated = ranged && !dateBounds(eleDate(e));
      if (undated && !state.undated) hiddenUndated++;
      e.toggleClass('out-of-range', outside(e));
      e.toggleClass('filtered', state.types.has(e.data('type')) || (undated && !state.undated));
    });
    // an orphan: a node with relationships on the canvas of which none is left to see (the focus stays)
    cy.nodes().forEach((n) => {
      if (off.has(n.id())) { n.removeClass('orphan'); return; }
      const edges = n.connectedEdges();
      const alive = edges.empty() || edges.some((e) => !e.hasClass('filtered') && !e.hasClass('out-of-range')
        && !off.has(e.source().id()) && !off.has(e.target().id()));
      n.toggleClass('orphan', !alive && !n.hasClass('focus'));
    });
  });
  renderUndatedToggle(ranged);
  updateEmpty();
  listeners.forEach((fn) => fn());
}

/** The "undated (N)" switch next to the date range, shown while a range is set. */
function renderUndatedToggle(ranged) {
  let box = $('date-undated-wrap');
  if (!box) {
    const input = el('input', { id: 'date-undated', type: 'checkbox' });
    input.addEventListener('change', () => { state.undated = input.checked; applyFilters(); });
    box = el('label', { id: 'date-undated-wrap', class: 'check', title: 'Relationships without a date are hidden while a date range is set' },
      input, el('span', { id: 'date-undated-text' }));
    $('date-range').append(box);
  }
  box.hidden = !ranged;
  $('date-undated').checked = state.undated;
  $('date-undated-text').textContent = state.undated ? 'Undated shown' : 'Show undated (' + hiddenUndated + ')';
}
