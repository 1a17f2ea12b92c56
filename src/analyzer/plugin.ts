/**
 * A compromise plugin that adds Poise's domain tags after compromise's own tagger has run. Tags are added, never
 * replaced: "sorry" stays an Adjective and also becomes an Apology, so rules can mix grammar and domain meaning.
 *
 * It looks words up in a map rather than sweeping a match net: a net of every lexicon entry cost about 2 ms a
 * sentence, the lookup a few microseconds. Multi-word entries are matched only when their rarest word is present.
 */
import type nlpType from 'compromise/two';
import { DOMAIN_LEXICON, DOMAIN_TAGS } from './lexicon';

type Nlp = typeof nlpType;
interface Term { normal?: string; machine?: string; implicit?: string; tags: Set<string> }
interface View {
  docs: Term[][];
  match(pattern: string): { tag(tag: string, reason?: string): unknown };
}

export function poisePlugin(nlp: Nlp) {
  const single = new Map<string, string[]>();
  // `parsed`: the entry as a match statement, parsed on first use (compromise parses a string at every match call).
  const multi: { entry: string; tag: string; trigger: string; parsed?: unknown }[] = [];
  for (const tag of DOMAIN_TAGS) {
    for (const written of DOMAIN_LEXICON[tag] as readonly string[]) {
      // compromise splits hyphenated words into two terms: "best-in-class" is matched as "best in class".
      const entry = written.toLowerCase().replace(/-/g, ' ');
      const parts = entry.split(/\s+/);
      if (parts.length === 1 && /^[a-z0-9']+$/.test(entry)) single.set(entry, [...(single.get(entry) ?? []), tag]);
      else multi.push({ entry, tag, trigger: parts.filter((p) => /^[a-z']+$/.test(p)).sort((a, b) => b.length - a.length)[0] ?? parts[0]! });
    }
  }
  return {
    // Top-level tags with no parents and no conflicts: adding one never removes a part-of-speech tag.
    tags: Object.fromEntries(DOMAIN_TAGS.map((t) => [t, {}])),
    compute: {
      poiseTags: (view: View) => {
        const present = new Set<string>();
        for (const terms of view.docs) {
          for (const term of terms) {
            for (const form of [term.normal, term.machine, term.implicit]) {
              if (!form) continue;
              present.add(form);
              for (const tag of single.get(form) ?? []) term.tags.add(tag);
            }
          }
        }
        for (const m of multi) if (present.has(m.trigger)) view.match((m.parsed ??= nlp.parseMatch(m.entry)) as string).tag(m.tag, 'poise');
      },
    },
    hooks: ['poiseTags'],
  };
}
