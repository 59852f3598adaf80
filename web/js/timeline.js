// Timeline strip: the dated events, agreements and relationships of the current view, in sync with the selection.
// Items of the same date are stacked (never drawn on top of each other); clicking one selects it and shows it in
// Details; dragging across the strip (a brush) sets the date range, which filters the graph.
import { $, el, clear } from './dom.js';
import { cy, dateBounds, eleDate } from './graph.js';

const PAD = 0.03;
const DOT = 12;          // px between stacked dots
const ROWS = 3;          // dots per column of a stack before the next column
let scale = null;        // { lo, span } of the drawn strip, for the brush

export function renderTimeline() {
  const track = clear($('tl-track'));
  wireBrush(track);
  const items = cy.elements(':visible').filter((e) => dateBounds(eleDate(e)) && (e.isNode() ? ['Event', 'Agreement'].includes(e.data('label')) : true));
  if (items.empty()) {
    scale = null;
    $('tl-summary').textContent = 'No dated events in view. Dates appear here for meetings, visits, agreements.';
    return;
  }
  let lo = Infinity; let hi = -Infinity;
  items.forEach((e) => { const b = dateBounds(eleDate(e)); lo = Math.min(lo, b[0]); hi = Math.max(hi, b[1]); });
  const span = Math.max(hi - lo, 86400000);
  scale = { lo, span };
  const x = (t) => (PAD + (1 - 2 * PAD) * (t - lo) / span) * 100;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  $('tl-summary').textContent = items.length + ' dated item' + (items.length > 1 ? 's' : '') + ', ' + iso(lo) + ' → ' + iso(hi)
    + '. Drag across the strip to filter the graph by date.';
  // year ticks
  const y0 = new Date(lo).getUTCFullYear(); const y1 = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0; y <= y1; y += step) {
    const t = Math.max(lo, Date.UTC(y, 0, 1));
    const tick = el('span', { class: 'tl-tick', text: String(y) });
    tick.style.left = x(t) + '%';
    track.append(tick);
  }
  // stacks: items whose dots would touch share a stack (slots upwards, then columns); then stacks are swept from
  // left to right and nudged apart so that no two stacks overlap
  const width = track.clientWidth || 800;
  const sorted = items.sort((a, b) => dateBounds(eleDate(a))[0] - dateBounds(eleDate(b))[0]);
  const stacks = [];
  sorted.forEach((e) => {
    const b = dateBounds(eleDate(e));
    const px = x((b[0] + b[1]) / 2) * width / 100;
    const last = stacks[stacks.length - 1];
    if (last && px - last.px < DOT) last.items.push(e); else stacks.push({ px, items: [e] });
  });
  let prev = null;
  stacks.forEach((s) => {
    s.cols = Math.ceil(s.items.length / ROWS);
    s.c = s.px;
    if (prev) s.c = Math.max(s.c, prev.c + (prev.cols + s.cols) * DOT / 2);
    prev = s;
  });
  let lastLabelX = -1000; let labelRow = 0;
  stacks.forEach((s) => {
    s.items.forEach((e, i) => {
      const col = Math.floor(i / ROWS); const row = i % ROWS;
      const name = e.isNode() ? e.data('name') : (e.source().data('name') + ' ' + e.data('type') + ' ' + e.target().data('name'));
      const kind = e.isNode() ? e.data('label').toLowerCase() : 'rel';
      const dot = el('button', { type: 'button', class: 'tl-item ' + kind, title: eleDate(e) + ': ' + name, 'aria-label': eleDate(e) + ': ' + name, dataset: { id: e.id() } });
      dot.style.left = (s.c + (col - (s.cols - 1) / 2) * DOT) + 'px';
      dot.style.bottom = (2 + row * DOT) + 'px';
      if (e.selected()) dot.classList.add('selected');
      dot.addEventListener('click', () => pick(e));
      dot.addEventListener('mouseenter', () => e.addClass('tl-hl'));
      dot.addEventListener('mouseleave', () => e.removeClass('tl-hl'));
      track.append(dot);
    });
    const first = s.items.find((e) => e.isNode()) || s.items[0];
    if (s.c - lastLabelX > 0.09 * width) {
      const name = first.isNode() ? first.data('name') : first.data('type');
      const more = s.items.length > 1 ? ' +' + (s.items.length - 1) : '';
      const lab = el('span', { class: 'tl-label', text: eleDate(first) + ' ' + name + more });
      if (s.c > 0.8 * width) { lab.style.right = (width - s.c) + 'px'; } else { lab.style.left = s.c + 'px'; }
      lab.style.top = (labelRow++ % 2) * 13 + 'px';
      track.append(lab);
      lastLabelX = s.c;
    }
  });
}

