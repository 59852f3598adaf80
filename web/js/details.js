// Details panel: a node's properties, offices, memberships…; an edge's evidence (quotes with their documents),
// and the document viewer that highlights the quoted sentence. Text only, through textContent and text nodes.
import { $, el, clear, show, listOf } from './dom.js';
import { api, enc, qs } from './api.js';

const SKIP = new Set(['id', 'name', 'label', 'aliases', 'aliasKeys', 'evidence', 'key', 'degree', 'source', 'target', 'text']);
let seq = 0;

export function showNothing() {
  clear($('details')).append(el('p', { class: 'muted', text: 'Select a node or an edge to see its details. Double-click a node to expand it; right-click for more.' }));
}

function propsTable(obj) {
  const t = el('table', { class: 'props' });
  for (const [k, v] of Object.entries(obj || {})) {
    if (SKIP.has(k) || v === null || v === undefined || v === '' || typeof v === 'object' && !Array.isArray(v)) continue;
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) continue;
    t.append(el('tr', null, el('th', { scope: 'row', text: k }), el('td', { text: show(v) })));
  }
  return t;
}

/** Renders one related item of an entity (an office, a membership, an agreement, a meeting…). */
function itemLine(x, onEntity) {
  if (x === null || typeof x !== 'object') return el('li', { text: show(x) });
  const li = el('li');
  const ent = x.entity || x.node || x.other || x.target || x.organization || x.state || x.agreement || x.corridor || x.with;
  const id = (ent && typeof ent === 'object' ? ent.id : null) || x.id;
  const name = (ent && typeof ent === 'object' ? (ent.name || ent.title) : (typeof ent === 'string' ? ent : null)) || x.name || x.title || id || '';
  if (id && onEntity && /^[a-z]+:/.test(id)) {
    li.append(el('button', { class: 'linkish', type: 'button', text: name, onclick: () => onEntity(id) }));
  } else {
    li.append(el('strong', { text: name }));
  }
  const bits = [];
  for (const k of ['role', 'kind', 'type', 'stage', 'date', 'place', 'title']) {
    if (x[k] !== undefined && x[k] !== null && x[k] !== '' && show(x[k]) !== name) bits.push(show(x[k]));
  }
  if (Array.isArray(x.withNames) && x.withNames.length) bits.push('with ' + x.withNames.join(', '));
  if (Number.isInteger(x.agreementCount) && x.agreementCount > 1) bits.push(x.agreementCount + ' documents');
  if (Number.isInteger(x.count) && x.count > 1) bits.push(x.count + '×');
  const sp = span(x);
  if (sp && !(x.date && sp === String(x.date))) bits.push(sp);
  if (bits.length) li.append(' ', el('span', { class: 'muted item-meta', text: '(' + bits.join(', ') + ')' }));
  if (x.quote) li.append(el('blockquote', { class: 'quote' }, el('p', { text: x.quote })));
  return li;
}

/**
 * One line per occasion: a MET entry whose events are all listed as attended events is folded into them
 * ("with Vladimir Putin") instead of being listed a second time.
 */
export function mergeMeetings(items) {
  const events = new Map(items.filter((x) => x && x.type === 'ATTENDED' && x.id).map((x) => [x.id, { ...x, withNames: [] }]));
  const out = [];
  for (const x of items) {
    if (x && x.type === 'ATTENDED' && events.has(x.id)) { out.push(events.get(x.id)); continue; }
    const keys = x && Array.isArray(x.keys) && x.keys.length ? x.keys : (x && x.event ? [x.event] : []);
    if (x && x.type === 'MET' && keys.length && keys.every((k) => events.has(k))) {
      keys.forEach((k) => events.get(k).withNames.push(x.name));
      continue;
    }
    out.push(x);
  }
  return out;
}

/** A group's date span as short text: whole years as years (1990–2009), else the dates; an open end as "…". */
export function span(x) {
  if (!x || (!x.from && !x.to && !x.openEnded)) return '';
  const a = x.from ? String(x.from) : ''; const b = x.to ? String(x.to) : '';
  const from = /-01-01$/.test(a) && (!b || /-12-31$/.test(b)) ? a.slice(0, 4) : a;
  const to = /-12-31$/.test(b) && (!a || /-01-01$/.test(a)) ? b.slice(0, 4) : b;
  if (!x.openEnded && from === to) return from;
  return (from || '…') + '–' + (x.openEnded ? '…' : (to || '…'));
}

