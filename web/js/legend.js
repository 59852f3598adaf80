// The legend, drawn from the stylesheet itself, and a filter: each label and relationship type on the canvas is a
// toggle button (aria-pressed) that hides or shows it. It sits in a bar above the canvas, so it never covers the graph,
// and it can be folded away (remembered in this browser).
import { $, el, clear } from './dom.js';
import { cy, onChange } from './graph.js';
import { onFilter, toggleLabel, toggleType, isLabelHidden, isTypeHidden, applyFilters } from './filters.js';

let style = [];
const KEY = 'diplograph.legend.open';

/** Wires the legend to the canvas; style is the stylesheet JSON (web/graph-style.json). */
export function initLegend(stylesheet) {
  style = stylesheet || [];
  const box = $('legend');
  box.open = localStorage.getItem(KEY) !== 'false';
  box.addEventListener('toggle', () => localStorage.setItem(KEY, String(box.open)));
  onChange(() => { applyFilters(); });   // new elements take the filters; applyFilters redraws the legend
  onFilter(renderLegend);
  renderLegend();
}

function counts(eles, key) {
  const m = new Map();
  eles.forEach((e) => { const k = e.data(key); if (k) m.set(k, (m.get(k) || 0) + 1); });
  return m;
}

/** One button per label and per relationship type present on the canvas, in the stylesheet's order. */
export function renderLegend() {
  if (!cy) return;
  const labels = counts(cy.nodes(), 'label');
  const types = counts(cy.edges(), 'type');
  const box = clear($('legend-items'));
  $('legend').hidden = !labels.size;
  const seen = new Set();
  const group = (title, entries) => {
    if (!entries.length) return;
    box.append(el('span', { class: 'legend-head', text: title }), ...entries);
  };
  const button = (kind, name, n, hidden, swatch) => {
    const b = el('button', { type: 'button', class: 'item' + (hidden ? ' off' : ''), 'aria-pressed': hidden ? 'false' : 'true',
      dataset: { [kind]: name }, title: (hidden ? 'Show ' : 'Hide ') + name + ' (' + n + ' on the canvas)' },
    swatch, el('span', { class: 'name', text: name }), el('span', { class: 'n', text: String(n) }));
    b.addEventListener('click', () => { if (kind === 'label') toggleLabel(name); else toggleType(name); });
    return b;
  };
  const nodes = [];
  for (const rule of style) {
    const m = /^node\[label = "(\w+)"\]$/.exec(rule.selector);
    if (!m || !labels.has(m[1]) || seen.has('n:' + m[1])) continue;
    seen.add('n:' + m[1]);
    const sw = el('span', { class: 'sw ' + (rule.style.shape || ''), 'aria-hidden': 'true' });
    sw.style.background = rule.style['background-color'];
    nodes.push(button('label', m[1], labels.get(m[1]), isLabelHidden(m[1]), sw));
  }
  const edges = [];
  for (const rule of style) {
    const m = /^edge\[type = "(\w+)"\]$/.exec(rule.selector);
    if (!m || !rule.style['line-color'] || !types.has(m[1]) || seen.has('e:' + m[1])) continue;
    seen.add('e:' + m[1]);
    const sw = el('span', { class: 'sw line', 'aria-hidden': 'true' });
    sw.style.borderTopColor = rule.style['line-color'];
    sw.style.borderTopStyle = rule.style['line-style'] || 'solid';
    edges.push(button('type', m[1], types.get(m[1]), isTypeHidden(m[1]), sw));
  }
  // labels or types the stylesheet does not know still get a button
  for (const [k, n] of labels) if (!seen.has('n:' + k)) nodes.push(button('label', k, n, isLabelHidden(k), el('span', { class: 'sw', 'aria-hidden': 'true' })));
  for (const [k, n] of types) if (!seen.has('e:' + k)) edges.push(button('type', k, n, isTypeHidden(k), el('span', { class: 'sw line', 'aria-hidden': 'true' })));
  group('Nodes', nodes);
  group('Relationships', edges);
}
