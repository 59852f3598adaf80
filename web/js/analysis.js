// The Analyse tab (issue 16): centrality, blocs and the diff between two dates on a chosen subgraph, drawn on the
// canvas (node size by metric, colour by bloc, added edges green and removed red) with a list beside it; yearly slices
// replay with a slider and a play button. Text only, through textContent (dom.el).
import { $, el, clear } from './dom.js';
import { api, qs } from './api.js';
import { cy, replaceElements, record, layout, setTruncated } from './graph.js';
import { quoteBlock, cited } from './details.js';

let hooks = {};
let answer = null;      // the last centrality or communities answer
let kind = null;        // 'centrality' | 'communities' | 'diff'
let timer = null;
let scope = null;       // the subgraph the last answer was computed on (labels, types, dates…), without the metric
// What was computed per node on that subgraph, per slice: slice → id → { metric_degree: 4, bloc: 2, … }. Computing
// degree then blocs on the same subgraph leaves both on the nodes, so an export carries both as node attributes.
const computed = new Map();

export function initAnalysis(h) {
  hooks = h;
  $('an-form').addEventListener('submit', (ev) => { ev.preventDefault(); run(ev.submitter ? ev.submitter.value : 'centrality'); });
  $('an-slider').addEventListener('input', () => draw(+$('an-slider').value));
  $('an-play').addEventListener('click', play);
}

function params() {
  const v = (id) => $(id).value.trim() || undefined;
  const p = { labels: v('an-labels'), types: v('an-types'), limit: v('an-limit') };
  if ($('an-bilateral').checked) p.maxParties = 2;
  return p;
}

async function run(what) {
  stop();
  const out = clear($('an-results'));
  const busy = $('an-busy');
  busy.hidden = false;
  $('an-form').setAttribute('aria-busy', 'true');
  const p = params();
  const from = $('an-from').value.trim() || undefined, to = $('an-to').value.trim() || undefined;
  let url;
  // the diff lists up to 100 changes of each kind (the server's default), not the ranking's top N
  if (what === 'diff') url = '/api/analysis/diff' + qs({ labels: p.labels, types: p.types, from, to });
  else {
    const sliced = $('an-slice').checked;
    url = '/api/analysis/' + what + qs({ ...p, metric: what === 'centrality' ? $('an-metric').value : undefined,
      from, to, asOf: sliced ? undefined : ($('an-asof').value.trim() || undefined), slice: sliced ? 'year' : undefined });
  }
  const subgraph = JSON.stringify({ labels: p.labels, types: p.types, maxParties: p.maxParties, from, to,
    asOf: $('an-slice').checked ? 'year' : $('an-asof').value.trim() });
  busy.textContent = 'Computing…';
  try {
    // yearly slices run as a job whose progress is polled (its result is the one call's answer)
    answer = what !== 'diff' && $('an-slice').checked ? await viaJob(url, busy) : await api(url);
    kind = what;
    if (what !== 'diff' && subgraph !== scope) { scope = subgraph; computed.clear(); }
  } catch (e) {
    out.append(el('p', { class: 'error-box', role: 'alert', text: 'The analysis failed: ' + (e.detail || e.message) }));
    return;
  } finally {
    busy.hidden = true;
    $('an-form').removeAttribute('aria-busy');
  }
  setTruncated(!!answer.truncated, answer.truncated ? 'Cut at ' + answer.relationshipCap + ' relationships' : undefined);
  if (kind === 'diff') { drawDiff(); return; }
  const slider = $('an-slider');
  slider.max = String(answer.slices.length - 1);
  slider.value = '0';
  $('an-replay').hidden = answer.slices.length < 2;
  draw(0);
}

/**
 * Starts the analysis of `url` as a job (POST, 202) and polls it until it is done, saying "Computing slice k of n…" in
 * `status`; returns the job's result. A failed job answers its error, thrown as the one call's would be.
 */
async function viaJob(url, status) {
  let job = await api(url, { method: 'POST' });
  const say = (j) => { status.textContent = j.total > 1 ? 'Computing slice ' + Math.min(j.done + 1, j.total) + ' of ' + j.total + '…' : 'Computing…'; };
  say(job);
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = await api('/api/analysis/jobs/' + encodeURIComponent(job.id));
    say(job);
  }
  return job.result;
}

/** How often a running job is polled. */
const POLL_MS = 250;

function play() {
  if (timer) { stop(); return; }
  $('an-play').textContent = 'Pause';
  timer = setInterval(() => {
    const s = $('an-slider');
    const next = (+s.value + 1) % (+s.max + 1);
    s.value = String(next);
    draw(next);
  }, 1200);
}

function stop() {
  if (timer) clearInterval(timer);
  timer = null;
  if ($('an-play')) $('an-play').textContent = 'Play';
}

/**
 * What slice i of the last answer says of each node, as node data: {@code metric_<name>} (centrality) or
 * {@code bloc} and {@code blocColour} (communities), kept in {@link computed} for the slice.
 */
function remember(slice) {
  if (!computed.has(slice.slice)) computed.set(slice.slice, new Map());
  const per = computed.get(slice.slice);
  const put = (id, attrs) => per.set(id, { ...(per.get(id) || {}), ...attrs });
  if (kind === 'centrality') slice.ranked.forEach((r) => put(r.id, { ['metric_' + answer.metric]: r.value }));
  else slice.blocs.forEach((b) => b.members.forEach((m) => put(m.id, { bloc: b.id, blocColour: b.colour })));
  return per;
}

/**
 * Draws slice i of the last answer: nodes sized by value (centrality) or coloured by bloc (communities). Each node
 * carries what was computed on this subgraph and slice as data (metric_degree, bloc…), which the exports write out
 * as node attributes.
 */
