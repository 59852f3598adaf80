package org.diplograph.ui;

/**
 * Page scripts that measure WCAG 2.x contrast in the browser: {@link #TEXT} lists visible text below AA (4.5:1, or
 * 3:1 for large text) against the background it is drawn on; {@link #FOCUS} gives the focused element's outline style
 * and the outline colour's contrast against the background around it (1.4.11 asks 3:1).
 */
final class Contrast {
    private Contrast() {}

    private static final String LIB = """
            const rgba = (s) => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0, 0, 0, 0];
              const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
            const over = (top, under) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat(1); };
            const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
            const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const bg = (el) => { const layers = []; for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
              let out = [255, 255, 255, 1]; for (let i = layers.length - 1; i >= 0; i--) out = over(layers[i], out); return out; };
            """;

    /**
     * Returns {low: a list of "tag#id 'text' ratio" for each visible text element under AA, checked: how many text
     * elements were measured in the legend, the graph toolbar, Details and the whole page} (the counts show the check
     * was not vacuous).
     */
    static final String TEXT = LIB + """
            const low = []; const checked = {legend: 0, toolbar: 0, details: 0, page: 0};
            for (const el of document.body.querySelectorAll('*')) {
              if (el.closest('#cy, .sr-only, [hidden], dialog:not([open])') || el.disabled || el.closest('button:disabled')) continue;
              const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
              if (!text) continue;
              const r = el.getBoundingClientRect(); const cs = getComputedStyle(el);
              if (r.width < 2 || r.height < 2 || cs.visibility === 'hidden' || +cs.opacity === 0) continue;
              const back = bg(el); const fg = over(rgba(cs.color), back);
              const size = parseFloat(cs.fontSize); const bold = +cs.fontWeight >= 700;
              const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              const k = ratio(fg, back);
              checked.page++;
              if (el.closest('#legend')) checked.legend++;
              if (el.closest('.toolbar')) checked.toolbar++;
              if (el.closest('#details')) checked.details++;
              if (k < need) low.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ')[0] : '')
                + ' "' + text.slice(0, 30) + '" ' + k.toFixed(2));
            }
            return {low, checked};""";

    /**
     * Returns {tag, style, width, ratio} for document.activeElement's outline; the ratio is against the background the
     * outline is drawn on: the element's own for an inset outline (a negative offset, as on the canvas), else its parent's.
     */
    static final String FOCUS = LIB + """
            const a = document.activeElement; const cs = getComputedStyle(a);
            const under = parseFloat(cs.outlineOffset) < 0 ? bg(a) : bg(a.parentElement);
            return {tag: a.id || (a.tagName.toLowerCase() + (a.className ? '.' + String(a.className).split(' ')[0] : '')),
              style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), ratio: ratio(over(rgba(cs.outlineColor), under), under)};""";
}
