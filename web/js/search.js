// Autocomplete over /api/search, keyboard first: ↑/↓ to move, Enter to pick, Esc to close.
import { el, clear, listOf, debounce } from './dom.js';
import { api, qs } from './api.js';

export async function search(q, { types, limit = 8 } = {}) {
  const res = await api('/api/search' + qs({ q, types, limit }), { quiet: true });
  return listOf(res, 'results', 'items', 'hits', 'entities', 'nodes').map((r) => {
    const d = r.data || r.node || r;
    return { id: d.id, name: d.name || d.title || d.id, label: d.label || (Array.isArray(d.labels) ? d.labels.find((l) => l !== 'Entity') : '') || '', score: r.score };
  }).filter((r) => r.id);
}

/**
 * Attaches an autocomplete to an input and its <ul role=listbox>. onPick({id,name,label}) is called on choice;
 * the chosen id is kept in input.dataset.id (cleared when the text is edited).
 */
export function autocomplete(input, list, onPick, { types } = {}) {
  let items = [];
  let itemsFor = null;     // the text the items were found for
  let wantFirst = false;   // Enter came before the suggestions: pick the first one when they arrive
  let active = -1;
  if (!list.id) list.id = input.id + '-list';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const render = (msg) => {
    clear(list);
    if (msg) { list.append(el('li', { class: 'none', role: 'option', 'aria-disabled': 'true', text: msg })); }
    items.forEach((it, i) => {
      const li = el('li', { role: 'option', id: list.id + '-' + i, 'aria-selected': i === active ? 'true' : 'false', dataset: { id: it.id } },
        el('span', { class: 'name', text: it.name }), el('span', { class: 'kind', text: it.label }));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', list.id + '-' + active);
  };
  const pick = (i) => {
    const it = items[i];
    if (!it) return;
    input.value = it.name;
    input.dataset.id = it.id;
    close();
    onPick(it);
  };
  const run = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    try {
      const found = await search(q, { types });
      if (input.value.trim() !== q) return;   // the text changed meanwhile: its own search follows
      items = found; itemsFor = q;
      active = items.length ? 0 : -1;
      if (wantFirst) { wantFirst = false; if (items.length) { pick(0); return; } }
      render(items.length ? null : 'No match for “' + q + '”. Try another spelling.');
    } catch (e) {
      items = [];
      render(e.detail || 'Search is unavailable.');
    }
  }, 180);

  input.addEventListener('input', () => { delete input.dataset.id; itemsFor = null; run(); });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) { run(); return; }
      ev.preventDefault();
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (ev.key === 'Enter') {
      const q = input.value.trim();
      if (!list.hidden && items.length && itemsFor === q) { ev.preventDefault(); pick(Math.max(0, active)); } else if (q.length >= 2 && !input.dataset.id) {
        ev.preventDefault();
        wantFirst = true;
        if (itemsFor !== null) run();   // nothing in flight for this text: look it up now
      }
    } else if (ev.key === 'Escape') {
      wantFirst = false;
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { close, pickFirst: async () => { items = await search(input.value.trim(), { types }); pick(0); } };
}

/** Resolves the entity id behind a picker input: its chosen id, or the best search match for its text. */
export async function resolveId(input, types) {
  if (input.dataset.id) return input.dataset.id;
  const q = input.value.trim();
  if (!q) return null;
  if (/^[a-z]+:\S+$/.test(q)) return q;
  const hits = await search(q, { types, limit: 1 });
  if (hits.length) { input.dataset.id = hits[0].id; input.value = hits[0].name; return hits[0].id; }
  return null;
}