function draw(i) {
  const slice = answer.slices[i];
  $('an-year').textContent = slice.slice;
  const per = remember(slice);
  const nodes = new Map();
  if (kind === 'centrality') {
    const max = Math.max(...slice.ranked.map((r) => r.value), 1e-9);
    slice.ranked.forEach((r) => nodes.set(r.id, { id: r.id, name: r.name, label: r.label, value: r.value, size: 16 + 44 * r.value / max }));
  } else {
    slice.blocs.forEach((b) => b.members.forEach((m) => nodes.set(m.id, { id: m.id, name: m.name, label: m.label, bloc: b.id, colour: b.colour, size: 24 })));
  }
  const elems = [...nodes.values()].map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, label: n.label, ...per.get(n.id) } }));
  slice.ties.forEach((t, k) => elems.push({ group: 'edges', data: { id: 'tie' + k, source: t.source, target: t.target, type: 'TIE', weight: t.weight } }));
  record('analysis');
  replaceElements(elems);
  cy.nodes().forEach((n) => {
    const d = nodes.get(n.id());
    if (!d) return;
    n.style({ width: d.size, height: d.size });
    if (d.colour) n.style('background-color', d.colour);
  });
  layout('cose');
  list(slice);
}

function list(slice) {
  const out = clear($('an-results'));
  out.append(el('p', { text: slice.slice + ': ' + slice.nodes + ' entities, ' + slice.edges + ' ties'
    + (slice.method ? ' · ' + slice.method + (slice.pivots ? ' (' + slice.pivots + ' pivots)' : '') : '')
    + (slice.modularity !== undefined ? ' · modularity ' + slice.modularity.toFixed(3) : '') }));
  if (kind === 'centrality') {
    const ol = el('ol', { id: 'an-ranked' });
    slice.ranked.forEach((r) => ol.append(el('li', null, entityButton(r.id, r.name), el('span', { class: 'muted', text: ' ' + fmt(r.value) }))));
    out.append(ol);
  } else {
    slice.blocs.forEach((b) => {
      const ul = el('ul', { class: 'plain an-bloc' });
      b.members.forEach((m) => ul.append(el('li', null, entityButton(m.id, m.name))));
      const swatch = el('span', { class: 'an-swatch', text: ' ' });
      swatch.style.backgroundColor = b.colour; // CSSOM, allowed by the content security policy (no style attribute)
      out.append(el('h3', { class: 'an-bloc-head', dataset: { bloc: b.id } }, swatch, 'Bloc ' + b.id + ' (' + b.size + ')'), ul);
    });
  }
}

/**
 * The diff: added relationships green, removed red, each with its evidence in the list; their ends and the entities
 * that entered (green border) or left (red border) drawn as any node is (name and model label: graph-style.json).
 */
function drawDiff() {
  $('an-replay').hidden = true;
  const a = answer;
  const elems = [];
  const seen = new Set();
  const node = (id, name, label, cls) => {
    if (seen.has(id)) return;
    seen.add(id);
    elems.push({ group: 'nodes', classes: cls, data: { id, name: name || id, label: label || undefined } });
  };
  const edge = (it, cls) => {
    node(it.source, it.sourceName, it.sourceLabel); node(it.target, it.targetName, it.targetLabel);
    elems.push({ group: 'edges', classes: cls, data: { id: it.relationship, source: it.source, target: it.target, type: it.type, date: it.date } });
  };
  (a.entered || []).forEach((x) => node(x.id, x.name, x.label, 'an-added'));
  (a.left || []).forEach((x) => node(x.id, x.name, x.label, 'an-removed'));
  a.added.forEach((it) => edge(it, 'an-added'));
  a.removed.forEach((it) => edge(it, 'an-removed'));
  record('diff');
  replaceElements(elems);
  layout('cose');
  const out = clear($('an-results'));
  out.append(el('p', { text: a.from + ' → ' + a.to + ': ' + a.addedCount + ' added, ' + a.removedCount + ' removed' }));
  const section = (title, items, cls) => {
    const ul = el('ul', { class: 'plain ' + cls });
    items.forEach((it) => {
      const li = el('li', null, el('button', { type: 'button', class: 'linkish', text: (it.sourceName || it.source) + ' ' + it.type + ' ' + (it.targetName || it.target),
        onclick: () => evidence(it) }), el('span', { class: 'muted', text: [it.date, it.stage].filter(Boolean).map((x) => ' ' + x).join(' ·') }));
      ul.append(li);
    });
    out.append(el('h3', { text: title }), ul);
  };
  section('Added', a.added, 'an-added-list');
  section('Removed', a.removed, 'an-removed-list');
  if (a.rankChanges.length) {
    const ol = el('ol');
    a.rankChanges.forEach((r) => ol.append(el('li', null, entityButton(r.id, r.name),
      el('span', { class: 'muted', text: ' ' + r.rankFrom + ' → ' + r.rankTo + ' (' + (r.change > 0 ? '+' : '') + r.change + ')' }))));
    out.append(el('h3', { text: 'Largest rank changes (' + a.metric + ')' }), ol);
  }
}

function evidence(it) {
  const box = clear($('details'));
  hooks.showTab && hooks.showTab('details');
  box.append(el('h2', { text: (it.sourceName || it.source) + ' ' + it.type + ' ' + (it.targetName || it.target) }));
  if (it.stage) box.append(el('p', { text: 'Stage: ' + it.stage }));
  it.evidence.forEach((q) => box.append(quoteBlock(cited(q))));
  if (!it.evidence.length) box.append(el('p', { class: 'muted', text: 'No evidence recorded.' }));
}

function entityButton(id, name) {
  return el('button', { type: 'button', class: 'linkish', text: name || id, onclick: () => hooks.focusEntity && hooks.focusEntity(id) });
}

function fmt(v) {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
