/**
 * A reply saved as text: the rep's draft on top (or between quotes), the thread quoted under it. splitReply finds the
 * first quoted message, the prospect's last one, and returns it apart, while the draft keeps every character in place
 * (the quote is blanked to spaces, line breaks kept) so a finding's offset is still its position in the file.
 *
 * What counts as the quote, in the shapes plain-text mail uses:
 * - `>`-quoted lines (Gmail, Apple Mail, Thunderbird). The prospect's message is the first block's depth-1 lines; a
 *   `>>` line, a quoted "On … wrote:" or "From: … Sent:" header, or a "-- " signature line ends it (older history).
 * - an "On <date>, <name> <address> wrote:" line (on one line or wrapped onto two) above the quote; if the lines after
 *   it are not `>`-quoted, they are the message, up to the next such header.
 * - an Outlook header, "From: …" then "Sent: …" or "Date: …" (with To/Cc/Subject lines, and an optional
 *   "-----Original Message-----" or underscore rule above it): Outlook does not quote with `>`, so the message is what
 *   follows the header, up to the next header, and everything from the header down is history.
 * Every quoted line and header line is left out of the draft; lines the rep wrote after a quote (a reply written
 * under or between quotes) stay in it.
 */

export interface SplitReply {
  /** The input with the quote blanked to spaces: same length, same line breaks. */
  draft: string;
  /** The prospect's last message (the first quoted one), '' when the text quotes nothing. */
  prospect: string;
}

interface Line {
  start: number;
  /** The line without its line break (and without a trailing "\r"). */
  text: string;
}

const QUOTED = /^[ \t]*>/;
const ATTRIBUTION = /^\s*On\s.{4,300}\swrote:\s*$/;
/** The first half of an attribution wrapped by a plain-text mailer at ~76 columns: "On <date>, <name> <addr>". */
const ATTRIBUTION_HEAD = /^\s*On\s.*(?:\d|@)/;
const ATTRIBUTION_TAIL = /^\s*\S.{0,120}\swrote:\s*$|^\s*wrote:\s*$/;
const OUTLOOK_FROM = /^\s*\*?From:\*?\s+\S/i;
const OUTLOOK_SENT = /^\s*\*?(?:Sent|Date):\*?\s+\S/i;
const OUTLOOK_FIELD = /^\s*\*?(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance):\*?(?:\s|$)/i;
const SEPARATOR = /^\s*(?:-{3,}\s*Original Message\s*-{3,}|_{10,})\s*$/i;
const SIGNATURE = /^--\s?$/;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    start += raw.length + 1;
  }
  return lines;
}

/** How many `>` a line is quoted with ("> > x" and ">> x" are both 2). */
function depth(line: string): number {
  const m = /^[ \t]*((?:>[ \t]?)+)/.exec(line);
  return m ? (m[1]!.match(/>/g) ?? []).length : 0;
}

/** The line without its first level of quoting: "> Thanks" is "Thanks", ">> x" is "> x". */
function unquoteOnce(line: string): string {
  return line.replace(/^[ \t]*>[ \t]?/, '');
}

/** Lines an attribution spans at `i` (1 or 2), or 0. */
function attributionAt(texts: readonly string[], i: number): number {
  const line = texts[i]!;
  // A date or an address in it: "On the call you wrote:" is the rep's own sentence, not a mailer's header.
  if (ATTRIBUTION.test(line) && /\d|@/.test(line)) return 1;
  const next = texts[i + 1];
  if (next !== undefined && ATTRIBUTION_HEAD.test(line) && !/wrote:/.test(line) && ATTRIBUTION_TAIL.test(next)) return 2;
  return 0;
}

