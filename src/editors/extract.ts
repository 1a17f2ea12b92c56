/**
 * Draft text extraction with an offset map back to the DOM, shared by every mail client.
 *
 * The normalisation is the one stated by the fixtures README (../shared/fixtures/README.md, "Extraction rules") and
 * by tests/fixtures/expected.json's `normalization`: block elements start and end a line, consecutive boundaries add
 * no empty line, `<br>` ends a line, a block holding only `<br>` is one empty line; U+00A0 becomes a space;
 * U+200B-U+200D, U+FEFF and `<wbr>` are removed; leading and trailing empty lines are dropped; lines are joined with
 * "\n". It is close to Chrome's `innerText`, but computed by walking the DOM because jsdom has no `innerText` and
 * because the walk is what gives the offset map.
 *
 * What is draft and what is not (quote, signature) is the client's business: it passes an `excluded` predicate
 * (Gmail's quote and signature subtrees) or an `end` child (Outlook's first signature or history child).
 */

import type { Extraction } from './types';

export interface ExtractOptions {
  /** True for an element whose whole subtree is not part of the draft. Never asked about the root itself. */
  excluded?: (el: Element) => boolean;
  /** A child of the root where the draft ends: it and every later sibling (text nodes too) are left out. */
  end?: Node | null;
  /**
   * A node under the root where reading starts: it, its subtree and everything before it in document order are left
   * out (a quoted message begins after its "From: … Sent: …" header). Read-only use: no offset map is promised there.
   */
  after?: Node | null;
  /** A node under the root where reading stops: it and everything after it in document order are left out (older history). */
  before?: Node | null;
}

/**
 * Elements that start and end a line. The README lists div p li ul ol blockquote table tr hr h1-h6 pre; the rest are
 * the other elements a browser displays as blocks by default, which pasted HTML can bring into a draft. `td`/`th`
 * are lines of their own too, so that words in neighbouring cells do not fuse into one ("PriceTotal").
 */
const BLOCKS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'TR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE',
  'ADDRESS', 'ARTICLE', 'ASIDE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'HEADER', 'HGROUP', 'LEGEND', 'MAIN', 'MENU', 'NAV', 'SECTION', 'SUMMARY', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD',
]);

/** Elements whose content is never shown as text (pasted HTML can carry a `<style>`). Treated like excluded ones. */
const UNRENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'TEXTAREA']);

/** Characters the README says to drop: zero-width space, non-joiner, joiner, and the BOM / zero-width no-break space. */
const REMOVED = /[\u200B\u200C\u200D\uFEFF]/;
const SPECIAL = /[\u00A0\u200B\u200C\u200D\uFEFF]/;

/**
 * A text node made only of source-formatting whitespace with a line break in it ("\n    " between two tags of pasted
 * HTML). A browser collapses it (to nothing between blocks, to one space between words); typing never produces one,
 * because editors insert `&nbsp;` to keep doubled spaces. None occurs inside the fixtures' drafts, so this is the one
 * place the walker goes beyond the README's rules.
 */
const FORMATTING_WHITESPACE = /^[ \t\r\n]*[\r\n][ \t\r\n]*$/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

interface Segment {
  node: Text;
  /** The node's data when extracted; a different value means the DOM changed and the map is stale for this node. */
  data: string;
  /** Offset in the final text of the segment's first unit. */
  start: number;
  /** UTF-16 units this node contributed to the text (after NBSP and zero-width normalisation). */
  length: number;
  /** DOM offset of each contributed unit, when some units were removed; null when unit i is DOM offset i. */
  domOffsets: number[] | null;
}

