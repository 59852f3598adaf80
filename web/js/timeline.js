// Timeline strip: the dated events, agreements and relationships of the current view, in sync with the selection.
import { $, el, clear } from './dom.js';
import { cy, dateBounds, eleDate } from './graph.js';

export function renderTimeline() {
  const track = clear($('tl-track'));
  const items = cy.elements(':visible').filter((e) => dateBounds(eleDate(e)) && (e.isNode() ? ['Event', 'Agreement'].includes(e.data('label')) : true));
  if (items.empty()) {
    $('tl-summary').textContent = 'No dated events in view. Dates appear here for meetings, visits, agreements.';
    return;
  }
  let lo = Infinity; let hi = -Infinity;
  items.forEach((e) => { const b = dateBounds(eleDate(e)); lo = Math.min(lo, b[0]); hi = Math.max(hi, b[1]); });
  const span = Math.max(hi - lo, 86400000);
  const pad = 0.03;
  const x = (t) => (pad + (1 - 2 * pad) * (t - lo) / span) * 100;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  $('tl-summary').textContent = items.length + ' dated item' + (items.length > 1 ? 's' : '') + ', ' + iso(lo) + ' → ' + iso(hi);
  // year ticks
  const y0 = new Date(lo).getUTCFullYear(); const y1 = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0; y <= y1; y += step) {
    const t = Math.max(lo, Date.UTC(y, 0, 1));
    const tick = el('span', { class: 'tl-tick', text: String(y) });
    tick.style.left = x(t) + '%';
    track.append(tick);
  }
  // one dot per distinct (date, element); labels for nodes only, spaced out
  const sorted = items.sort((a, b) => dateBounds(eleDate(a))[0] - dateBounds(eleDate(b))[0]);
  let lastLabelX = -100;
  let labelRow = 0;
  sorted.forEach((e) => {
    const b = dateBounds(eleDate(e));
    const pos = x((b[0] + b[1]) / 2);
    const name = e.isNode() ? e.data('name') : (e.source().data('name') + ' ' + e.data('type') + ' ' + e.target().data('name'));
    const kind = e.isNode() ? e.data('label').toLowerCase() : 'rel';
    const dot = el('button', { type: 'button', class: 'tl-item ' + kind, title: eleDate(e) + ': ' + name, 'aria-label': eleDate(e) + ': ' + name, dataset: { id: e.id() } });
    dot.style.left = pos + '%';
    if (e.selected()) dot.classList.add('selected');
    dot.addEventListener('click', () => { cy.elements().unselect(); e.select(); cy.animate({ center: { eles: e }, duration: 200 }); });
    dot.addEventListener('mouseenter', () => e.addClass('tl-hl'));
    dot.addEventListener('mouseleave', () => e.removeClass('tl-hl'));
    track.append(dot);
    if (e.isNode() && pos - lastLabelX > 8) {
      const lab = el('span', { class: 'tl-label', text: eleDate(e) + ' ' + name });
      // anchored at the dot, kept inside the strip
      if (pos > 80) { lab.style.right = (100 - pos) + '%'; } else { lab.style.left = pos + '%'; }
      lab.style.bottom = (18 + (labelRow++ % 2) * 14) + 'px';
      track.append(lab);
      lastLabelX = pos;
    }
  });
}

export function syncTimelineSelection() {
  const sel = new Set(cy.elements(':selected').map((e) => e.id()));
  document.querySelectorAll('.tl-item').forEach((d) => d.classList.toggle('selected', sel.has(d.dataset.id)));
}
