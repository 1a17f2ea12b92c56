/**
 * The unit a rewrite replaces: clause boundaries, the span's end, the clause or sentence around it. Pure.
 */


export type ReplaceScope = 'clause' | 'sentence';

export interface TextRange {
  start: number;
  end: number;
}

/** One edit on the original text: replace [start, end) with `replacement`; an editor performs it with one insertText. */
export interface RewriteEdit {
  start: number;
  end: number;
  replacement: string;
}

export const FINAL_RE = /[.!?…]+$/;

export const LEADING_LINK_RE = /^(?:but|and|so|yet)\s+/i;

/** Clause boundaries of a sentence, in order: each covers the punctuation and the spaces around it. */
export function clauseBoundaries(sentence: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /\s*[,;]\s*|\s*:(?=\s)\s*|\s+[—–-]\s+|\s*—\s*/g;
  for (const m of sentence.matchAll(re)) {
    const at = m.index;
    const core = m[0].trim();
    if (core === ',' && m[0] === ',' && /\d/.test(sentence[at - 1] ?? '') && /\d/.test(sentence[at + 1] ?? '')) continue;
    out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

export function trimmedBounds(sentence: string): TextRange {
  let start = 0;
  let end = sentence.length;
  while (start < end && /\s/.test(sentence[start]!)) start++;
  while (end > start && /\s/.test(sentence[end - 1]!)) end--;
  return { start, end };
}

/**
 * A span must not end inside a capitalised name ("Logistics Weekly", "Corbin Freight Lines"): when its last word is
 * capitalised and capitalised words follow it (separated by single spaces), the span grows to the end of that run.
 */
export function extendNameRun(sentence: string, spanEnd: number): number {
  const last = /[\p{L}\p{N}'’&-]+$/u.exec(sentence.slice(0, spanEnd));
  if (!last || !/^\p{Lu}/u.test(last[0]) || last[0] === 'I') return spanEnd;
  let end = spanEnd;
  for (;;) {
    const next = /^ (\p{Lu}[\p{L}\p{N}'’&-]*)/u.exec(sentence.slice(end));
    if (!next || next[1] === 'I') return end;
    end += next[0].length;
  }
}

/**
 * Where a finding's span ends: never on a dangling link (", but", ", and", ", not" or a bare boundary, which a
 * pattern may take in after the offending words) and never inside a capitalised name run (extendNameRun).
 */
export function findingSpanEnd(sentence: string, spanStart: number, spanEnd: number): number {
  const dangling = /\s*(?:[,;:—–]|\s-)\s*(?:(?:but|and|or|so|yet|not)\b)?$/i.exec(sentence.slice(spanStart, spanEnd));
  const end = dangling && dangling.index > 0 ? spanStart + dangling.index : spanEnd;
  return extendNameRun(sentence, end);
}

/** The unit a rewrite replaces, relative to the sentence; it always contains [spanStart, spanEnd). */
export function replaceUnit(sentence: string, spanStart: number, spanEnd: number, scope: ReplaceScope): TextRange {
  const bounds = trimmedBounds(sentence);
  if (scope === 'sentence') return { start: Math.min(bounds.start, spanStart), end: Math.max(bounds.end, spanEnd) };
  const aside = parentheticalAround(sentence, spanStart, spanEnd);
  if (aside) return aside;
  let { start, end } = bounds;
  for (const b of clauseBoundaries(sentence)) {
    if (b.end <= spanStart) start = Math.max(start, b.end);
    else if (b.start >= spanEnd) {
      end = Math.min(end, b.start);
      break;
    }
  }
  return { start: Math.min(start, spanStart), end: Math.max(end, spanEnd) };
}

/**
 * The bracketed aside holding the span, brackets included ("The system (sorry again for pushing, I know it's a lot)
 * would…"), when it is not the whole sentence: the clause a fault inside it lives in. Cutting at a comma inside it
 * would leave a stray bracket.
 */
function parentheticalAround(sentence: string, spanStart: number, spanEnd: number): TextRange | undefined {
  const open = sentence.lastIndexOf('(', spanStart);
  if (open < 0 || sentence.slice(open + 1, spanStart).includes(')')) return undefined;
  const close = sentence.indexOf(')', Math.max(open + 1, spanEnd - 1));
  if (close < 0 || sentence.slice(open + 1, close).includes('(')) return undefined;
  const bounds = trimmedBounds(sentence);
  if (open <= bounds.start && close + 1 >= bounds.end) return undefined;
  return { start: open, end: close + 1 };
}
