/**
 * Performs one edit on the draft (for Apply: a rewrite over the clause or sentence a finding lives in, or its removal,
 * as page-coach computes it) through the editor's own input path: select the range, then insert text as typing
 * would (execCommand('insertText') fires beforeinput/input, which Gmail and Outlook listen to, and is one undo
 * step, so Ctrl+Z restores the draft). A placeholder in the rewrite is left selected for the rep to type over.
 */
import type { Draft } from '../editors/types';

export type ApplyResult = 'applied' | 'stale' | 'unavailable';

export interface SpanEdit {
  start: number;
  end: number;
  /** The words the analysis saw there; if the draft now says something else, Apply refuses. */
  expected: string;
  replacement: string;
}

export function applyEdit(draft: Draft, edit: SpanEdit): ApplyResult {
  const doc = draft.body.ownerDocument;
  const before = draft.extract();
  if (before.text.slice(edit.start, edit.end) !== edit.expected) return 'stale';
  const range = before.rangeFor(edit.start, edit.end);
  const selection = doc.getSelection();
  if (!range || !selection) return 'unavailable';
  draft.body.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // execCommand is deprecated but remains the only way to insert text through the browser's editing pipeline with
  // native undo; replacing DOM nodes ourselves would bypass the client's model and break Ctrl+Z.
  const inserted = doc.execCommand('insertText', false, edit.replacement);
  if (!inserted) return 'unavailable';
  selectPlaceholder(draft, edit.start, edit.replacement);
  return 'applied';
}

/** The first `[...]` of the replacement, selected, so the rep types the specific over it. */
function selectPlaceholder(draft: Draft, start: number, replacement: string): void {
  const match = /\[[^\]\n]+\]/.exec(replacement);
  if (!match) return;
  const after = draft.extract();
  const from = start + match.index;
  if (after.text.slice(from, from + match[0].length) !== match[0]) return;
  const range = after.rangeFor(from, from + match[0].length);
  const selection = draft.body.ownerDocument.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