/** Lines an Outlook header spans at `i` (its separator rule and every field line), or 0. */
function outlookHeaderAt(texts: readonly string[], i: number): number {
  let k = i;
  if (SEPARATOR.test(texts[k]!)) {
    k += 1;
    while (k < texts.length && texts[k]!.trim() === '') k += 1;
  }
  if (k >= texts.length || !OUTLOOK_FROM.test(texts[k]!)) return 0;
  // "Sent:" or "Date:" within the next two lines: a From line alone is just a sentence in a template.
  if (!texts.slice(k + 1, k + 3).some((l) => OUTLOOK_SENT.test(l))) return 0;
  while (k < texts.length && OUTLOOK_FIELD.test(texts[k]!)) k += 1;
  return k - i;
}

/** A header that starts an older message inside the prospect's (unquoted text or one level of quoting removed). */
function startsOlder(texts: readonly string[], i: number): boolean {
  return attributionAt(texts, i) > 0 || outlookHeaderAt(texts, i) > 0 || SEPARATOR.test(texts[i]!) || SIGNATURE.test(texts[i]!);
}

function tidy(lines: readonly string[]): string {
  const out = lines.map((l) => l.replace(/\s+$/, ''));
  let a = 0;
  let b = out.length;
  while (a < b && out[a] === '') a += 1;
  while (b > a && out[b - 1] === '') b -= 1;
  return out.slice(a, b).join('\n');
}

export function splitReply(text: string): SplitReply {
  const lines = linesOf(text);
  const texts = lines.map((l) => l.text);
  /** Each line with one level of quoting removed ('' for a line not quoted): where a quoted older header is found. */
  const inner = texts.map((t) => (QUOTED.test(t) ? unquoteOnce(t) : ''));
  const blanked = new Set<number>();
  let prospect: string[] | null = null;

  for (let i = 0; i < lines.length && prospect === null; i += 1) {
    const line = texts[i]!;
    const attribution = QUOTED.test(line) ? 0 : attributionAt(texts, i);
    const outlook = QUOTED.test(line) || attribution ? 0 : outlookHeaderAt(texts, i);
    if (!QUOTED.test(line) && !attribution && !outlook) continue;

    let j = i + (attribution || outlook);
    for (let k = i; k < j; k += 1) blanked.add(k);
    let first = j;
    while (first < lines.length && texts[first]!.trim() === '') first += 1;

    if (first < lines.length && QUOTED.test(texts[first]!)) {
      // The first quoted block: its depth-1 lines, up to older history or a signature.
      const block: string[] = [];
      let open = true;
      for (let k = first; k < lines.length; k += 1) {
        if (!QUOTED.test(texts[k]!)) {
          // A blank line inside the block is part of it only if the quote goes on after it.
          if (texts[k]!.trim() === '' && k + 1 < lines.length && QUOTED.test(texts[k + 1]!)) continue;
          break;
        }
        if (depth(texts[k]!) >= 2) open = false;
        if (open && startsOlder(inner, k)) open = false;
        if (open) block.push(unquoteOnce(texts[k]!));
      }
      prospect = block;
    } else {
      // Not quoted with `>` (Outlook, or an unquoting mailer): the message runs to the next header, and everything
      // from this header down is history.
      const message: string[] = [];
      for (let k = j; k < lines.length && !startsOlder(texts, k) && !QUOTED.test(texts[k]!); k += 1) message.push(texts[k]!);
      prospect = message;
      for (let k = i; k < lines.length; k += 1) blanked.add(k);
    }
  }
  if (prospect === null) return { draft: text, prospect: '' };

  // Every quoted line and attribution is out of the draft, wherever it sits; the rep's own lines between stay.
  for (let k = 0; k < lines.length; k += 1) {
    if (QUOTED.test(texts[k]!)) blanked.add(k);
    const n = QUOTED.test(texts[k]!) ? 0 : attributionAt(texts, k);
    for (let m = 0; m < n; m += 1) blanked.add(k + m);
  }
  let draft = '';
  lines.forEach((line, k) => {
    const raw = text.slice(line.start, k + 1 < lines.length ? lines[k + 1]!.start - 1 : text.length);
    draft += (blanked.has(k) ? raw.replace(/[^\n]/g, ' ') : raw) + (k + 1 < lines.length ? '\n' : '');
  });
  return { draft, prospect: tidy(prospect) };
}