/** Shows a node: its data right away, then what /api/entities/{id} adds. */
export async function showNode(node, { onEntity, onShowMore } = {}) {
  const my = ++seq;
  const d = node.data();
  const box = clear($('details'));
  box.append(el('h2', { text: d.name }), el('p', null, el('span', { class: 'tag', text: d.label || '' }), el('code', { text: d.id })));
  if (Array.isArray(d.aliases) && d.aliases.length) box.append(el('p', { class: 'muted', text: 'Also: ' + d.aliases.join(', ') }));
  box.append(propsTable(d));
  const more = node.scratch('_more');
  const moreN = more ? (Array.isArray(more) ? more.length : (more.nodes || []).length) : 0;
  if (moreN && onShowMore) {
    box.append(el('p', null, el('button', { type: 'button', id: 'details-show-more', text: 'Show ' + moreN + ' more neighbours', onclick: () => onShowMore(node) })));
  }
  const flags = el('div', { id: 'contradictions' });
  const section = el('div', { id: 'entity-sections' }, el('p', { class: 'muted', text: 'Loading details…' }));
  box.append(flags, section);
  showContradictions(flags, d.id, my, onEntity);
  let info;
  try {
    info = await api('/api/entities/' + enc(d.id), { quiet: true });
  } catch (e) {
    if (my !== seq) return;
    clear(section).append(el('p', { class: 'muted', text: e.status === 404 && e.detail && /does not offer/.test(e.detail)
      ? 'Entity details are not available from this server yet.' : 'No more details: ' + (e.detail || e.message) }));
    return;
  }
  if (my !== seq) return;
  clear(section);
  const ent = info.entity || info.node || info.properties || {};
  // what the node's own table already shows (titles…) is not listed again
  const extra = Object.fromEntries(Object.entries(ent).filter(([k, v]) => show(d[k]) !== show(v)));
  if (Object.keys(extra).length) section.append(propsTable(extra));
  for (const [k, raw] of Object.entries(info)) {
    if (!Array.isArray(raw) || !raw.length) continue;
    if (k === 'aliases' || k === 'titles') { if (show(d[k]) !== show(raw)) section.append(el('h3', { text: k }), el('p', { text: raw.join(', ') })); continue; }
    const v = k === 'meetings' ? mergeMeetings(raw) : raw;
    const ul = el('ul', { class: 'plain' });
    if (k === 'documents') {
      v.forEach((doc) => ul.append(el('li', null, docLink(doc, null), ' ', el('span', { class: 'muted', text: [doc.source, doc.published].filter(Boolean).join(', ') }))));
    } else {
      v.forEach((x) => ul.append(itemLine(x, onEntity)));
    }
    section.append(el('h3', { text: k.replace(/([A-Z])/g, ' $1') }), ul);
    const sum = info.summary && info.summary[k];
    if (sum && sum.truncated) {
      const total = k === 'documents' ? sum.documents : sum.groups;
      section.append(el('p', { class: 'muted cut-note', text: 'Showing ' + v.length + ' of ' + total + (k === 'documents' ? ' documents' : ' (' + sum.relationships + ' relationships)') + ': the list is cut.' }));
    }
  }
  await showMentions(section, info, my);
}

export const FACTS = { count: 'how many documents were signed', date: 'the date', parties: 'the parties' };

/**
 * Where the sources disagree about the entity's agreements and events (/api/analysis/contradictions): each flag with
 * every side's value, how many documents back it and their evidence. Nothing is shown when they all agree.
 */
async function showContradictions(box, id, my, onEntity) {
  if (!/^[a-z]+:/.test(id || '')) return;
  let res;
  try {
    res = await api('/api/analysis/contradictions' + qs({ entity: id }), { quiet: true });
  } catch (e) { return; }
  if (my !== seq || !Array.isArray(res.contradictions) || !res.contradictions.length) return;
  box.append(el('h3', { text: 'Where the sources disagree' }));
  const list = el('ul', { class: 'plain contradiction-list' });
  res.contradictions.forEach((c) => {
    const subject = onEntity && c.subject !== id
      ? el('button', { type: 'button', class: 'linkish', text: c.subjectName || c.subject, onclick: () => onEntity(c.subject) })
      : el('strong', { text: c.subjectName || c.subject });
    const li = el('li', { class: 'contradiction', dataset: { fact: c.fact } }, subject,
      el('span', { class: 'muted', text: ': ' + (FACTS[c.fact] || c.fact) + (c.stored ? ' (the graph stores ' + c.stored + ')' : '') }));
    const sides = el('ul', { class: 'plain contradiction-sides' });
    c.sides.forEach((sd) => {
      const side = el('li', { class: 'contradiction-side' }, el('strong', { class: 'side-value', text: sd.value }),
        el('span', { class: 'muted', text: ' · ' + sd.documents + (sd.documents === 1 ? ' source' : ' sources') }));
      sd.evidence.forEach((q) => side.append(quoteBlock(cited(q))));
      sides.append(side);
    });
    li.append(sides);
    list.append(li);
  });
  box.append(list);
  if (res.truncated) box.append(el('p', { class: 'muted cut-note', text: 'Only the first ' + res.checked + ' agreements and events were compared.' }));
}

