import { patternTokens } from './gate';

/**
 * What compromise's match syntax does not say out loud. Patterns are data written by people; these functions
 * catch the traps at build time and repair the one that can be repaired mechanically.
 */

/**
 * compromise accepts these without complaint and then silently matches nothing, or not what the author meant.
 * Each was found the hard way while writing the first rules.
 */
export function patternSyntaxProblems(pattern: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let nested = false;
  for (const c of pattern) {
    if (c === '(') nested ||= ++depth > 1;
    if (c === ')') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) problems.push('has unbalanced parentheses');
  if (nested) problems.push('nests a group inside a group, which compromise silently never matches; split it into separate patterns');
  const contraction = pattern.match(/\b[a-z]+(n't|'ll|'re|'ve|'m|'d)\b|\b(it|that|there|here|what|who|he|she|let)'s\b/i);
  if (contraction) problems.push(`writes the contraction "${contraction[0]}"; compromise matches contractions by their expansion, so write "will not", "i am", "it is" (they match "won't", "I'm", "it's" too)`);
  const tokens = patternTokens(pattern);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const wildcard = /^\.(\{\d*,?\d*\}|[?*+])$/.test(tokens[i]!);
    const group = tokens[i + 1]!.match(/^\((.*)\)[?*+]?$/);
    if (wildcard && group && group[1]!.split('|').some((a) => a.trim().includes(' ') || a.includes('#'))) {
      problems.push(`follows the wildcard "${tokens[i]}" with the group "${tokens[i + 1]}", which holds a tag or a several-word alternative; compromise then never matches, so put a tag bare after the wildcard or split the group into separate patterns`);
    }
  }
  if (/#[^A-Za-z]/.test(pattern)) problems.push('has "#" before something that is not a tag name (such as "#1"), which compromise reads as a tag and never matches; write the words ("number one")');
  const hyphen = pattern.match(/[a-z]-[a-z]/i);
  if (hyphen) problems.push(`has the hyphenated word "${hyphen[0]}…"; compromise splits hyphenated words into two terms, so write them with a space`);
  return problems;
}

/**
 * compromise takes the first alternative of a group that fits and never tries another, so "(this|this deal) is"
 * fails on "this deal is". Putting longer alternatives first makes every alternative reachable.
 */
const reordered = new Map<string, string>();

export function longestAlternativesFirst(pattern: string): string {
  let out = reordered.get(pattern);
  if (out === undefined) {
    out = pattern.replace(/\(([^()]*)\)/g, (_group, inner: string) => {
      const alternatives = inner.split('|');
      const words = (a: string) => a.trim().split(/\s+/).length;
      return `(${[...alternatives].sort((a, b) => words(b) - words(a) || b.length - a.length).join('|')})`;
    });
    reordered.set(pattern, out);
  }
  return out;
}

