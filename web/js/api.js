// Talks to the Diplograph API: one loading indicator, errors in a non-blocking banner (as the API words them).
import { $ } from './dom.js';

let inFlight = 0;

function busy(delta) {
  inFlight += delta;
  const ind = $('loading');
  ind.hidden = inFlight <= 0;
  document.body.setAttribute('aria-busy', inFlight > 0 ? 'true' : 'false');
}

export class ApiError extends Error {
  constructor(status, title, detail, body) {
    super(detail || title || ('HTTP ' + status));
    this.status = status;
    this.title = title || ('HTTP ' + status);
    this.detail = detail || '';
    this.body = body;
  }
}

/** Shows a message in the banner; kind is 'error' (default) or 'info'. */
export function banner(text, kind = 'error') {
  const b = $('banner');
  $('banner-text').textContent = text;
  b.classList.toggle('info', kind === 'info');
  b.dataset.kind = kind;
  b.hidden = false;
  clearTimeout(bannerTimer);
  if (kind === 'info') bannerTimer = setTimeout(() => { b.hidden = true; }, 8000);
}
let bannerTimer;

export function hideBanner() {
  $('banner').hidden = true;
}

/**
 * Fetches JSON. Options: method, body (object → JSON, string/FormData as is), contentType, quiet (no banner),
 * raw (return the Response). Throws ApiError.
 */
export async function api(path, opts = {}) {
  const init = { method: opts.method || 'GET', headers: { Accept: 'application/json' } };
  const token = sessionStorage.getItem('diplograph.token');
  if (token) init.headers.Authorization = 'Bearer ' + token;
  if (opts.body !== undefined) {
    if (typeof opts.body === 'string') {
      init.body = opts.body;
      init.headers['Content-Type'] = opts.contentType || 'text/plain; charset=utf-8';
    } else if (opts.body instanceof FormData) {
      init.body = opts.body;
    } else {
      init.body = JSON.stringify(opts.body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  busy(1);
  try {
    let res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, 'Network error', 'The server did not answer (' + e.message + ')');
    }
    if (opts.raw && res.ok) return res;
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch (_) { body = null; }
    if (!res.ok) {
      const title = body && body.title ? body.title : ('HTTP ' + res.status);
      let detail = body && (body.detail || body.message) ? (body.detail || body.message) : '';
      if (res.status === 404 && body && /No such resource/.test(detail)) {
        detail = 'This server does not offer ' + path.split('?')[0] + ' yet.';
      }
      if (res.status === 401) askForToken();
      throw new ApiError(res.status, title, detail, body);
    }
    return body;
  } catch (e) {
    if (!opts.quiet) banner(e.title ? e.title + (e.detail ? ': ' + e.detail : '') : String(e.message || e));
    throw e;
  } finally {
    busy(-1);
  }
}

export const enc = encodeURIComponent;

/** Query string from an object, skipping empty values. */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

/** The server wants a token for import and console: show the token field (kept for this browser tab only). */
function askForToken() {
  const form = $('token-form');
  form.hidden = false;
  $('token-input').focus();
}

export function initToken() {
  const form = $('token-form');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = $('token-input').value.trim();
    if (v) sessionStorage.setItem('diplograph.token', v); else sessionStorage.removeItem('diplograph.token');
    $('token-input').value = '';
    form.hidden = true;
    banner('Token saved for this tab. Run the action again.', 'info');
  });
}
