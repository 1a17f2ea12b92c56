/**
 * The rule file format. A rule is data (rules/<category>/<name>.yaml, id = path without extension); this module
 * checks it loudly and says how to fix what is wrong, in the spirit of retext-equality's generator.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS } from './types';

const sentenceList = (what: string) =>
  z.array(
    z.string(`${what}: each entry must be a sentence; quote it if it contains ": " or starts with a special character`)
      .trim()
      .min(1, `${what} must not be empty strings`),
    `${what} must be a list of sentences`,
  );

const pattern = z.string().trim().min(1, 'a pattern must not be empty');

const MESSAGE_HELP = 'message: say in a sentence what was found (10+ characters)';
const WHY_HELP = 'why: one line on why it costs the sale, grounded in the seed articles (20+ characters)';

const base = {
  category: z.enum(CATEGORIES, `category must be one of ${CATEGORIES.join(', ')}`),
  level: z.enum(LEVELS, `level must be one of ${LEVELS.join(', ')}`),
  /** Shown only at the "strict" sensitivity. */
  strict: z.boolean().optional().default(false),
  message: z.string(MESSAGE_HELP).trim().min(10, MESSAGE_HELP),
  why: z
    .string(WHY_HELP)
    .trim()
    .min(20, WHY_HELP)
    .refine((s) => !s.includes('\n'), 'why: keep it to one line'),
  /** The sentence is left alone when any of these matches it. */
  exceptions: z.array(pattern).optional().default([]),
  /** The sentence is considered only when at least one of these matches it. */
  requires: z.array(pattern).optional().default([]),
  rewrites: z
    .array(z.string().trim().min(1, 'a rewrite must not be empty'), 'rewrites: a list of one to three replacements')
    .min(1, 'rewrites: give at least one value-focused replacement for the flagged words')
    .max(3, 'rewrites: at most three (the tooltip shows three)'),
  examples: z.object(
    {
      flag: sentenceList('examples.flag').min(2, 'examples.flag: give at least two sentences the rule must flag'),
      allow: sentenceList('examples.allow').min(2, 'examples.allow: give at least two sentences it must allow, a tricky near-miss among them'),
    },
    'examples: needs `flag:` and `allow:` lists',
  ),
};

/** `match`: each pattern is a compromise match; a finding spans the matched words. */
const matchRule = z.strictObject({
  ...base,
  type: z.literal('match').optional().default('match'),
  patterns: z.array(pattern, 'patterns: a list of compromise match patterns').min(1, 'patterns: give at least one pattern'),
});

/** `stack`: `min` or more words carrying `tag` in one sentence (stacked hedges); the finding spans first to last. */
const stackRule = z.strictObject({
  ...base,
  type: z.literal('stack'),
  tag: z.string().regex(/^[A-Z][A-Za-z]+$/, 'tag: a tag name without #, e.g. Hedge'),
  min: z.number().int().min(2, 'min: a stack needs at least 2'),
});

/** `list`: a pattern followed, in the same sentence, by a comma list of at least `min` items (feature dumps). */
const listRule = z.strictObject({
  ...base,
  type: z.literal('list'),
  patterns: z.array(pattern).min(1, 'patterns: give at least one anchor pattern'),
  min: z.number().int().min(3, 'min: a list needs at least 3 items'),
});

export const ruleFileSchema = z.discriminatedUnion('type', [matchRule, stackRule, listRule], {
  error: 'type must be match (the default), stack or list',
});

/** zod's discriminated union needs the key present; `match` is the default. */
export function withDefaultType(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('type' in raw)) return { ...raw, type: 'match' };
  return raw;
}

export type RuleFile = z.infer<typeof ruleFileSchema>;
export type Rule = RuleFile & { id: string };