/** An analysis answer's evidence item as quoteBlock reads it: a dataset row is cited by dataset, file and row. */
export function cited(q) {
  return q.dataset && !q.document ? { ...q, title: q.dataset + ' · ' + q.file + ' row ' + q.row } : q;
}

const MENTIONS = 8;

/**
 * The sentences an entity is named in: the evidence of its relationships (each sentence once, with its document),
 * the first MENTIONS at once and the rest behind a button.
 */
async function showMentions(section, info, my) {
  const ids = [];
  for (const v of Object.values(info)) {
    if (!Array.isArray(v)) continue;
    v.forEach((x) => listOf(x, 'relationships').forEach((id) => { if (!ids.includes(id)) ids.push(id); }));
  }
  if (!ids.length) return;
  const box = el('div', { id: 'mentions' }, el('p', { class: 'muted', text: 'Loading the sentences…' }));
  section.append(el('h3', { text: 'mentions' }), box);
  const quotes = [];
  const seen = new Set();
  const lists = await Promise.all(ids.slice(0, 30).map((id) => api('/api/relationships/' + enc(id) + '/evidence', { quiet: true })
    .then((r) => listOf(r, 'evidence', 'quotes', 'items')).catch(() => [])));
  if (my !== seq) return;
  lists.flat().forEach((q) => {
    const k = (docOf(q).id || '') + '\u0000' + (q.quote || '');
    if (!q.quote || seen.has(k)) return;
    seen.add(k);
    quotes.push(q);
  });
  clear(box);
  if (!quotes.length) { box.append(el('p', { class: 'muted', text: 'No sentence recorded.' })); return; }
  quotes.slice(0, MENTIONS).forEach((q) => box.append(quoteBlock(q)));
  if (quotes.length > MENTIONS) {
    const more = el('button', { type: 'button', text: 'Show ' + (quotes.length - MENTIONS) + ' more sentences' });
    more.addEventListener('click', () => { more.remove(); quotes.slice(MENTIONS).forEach((q) => box.append(quoteBlock(q))); });
    box.append(more);
  }
}

/** Shows an edge: its properties and its evidence quotes. */
export async function showEdge(edge) {
  const my = ++seq;
  const d = edge.data();
  const box = clear($('details'));
  const src = edge.source().data('name'); const tgt = edge.target().data('name');
  box.append(el('h2', { text: src + ' — ' + (d.type || '') + ' — ' + tgt }), propsTable(d));
  if (d.type === 'PARTY_TO') {
    const line = el('p', { id: 'edge-stage' });
    box.append(line);
    showStage(line, edge, my);
  }
  if (d.count !== undefined && Array.isArray(d.meetings)) box.append(meetingsList(d.meetings));
  const ev = el('div', { id: 'evidence' }, el('p', { class: 'muted', text: 'Loading evidence…' }));
  box.append(el('h3', { text: 'Evidence' }), ev);
  let quotes = [];
  try {
    quotes = await evidenceOf(edge);
  } catch (e) {
    if (my !== seq) return;
    clear(ev).append(el('p', { class: 'muted', text: 'Evidence could not be loaded: ' + (e.detail || e.message) }));
    return;
  }
  if (my !== seq) return;
  clear(ev);
  if (!quotes.length) { ev.append(el('p', { class: 'muted', text: 'No evidence recorded for this relationship.' })); return; }
  quotes.forEach((q) => ev.append(quoteBlock(q)));
}

/**
 * A PARTY_TO edge's stage (signed, ratified, in force, ended) at the end of the date filter, or today without one,
 * from /api/analysis/stage: the stage of this relationship, or of every PARTY_TO between the two when the edge stands
 * for several.
 */
