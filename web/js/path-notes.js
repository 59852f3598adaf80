// What the analysis says about a path's step (issue 16): the stage of each PARTY_TO at the path's "as of" day (or
// today), and where the sources disagree about the agreement or event the step walks through. Text only, through
// textContent (dom.el); styled by .step-stage and .step-flag in analysis.css.
import { el } from './dom.js';
import { FACTS } from './details.js';

/**
 * The notes of one step as elements (none when it has nothing to say): one .step-stage line ("Stage on D: signed",
 * or per party when the parties differ) and one .step-flag per distinct disagreement (subject and fact).
 * `names` maps a relationship id to the name of its first end (the party).
 */
export function stepNotes(step, at, names) {
  const notes = (step && Array.isArray(step.notes)) ? step.notes : [];
  const out = [];
  const staged = notes.filter((n) => n.stage);
  if (staged.length) {
    const distinct = [...new Set(staged.map((n) => n.stage))];
    const text = distinct.length === 1 ? distinct[0]
      : staged.map((n) => (names(n.relationship) || 'a party') + ': ' + n.stage).join('; ');
    out.push(el('span', { class: 'step-stage', dataset: { stage: distinct.join(' ') }, text: 'Stage on ' + at + ': ' + text }));
  }
  const seen = new Set();
  notes.forEach((n) => (n.contradictions || []).forEach((c) => {
    const key = c.subject + '|' + c.fact;
    if (seen.has(key)) return;
    seen.add(key);
    const sides = c.sides.map((sd) => sd.value + ' (' + sd.documents + (sd.documents === 1 ? ' source' : ' sources') + ')').join(' vs ');
    out.push(el('span', { class: 'step-flag', role: 'note', dataset: { fact: c.fact, subject: c.subject },
      text: '⚠ Sources disagree on ' + (FACTS[c.fact] || c.fact) + ' of ' + (c.subjectName || c.subject) + ': ' + sides }));
  }));
  return out;
}
