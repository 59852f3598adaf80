// The landing scene: the overview without its unconnected nodes (behind a "38 unconnected, show" button), laid out
// over the whole canvas, at a zoom where every label can be read (font size × zoom ≥ READABLE px); when the whole
// graph does not fit at that zoom, the view centres on the best-connected node and the rest is a pan away.
import { $, el } from './dom.js';
import { cy, layout, onChange } from './graph.js';

export const READABLE = 11;

/** Hides the nodes without any relationship in the overview behind the count button. Call before the layout. */
let wired = false;
export function hideUnconnected() {
  if (!wired) { wired = true; onChange(renderChip); }   // another view replaced the canvas, or undo put one back
  cy.batch(() => {
    cy.nodes().removeClass('unconnected');
    cy.nodes().filter((n) => n.degree(false) === 0).addClass('unconnected');
  });
  renderChip();
}

function renderChip() {
  let chip = $('unconnected-chip');
  if (!chip) {
    chip = el('button', { type: 'button', id: 'unconnected-chip', class: 'scene-chip' });
    chip.addEventListener('click', toggleUnconnected);
    $('canvas-wrap').append(chip);
  }
  const hidden = cy.nodes('.unconnected').length;
  const shown = cy.nodes('.unconnected-shown').length;
  chip.hidden = !hidden && !shown;
  chip.textContent = hidden ? hidden + ' unconnected, show' : shown + ' unconnected, hide';
  chip.setAttribute('aria-pressed', shown ? 'true' : 'false');
}

function toggleUnconnected() {
  const hidden = cy.nodes('.unconnected');
  cy.batch(() => {
    if (hidden.nonempty()) { hidden.removeClass('unconnected').addClass('unconnected-shown'); } else {
      cy.nodes('.unconnected-shown').removeClass('unconnected-shown').addClass('unconnected');
    }
  });
  renderChip();
  layout();
  readableZoom();
}

/** The smallest label font size (model px) among the nodes on show. */
function labelFont(nodes) {
  let min = Infinity;
  nodes.forEach((n) => { const f = parseFloat(n.style('font-size')); if (f < min) min = f; });
  return isFinite(min) ? min : 11;
}

/**
 * After a fit: when labels would be smaller than READABLE px on screen, zooms in to that size, centred on the
 * best-connected node's neighbourhood (it stays in view), so that the first thing a user sees can be read.
 */
export function readableZoom() {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const need = READABLE / labelFont(nodes);
  if (cy.zoom() >= need) return;
  const hub = nodes.max((n) => n.degree(false)).ele;
  const around = hub.closedNeighborhood(':visible');
  const bb = around.boundingBox();
  cy.zoom(Math.min(cy.maxZoom(), need));
  cy.center(around.nonempty() ? around : hub);
  // keep the hub's group on screen when it is wider than the view
  if (bb.w * cy.zoom() > cy.width()) cy.center(hub);
}