/** Extracts the text of `root` (an element, or a fragment such as `range.cloneContents()`) with its offset map. */
export function extract(root: Node, options: ExtractOptions = {}): Extraction {
  const excludedFn = options.excluded;
  const excludedEls = new Set<Node>();
  const segments: Segment[] = [];
  const segmentOf = new Map<Node, Segment>();
  // Offsets (before the leading-empty-line trim) at each node's start and at each element's content end, so that a
  // caret between nodes (element, childIndex) maps to a text offset.
  const posBefore = new Map<Node, number>();
  const posEnd = new Map<Node, number>();

  const lines: string[] = [];
  let cur = '';
  let curStarted = false;
  let lineStart = 0;

  const endLine = (): void => {
    lines.push(cur);
    lineStart += cur.length + 1;
    cur = '';
    curStarted = false;
  };
  /** A block boundary: ends the current line if anything is on it, else adds nothing (boundaries collapse). */
  const boundary = (): void => {
    if (curStarted) endLine();
  };
  const here = (): number => lineStart + cur.length;

  // Iterative walk: pasted documents can nest deeper than the call stack allows.
  type Step = { node: Node; exit: boolean };
  const stack: Step[] = [];
  const pushChildren = (parent: Node): void => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  };
  if (options.end != null && options.end.parentNode === root) {
    for (let child: Node | null = options.end; child !== null; child = child.nextSibling) excludedEls.add(child);
    for (let child = options.end.previousSibling; child; child = child.previousSibling) {
      stack.push({ node: child, exit: false });
    }
  } else {
    pushChildren(root);
  }

  const after = options.after ?? null;
  const before = options.before ?? null;
  let started = after === null;

  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (!exit && node === before) break;
    if (!exit && !started) {
      if (node === after) {
        started = true;
        continue;
      }
      // Before the start: only an ancestor of it is entered, to reach it; anything else is skipped whole.
      if (!node.contains(after)) continue;
    }
    if (exit) {
      posEnd.set(node, here());
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) boundary();
      continue;
    }
    posBefore.set(node, here());

    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const textNode = node as Text;
      const raw = textNode.data;
      if (raw === '') continue;
      let normalised = normalise(raw);
      if (FORMATTING_WHITESPACE.test(raw) && !insidePre(textNode)) {
        // Collapsed the way a browser shows it: nothing at the start of a line, one space between inline content.
        if (!curStarted) continue;
        normalised = { text: ' ', domOffsets: [0] };
      }
      const { text, domOffsets } = normalised;
      const segment: Segment = { node: textNode, data: raw, start: here(), length: text.length, domOffsets };
      segments.push(segment);
      segmentOf.set(textNode, segment);
      cur += text;
      // Even a node left empty by normalisation (a lone ZWSP) makes its line visible, like `<div><br></div>`.
      curStarted = true;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions

    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (UNRENDERED.has(tag) || (excludedFn !== undefined && excludedFn(el))) {
      excludedEls.add(el);
      continue;
    }
    if (tag === 'BR') {
      endLine();
      continue;
    }
    if (tag === 'WBR') continue;
    if (BLOCKS.has(tag)) boundary();
    stack.push({ node: el, exit: true });
    pushChildren(el);
  }
  posEnd.set(root, here());
  if (curStarted) lines.push(cur);

  // Edges: drop leading and trailing empty lines. Each leading empty line was one "\n" before everything else.
  let lead = 0;
  while (lead < lines.length && lines[lead] === '') lead += 1;
  let tail = lines.length;
  while (tail > lead && lines[tail - 1] === '') tail -= 1;
  const text = lines.slice(lead, tail).join('\n');
  for (const segment of segments) segment.start -= lead;
  const final = (pre: number): number => Math.min(Math.max(pre - lead, 0), text.length);

  const doc = root.ownerDocument ?? (root as Document);

  const fresh = (segment: Segment): boolean => segment.node.data === segment.data && isInside(root, segment.node);
  const domOffset = (segment: Segment, unit: number): number =>
    segment.domOffsets === null ? unit : (segment.domOffsets[unit] ?? segment.data.length);

  /** Index of the first non-empty segment holding a unit at or after `pos`. */
  const firstFrom = (pos: number): number => {
    let i = lowerBound(segments.length, (k) => segments[k]!.start + segments[k]!.length > pos);
    while (i < segments.length && segments[i]!.length === 0) i += 1;
    return i < segments.length ? i : -1;
  };
  /** Index of the last non-empty segment holding a unit before `pos`. */
  const lastBefore = (pos: number): number => {
    let i = lowerBound(segments.length, (k) => segments[k]!.start >= pos) - 1;
    while (i >= 0 && segments[i]!.length === 0) i -= 1;
    return i;
  };

  return {
    text,

    rangeFor(start: number, end: number): Range | null {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
        return null;
      }
      let startNode: Text;
      let startOffset: number;
      let endNode: Text;
      let endOffset: number;
      if (start === end) {
        // A caret: inside or at the edge of the segment that holds the position.
        const i = lowerBound(segments.length, (k) => segments[k]!.start + segments[k]!.length >= start);
        const segment = segments[i];
        if (segment === undefined || segment.start > start || !fresh(segment)) return null;
        startNode = endNode = segment.node;
        startOffset = endOffset = domOffset(segment, start - segment.start);
      } else {
        const i = firstFrom(start);
        const j = lastBefore(end);
        if (i < 0 || j < 0 || i > j) return null; // nothing but line breaks in the span
        const first = segments[i]!;
        const last = segments[j]!;
        if (first.start >= end || last.start + last.length <= start) return null;
        if (!fresh(first) || !fresh(last)) return null;
        startNode = first.node;
        startOffset = domOffset(first, Math.max(start, first.start) - first.start);
        endNode = last.node;
        endOffset = domOffset(last, Math.min(end, last.start + last.length) - 1 - last.start) + 1;
      }
      const range = doc.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      return range;
    },

    offsetOf(node: Node, offsetInNode: number): number | null {
      if (!Number.isInteger(offsetInNode) || offsetInNode < 0 || !isInside(root, node)) return null;
      for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
        if (excludedEls.has(n)) return null;
      }
      const segment = segmentOf.get(node);
      if (segment !== undefined) {
        if (segment.node.data !== segment.data) return null;
        const units = segment.domOffsets === null
          ? Math.min(offsetInNode, segment.length)
          : lowerBound(segment.domOffsets.length, (k) => segment.domOffsets![k]! >= offsetInNode);
        return segment.start + units;
      }
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        const pre = posBefore.get(node);
        return pre === undefined ? null : final(pre);
      }
      const children = node.childNodes;
      const pre = offsetInNode < children.length ? posBefore.get(children[offsetInNode]!) : posEnd.get(node);
      return pre === undefined ? null : final(pre);
    },
  };
}

/** NBSP to space, zero-width characters out; `domOffsets` maps each kept unit back when anything was removed. */
function normalise(raw: string): { text: string; domOffsets: number[] | null } {
  if (!SPECIAL.test(raw)) return { text: raw, domOffsets: null };
  if (!REMOVED.test(raw)) return { text: raw.replace(/\u00A0/g, ' '), domOffsets: null };
  let text = '';
  const domOffsets: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i]!;
    if (REMOVED.test(ch)) continue;
    text += ch === '\u00A0' ? ' ' : ch;
    domOffsets.push(i);
  }
  return { text, domOffsets };
}

function insidePre(node: Text): boolean {
  return node.parentElement?.closest('pre, textarea') != null;
}

function isInside(root: Node, node: Node): boolean {
  return node === root || root.contains(node);
}

/** The smallest index in [0, n) for which `test` holds (n if none); `test` must be false then true over the range. */
function lowerBound(n: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
