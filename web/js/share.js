// Share = state: what is on the canvas (every element with its data, position, classes and pin), the viewport, the
// selection, the filters and the open tab, packed as deflated JSON into the URL fragment (#state=...), so the link
// reopens exactly what was on screen, expansions included, without asking the server again.
import { cy } from './graph.js';

/** Links longer than this many characters are not made: the message says so and what to do instead. */
export const SHARE_CAP = 64000;
const VERSION = 1;

const round = (v) => Math.round(v * 10) / 10;
const UI_CLASSES = new Set(['hover', 'faded']);   // passing states that a reopened view recomputes

/** The view as a plain object. `ui` carries what app.js knows: view, focus, depth, tab, dates, layout, forms. */
export function captureState(ui = {}) {
  const classes = (e) => e.classes().filter((c) => !UI_CLASSES.has(c)).join(' ') || undefined;
  const filters = window.diplograph && window.diplograph.filters && typeof window.diplograph.filters.get === 'function'
    ? window.diplograph.filters.get() : undefined;
  return {
    v: VERSION,
    ui,
    filters,
    nodes: cy.nodes().map((n) => ({ d: n.data(), p: [round(n.position('x')), round(n.position('y'))], c: classes(n), k: n.locked() ? 1 : undefined })),
    edges: cy.edges().map((e) => ({ d: e.data(), c: classes(e) })),
    sel: cy.elements(':selected').map((e) => e.id()),
    zoom: cy.zoom(),
    pan: { x: round(cy.pan().x), y: round(cy.pan().y) },
  };
}

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The state as the text of a fragment parameter (deflated JSON in base64url). */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The state from a fragment parameter; throws a readable Error when the text is not one. */
export async function decodeState(text) {
  let state;
  try {
    state = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'))));
  } catch (e) {
    throw new Error('this shared link is damaged or cut short (' + (e.message || e) + ')');
  }
  if (!state || state.v !== VERSION || !Array.isArray(state.nodes)) throw new Error('this shared link comes from another version of Diplograph');
  return state;
}

/** Puts the shared elements, positions, pins, selection and viewport on the canvas (replacing what is there). */
export function applyState(state) {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(state.nodes.map((n) => ({ group: 'nodes', data: n.d, position: { x: n.p[0], y: n.p[1] }, classes: n.c })));
    cy.add((state.edges || []).filter((e) => cy.getElementById(e.d.source).nonempty() && cy.getElementById(e.d.target).nonempty())
      .map((e) => ({ group: 'edges', data: e.d, classes: e.c })));
    state.nodes.forEach((n) => { if (n.k) cy.getElementById(n.d.id).lock(); });
    cy.elements().unselect();
    (state.sel || []).forEach((id) => cy.getElementById(id).select());
  });
  if (state.filters && window.diplograph && window.diplograph.filters && typeof window.diplograph.filters.set === 'function') {
    window.diplograph.filters.set(state.filters);
  }
  cy.viewport({ zoom: state.zoom, pan: state.pan });
}

/** A link to the state, or null with the reason when it would be longer than SHARE_CAP. */
export async function shareLink(state, base = location.href.split('#')[0]) {
  const packed = await encodeState(state);
  const url = base + '#state=' + packed;
  if (url.length > SHARE_CAP) {
    return { url: null, length: url.length, reason: 'This view is too large to share as a link: it would be '
      + Math.ceil(url.length / 1000) + ' k characters for ' + state.nodes.length + ' nodes and ' + state.edges.length
      + ' relationships, over the cap of ' + (SHARE_CAP / 1000) + ' k. Dismiss some elements, or export the view (Cytoscape JSON) and send the file.' };
  }
  return { url, length: url.length };
}
