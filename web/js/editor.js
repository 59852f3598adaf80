// The console's Cypher editor: CodeMirror 6 (vendored ES modules, see the import map in index.html) with CodeMirror's own
// Cypher mode, completion from the live schema, query history on ↑/↓ and errors marked where Neo4j places them.
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, drawSelection, highlightActiveLine, placeholder } from '@codemirror/view';
import { defaultKeymap, history as undoHistory, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap, startCompletion } from '@codemirror/autocomplete';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

const KEYWORDS = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'DISTINCT', 'ORDER BY', 'SKIP', 'LIMIT', 'UNWIND',
  'CALL', 'YIELD', 'AS', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'STARTS WITH', 'ENDS WITH', 'CONTAINS',
  'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'UNION', 'EXISTS', 'DESC', 'ASC', 'true', 'false', 'null'];
const FUNCTIONS = ['count', 'collect', 'size', 'labels', 'type', 'id', 'elementId', 'properties', 'keys', 'nodes',
  'relationships', 'length', 'coalesce', 'toLower', 'toUpper', 'toString', 'toInteger', 'date', 'datetime', 'duration',
  'min', 'max', 'avg', 'sum', 'head', 'last', 'range', 'startNode', 'endNode', 'shortestPath', 'allShortestPaths'];

/**
 * Which schema list completes the word before the cursor: a label after "(x:", a type after "[r:", a property key after
 * "x.", a procedure after "CALL ", else keywords, functions and labels.
 */
function completionSource(getSchema) {
  return (ctx) => {
    const s = getSchema();
    const before = ctx.state.sliceDoc(0, ctx.pos);
    const colon = /:([A-Za-z_][\w]*)?$/.exec(before);
    if (colon) {
      const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('['));
      const inRel = open >= 0 && before[open] === '[' && before.lastIndexOf(']') < open;
      const list = inRel ? s.relationshipTypes : s.labels;
      return { from: ctx.pos - (colon[1] || '').length, options: list.map((x) => ({ label: x, type: inRel ? 'type' : 'class', detail: inRel ? 'relationship type' : 'label' })), validFor: /^\w*$/ };
    }
    const proc = /\bCALL\s+([\w.]*)$/i.exec(before);
    if (proc) {
      return { from: ctx.pos - proc[1].length, options: s.procedures.map((x) => ({ label: x, type: 'function', detail: 'procedure', apply: x + '()' })), validFor: /^[\w.]*$/ };
    }
    const dot = /[A-Za-z_]\w*\.(\w*)$/.exec(before);
    if (dot) {
      return { from: ctx.pos - dot[1].length, options: s.propertyKeys.map((x) => ({ label: x, type: 'property', detail: 'property key' })), validFor: /^\w*$/ };
    }
    const word = ctx.matchBefore(/\w+/);
    if (!word && !ctx.explicit) return null;
    return {
      from: word ? word.from : ctx.pos,
      options: KEYWORDS.map((x) => ({ label: x, type: 'keyword' }))
        .concat(FUNCTIONS.map((x) => ({ label: x, type: 'function', apply: x + '(' })))
        .concat(s.labels.map((x) => ({ label: x, type: 'class', detail: 'label' }))),
      validFor: /^\w*$/,
    };
  };
}

const THEME = EditorView.theme({
  '&': { border: '1px solid #8a939c', borderRadius: '4px', background: '#fff', fontSize: '13px', maxHeight: '16em' },
  '&.cm-focused': { outline: '2px solid #1f5fbf', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', minHeight: '6.5em', overflow: 'auto' },
  '.cm-tooltip-autocomplete': { fontSize: '13px' },
});

/**
 * Replaces the textarea by an editor (the textarea stays in the form, hidden, and follows the text). Returns
 * {view, get, set, markError, clearError, focus}.
 */
export function createEditor(textarea, { onRun, getSchema, history }) {
  const sync = EditorView.updateListener.of((u) => { if (u.docChanged) textarea.value = u.state.doc.toString(); });
  const run = () => { onRun(); return true; };
  const onFirstLine = (v) => v.state.doc.lineAt(v.state.selection.main.head).number === 1;
  const onLastLine = (v) => v.state.doc.lineAt(v.state.selection.main.head).number === v.state.doc.lines;
  const recall = (v, text) => {
    if (text === null) return false;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: { anchor: text.length } });
    return true;
  };
  const keys = [
    { key: 'Mod-Enter', run },
    { key: 'ArrowUp', run: (v) => onFirstLine(v) && recall(v, history.back(v.state.doc.toString())) },
    { key: 'ArrowDown', run: (v) => onLastLine(v) && recall(v, history.forward()) },
  ];
  // The editor lives in a shadow root: there CodeMirror's styles go into a constructed style sheet, which the page's
  // CSP (no inline styles) allows, where in the document itself they would be an inline <style> element.
  const host = document.createElement('div');
  host.id = 'console-editor-host';
  host.className = 'console-editor-host';
  textarea.after(host);
  const root = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(), drawSelection(), highlightActiveLine(), undoHistory(), bracketMatching(), closeBrackets(),
        StreamLanguage.define(cypher), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [completionSource(getSchema)], activateOnTyping: true }),
        lintGutter(),
        Prec.high(keymap.of(keys)),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
        placeholder('MATCH (n) RETURN n LIMIT 25'),
        EditorView.lineWrapping,
        THEME,
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query (read-only; Ctrl+Enter runs, ↑/↓ recall earlier queries)', id: 'console-editor' }),
        sync,
      ],
    }),
  });
  textarea.hidden = true;
  const label = document.querySelector('label[for="' + textarea.id + '"]');
  if (label) label.addEventListener('click', () => view.focus());
  return {
    view,
    get: () => view.state.doc.toString(),
    set: (text) => recall(view, text),
    focus: () => view.focus(),
    complete: () => startCompletion(view),
    /** Marks from..to (document offsets) as the error, with the message on hover and in the gutter. */
    markError(from, to, message) {
      const len = view.state.doc.length;
      const a = Math.max(0, Math.min(from, len));
      const b = Math.max(a, Math.min(to, len));
      view.dispatch(setDiagnostics(view.state, [{ from: a, to: b, severity: 'error', message }]));
      view.dispatch({ selection: { anchor: a }, scrollIntoView: true });
    },
    clearError() { view.dispatch(setDiagnostics(view.state, [])); },
  };
}