async function showStage(line, edge, my) {
  const d = edge.data();
  const at = $('date-to') && $('date-to').value ? $('date-to').value : new Date().toISOString().slice(0, 10);
  let res;
  try {
    res = await api('/api/analysis/stage' + qs({ party: d.source, agreement: d.target, at }), { quiet: true });
  } catch (e) { return; }
  if (my !== seq || !Array.isArray(res.agreements) || !res.agreements.length) return;
  const ids = Array.isArray(d.relationships) ? d.relationships : [d.id];
  const own = res.agreements.filter((it) => ids.includes(it.relationship));
  const stages = [...new Set((own.length ? own : res.agreements).map((it) => it.stage).filter(Boolean))];
  if (!stages.length) return;
  line.append(el('strong', { text: 'Stage on ' + res.at + ': ' }), el('span', { class: 'stage', text: stages.join(' / ') }));
}

function meetingsList(ms) {
  const ul = el('ul', { class: 'plain' });
  ms.forEach((m) => ul.append(itemLine(typeof m === 'object' ? m : { name: m })));
  return el('div', null, el('h3', { text: 'Meetings' }), ul);
}

/** Evidence of an edge: /api/relationships/{id}/evidence; pairs (who-met-whom) are read through their relationship ids. */
export async function evidenceOf(edge) {
  const d = edge.data();
  const ids = Array.isArray(d.relationships) ? d.relationships : (Array.isArray(d.relationshipIds) ? d.relationshipIds : [d.id]);
  const all = [];
  for (const id of ids) {
    const res = await api('/api/relationships/' + enc(id) + '/evidence', { quiet: true });
    all.push(...listOf(res, 'evidence', 'quotes', 'items'));
  }
  if (!all.length && Array.isArray(d.evidenceItems)) all.push(...d.evidenceItems);
  return all;
}

function docOf(q) {
  const doc = q.document && typeof q.document === 'object' ? q.document : {};
  return {
    id: doc.id || (typeof q.document === 'string' ? q.document : null) || q.documentId || q.doc,
    title: doc.title || q.title || q.documentTitle,
    source: doc.source || q.source,
    published: doc.published || q.published || q.date,
    url: doc.url || q.url,
  };
}

export function quoteBlock(q) {
  const doc = docOf(q);
  const cite = el('cite');
  cite.append(docLink(doc, q), ' ');
  const meta = [doc.source, doc.published, q.rule ? 'rule: ' + q.rule : null].filter(Boolean).join(' · ');
  if (meta) cite.append(el('span', { text: meta }));
  return el('blockquote', { class: 'quote' }, el('p', { text: q.quote || q.text || '' }), cite);
}

function docLink(doc, q) {
  const title = doc.title || doc.name || doc.id || 'document';
  if (!doc.id) return el('span', { text: title });
  return el('button', { type: 'button', class: 'linkish doc-link', text: title, title: 'Open the document with this sentence highlighted',
    onclick: () => openDocument(doc.id, q) });
}

/** Opens a document and highlights the quote (by offsets when they fit the text, else by finding the quote). */
export async function openDocument(id, q) {
  let doc;
  try {
    doc = await api('/api/documents/' + enc(id));
  } catch (e) { return; }
  const dlg = $('doc-dialog');
  const d = doc.document || doc;
  $('doc-title').textContent = d.title || d.name || id;
  $('doc-meta').textContent = [d.source, d.published, d.url].filter(Boolean).join(' · ');
  const box = clear($('doc-text'));
  const text = String(d.text || '');
  const spans = [];
  listOf(doc, 'evidence', 'spans').forEach((s) => {
    if (Number.isInteger(s.start) && Number.isInteger(s.end)) spans.push({ start: s.start, end: s.end, current: false });
  });
  if (q) {
    let s = q.start; let e = q.end;
    if (!(Number.isInteger(s) && Number.isInteger(e) && text.slice(s, e) === q.quote) && q.quote) {
      s = text.indexOf(q.quote); e = s >= 0 ? s + q.quote.length : -1;
    }
    if (s >= 0 && e > s) spans.push({ start: s, end: e, current: true });
  }
  // build text nodes and <mark> elements, never an HTML string
  const cur = spans.filter((s) => s.current);
  const marks = (cur.length ? cur : []).concat(spans.filter((s) => !s.current)
    .filter((s) => !cur.some((c) => s.start < c.end && s.end > c.start)))
    .sort((a, b) => a.start - b.start);
  let pos = 0; let currentMark = null;
  for (const m of marks) {
    if (m.start < pos) continue;
    box.append(document.createTextNode(text.slice(pos, m.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(m.start, m.end);
    if (m.current) { mark.className = 'current'; currentMark = mark; }
    box.append(mark);
    pos = m.end;
  }
  box.append(document.createTextNode(text.slice(pos)));
  if (!dlg.open) dlg.showModal();
  if (currentMark) currentMark.scrollIntoView({ block: 'center' });
}
