// Who met whom: Persons and their meetings (edge width = number of meetings), filtered by state and period.
import { $, el, clear, show, listOf } from './dom.js';
import { api, qs } from './api.js';
import { cy, toElements, replaceElements, record, layout, setTruncated } from './graph.js';
import { autocomplete } from './search.js';
import { readableZoom } from './landing.js';
import { quoteBlock, evidenceOf } from './details.js';

let hooks = {};

export function initMeetings(h) {
  hooks = h;
  autocomplete($('meet-state'), $('meet-state').nextElementSibling, () => {}, { types: 'State' });
  autocomplete($('meet-person'), $('meet-person').nextElementSibling, () => {}, { types: 'Person' });
  $('meet-form').addEventListener('submit', (ev) => { ev.preventDefault(); runMeetings(); });
}

export function meetingParams() {
  const state = $('meet-state').value.trim() ? ($('meet-state').dataset.id || $('meet-state').value.trim()) : undefined;
  const person = $('meet-person').value.trim() ? ($('meet-person').dataset.id || $('meet-person').value.trim()) : undefined;
  return { state, person, from: $('date-from').value || undefined, to: $('date-to').value || undefined };
}

export function setMeetingForm(p) {
  if (p.state) { $('meet-state').value = p.state; $('meet-state').dataset.id = p.state; }
  if (p.person) { $('meet-person').value = p.person; $('meet-person').dataset.id = p.person; }
}

function pairCount(d) {
  if (Number.isFinite(d.count)) return d.count;
  if (Number.isFinite(d.meetings)) return d.meetings;
  if (Array.isArray(d.meetings)) return d.meetings.length;
  if (Array.isArray(d.dates)) return d.dates.length;
  if (Number.isFinite(d.weight)) return d.weight;
  return 1;
}

export async function runMeetings() {
  const out = clear($('meet-results'));
  const p = meetingParams();
  let res;
  try {
    res = await api('/api/meetings' + qs(p));
  } catch (e) {
    out.append(el('p', { class: 'muted', text: 'The meetings view is unavailable: ' + (e.detail || e.message) }));
    return;
  }
  const elems = toElements(res);
  elems.filter((e) => e.group === 'edges').forEach((e) => {
    e.data.count = pairCount(e.data);
    e.data.type = e.data.type || 'MET';
    e.classes = 'meet';
  });
  record('who met whom');
  replaceElements(elems);
  cy.edges().addClass('meet');
  setTruncated(!!res.truncated);
  layout('cose');
  readableZoom();
  hooks.onState && hooks.onState({ view: 'meetings' });
  const pairs = cy.edges().length;
  out.append(el('p', { text: cy.nodes().length + ' persons, ' + pairs + ' pairs who met' + (p.from || p.to ? ' in the chosen period' : '') + '.' }));
  if (!pairs) { out.append(el('p', { class: 'muted', text: 'No meetings match. Widen the date range or clear the state filter.' })); return; }
  const ul = el('ul', { class: 'plain', id: 'meet-pairs' });
  cy.edges().sort((a, b) => b.data('count') - a.data('count')).forEach((e) => {
    ul.append(el('li', null, el('button', { type: 'button', class: 'linkish', text: e.source().data('name') + ' — ' + e.target().data('name'),
      onclick: () => { cy.elements().unselect(); e.select(); showPair(e); } }), el('span', { class: 'muted', text: ' ' + e.data('count') + ' meeting' + (e.data('count') > 1 ? 's' : '') })));
  });
  out.append(ul);
}

/** Each sentence once: several relationships of a pair often rest on the same quote of the same document. */
function once(quotes) {
  const seen = new Set();
  return quotes.filter((q) => {
    const doc = q.document && typeof q.document === 'object' ? q.document.id : (q.document || q.documentId || '');
    const k = doc + '\u0000' + (q.quote || q.text || '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Details of a pair: its meetings (dates, places) and the quotes. */
export async function showPair(edge) {
  const box = clear($('details'));
  hooks.showTab && hooks.showTab('details');
  const d = edge.data();
  box.append(el('h2', { text: edge.source().data('name') + ' met ' + edge.target().data('name') }),
    el('p', { text: d.count + ' meeting' + (d.count > 1 ? 's' : '') }));
  const ul = el('ul', { class: 'plain' });
  const meetings = listOf(d, 'meetings', 'events');
  meetings.forEach((m) => ul.append(el('li', { text: typeof m === 'object' ? [m.date || 'undated', m.title || m.name || m.event, m.place || m.places].map(show).filter(Boolean).join(' · ') : show(m) })));
  if (!meetings.length) {
    const dates = listOf(d, 'dates'); const places = listOf(d, 'places');
    if (dates.length) ul.append(el('li', { text: 'Dates: ' + dates.join(', ') }));
    if (places.length) ul.append(el('li', { text: 'Places: ' + places.map(show).join(', ') }));
    if (d.date) ul.append(el('li', { text: 'Date: ' + d.date }));
  }
  box.append(el('h3', { text: 'Meetings' }), ul);
  const ev = el('div', { id: 'evidence' });
  box.append(el('h3', { text: 'Evidence' }), ev);
  const inline = meetings.flatMap((m) => listOf(m, 'evidence', 'quotes')).concat(listOf(d, 'quotes'));
  if (inline.length) { once(inline.map((q) => (typeof q === 'string' ? { quote: q } : q))).forEach((q) => ev.append(quoteBlock(q))); return; }
  try {
    const quotes = once(await evidenceOf(edge));
    quotes.forEach((q) => ev.append(quoteBlock(q)));
    if (!quotes.length) ev.append(el('p', { class: 'muted', text: 'No quotes recorded.' }));
  } catch (e) {
    ev.append(el('p', { class: 'muted', text: 'Quotes could not be loaded: ' + (e.detail || e.message) }));
  }
}