/** Selects a timeline item on the canvas and shows it in Details (through the canvas's own tap handler). */
function pick(e) {
  cy.elements().unselect();
  e.select();
  e.emit('tap');
  cy.animate({ center: { eles: e }, duration: 200 });
}

/** Dragging across the strip sets the date range (the inputs' change event applies it and redraws). */
function wireBrush(track) {
  if (track.dataset.brush) return;
  track.dataset.brush = '1';
  let start = null; let box = null;
  const at = (ev) => {
    const r = track.getBoundingClientRect();
    return Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width));
  };
  const toIso = (f) => new Date(scale.lo + ((f - PAD) / (1 - 2 * PAD)) * scale.span).toISOString().slice(0, 10);
  track.addEventListener('pointerdown', (ev) => {
    if (!scale || ev.button !== 0 || ev.target.classList.contains('tl-item')) return;
    start = at(ev);
    box = el('div', { class: 'tl-brush' });
    box.style.left = start * 100 + '%'; box.style.width = '0';
    track.append(box);
    track.setPointerCapture(ev.pointerId);
  });
  track.addEventListener('pointermove', (ev) => {
    if (start === null) return;
    const f = at(ev);
    box.style.left = Math.min(start, f) * 100 + '%';
    box.style.width = Math.abs(f - start) * 100 + '%';
  });
  track.addEventListener('pointerup', (ev) => {
    if (start === null) return;
    const f = at(ev); const a = Math.min(start, f); const b = Math.max(start, f);
    start = null;
    if ((b - a) * track.clientWidth < 6) { box.remove(); return; }   // a click, not a brush
    setRange(toIso(a), toIso(b));
  });
}

/** Sets the top bar's date range as a user would, so that the app applies and records it. */
export function setRange(from, to) {
  $('date-from').value = from;
  $('date-to').value = to;
  $('date-to').dispatchEvent(new Event('change'));
  showRange(from, to);
}

/** Details for a brushed range: what is dated in it, each item a link to select it. */
function showRange(from, to) {
  $('tab-details').click();
  const items = cy.elements(':visible').filter((e) => dateBounds(eleDate(e)))
    .sort((a, b) => dateBounds(eleDate(a))[0] - dateBounds(eleDate(b))[0]);
  const ul = el('ul', { class: 'plain', id: 'range-items' });
  items.forEach((e) => {
    const name = e.isNode() ? e.data('name') : e.source().data('name') + ' ' + e.data('type') + ' ' + e.target().data('name');
    ul.append(el('li', null, el('span', { class: 'muted', text: eleDate(e) + ' ' }),
      el('button', { type: 'button', class: 'linkish', text: name, onclick: () => pick(e) })));
  });
  clear($('details')).append(el('h2', { text: 'From ' + from + ' to ' + to }),
    el('p', { text: items.length + ' dated item' + (items.length === 1 ? '' : 's') + ' in this range on the canvas; undated relationships are hidden (see the switch by the dates).' }),
    ul);
}

export function syncTimelineSelection() {
  const sel = new Set(cy.elements(':selected').map((e) => e.id()));
  document.querySelectorAll('.tl-item').forEach((d) => d.classList.toggle('selected', sel.has(d.dataset.id)));
}
