/**
 * The lexical gate. Tagging is the expensive step (about 25 µs a word), and most sentences of an ordinary email
 * cannot match any rule. From each pattern we derive a necessary condition on the words of a sentence; only a
 * sentence that meets some pattern's condition is tagged at all.
 */
import { DOMAIN_LEXICON, type DomainTag } from './lexicon';
import { words } from './text';

/** A pattern's condition: every slot must see at least one of its words. An empty list means no condition. */
export type Gate = ReadonlyArray<ReadonlySet<string>>;

const domainWords = (tag: string): Set<string> | null => {
  const entries = (DOMAIN_LEXICON as Record<string, readonly string[]>)[tag];
  if (!entries) return null;
  // An entry may be several words; its first word is always present when it matches.
  return new Set(entries.map((e) => words(e)[0]!).filter(Boolean));
};

/** Splits a compromise pattern into top-level tokens; capture brackets and names are dropped, parentheses kept. */
export function patternTokens(pattern: string): string[] {
  const cleaned = pattern.replace(/\[<[a-z0-9_]+>/gi, ' ').replace(/[[\]]/g, ' ');
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of cleaned) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** The words one element requires, or null when it constrains nothing (a generic tag, a wildcard, a root). */
function elementWords(element: string): Set<string> | null {
  const e = element.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
  if (!e || e === '.' || e.startsWith('!') || e.startsWith('@') || e.startsWith('{') || e.startsWith('/') || e.startsWith('~')) return null;
  if (e.startsWith('#')) return domainWords(e.slice(1));
  const ws = words(e);
  return ws.length ? new Set([ws[0]!]) : null;
}

function isOptional(token: string): boolean {
  const bare = token.replace(/^\^|\$$/g, '');
  return /[?*]$|\{0,\d*\}$/.test(bare) || bare.startsWith('!');
}

/** The gate of one pattern. */
export function gateOf(pattern: string): Gate {
  const slots: Set<string>[] = [];
  for (const token of patternTokens(pattern)) {
    if (isOptional(token)) continue;
    const bare = token.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
    if (bare.startsWith('(') && bare.endsWith(')')) {
      const union = new Set<string>();
      let constrained = true;
      for (const alternative of bare.slice(1, -1).split('|')) {
        const chosen = alternative.trim().split(/\s+/).map(elementWords).find((s) => s !== null);
        if (!chosen) {
          constrained = false;
          break;
        }
        for (const w of chosen) union.add(w);
      }
      if (constrained && union.size) slots.push(union);
    } else {
      const ws = elementWords(bare);
      if (ws) slots.push(ws);
    }
  }
  return slots;
}

export function gateOfTag(tag: DomainTag | string): Gate {
  const ws = domainWords(tag);
  return ws ? [ws] : [];
}

export function passes(gate: Gate, tokens: ReadonlySet<string>): boolean {
  for (const slot of gate) {
    let hit = false;
    for (const w of slot) if (tokens.has(w)) { hit = true; break; }
    if (!hit) return false;
  }
  return true;
}
