/**
 * The rule file format. A rule is data (rules/<category>/<name>.yaml, id = path without extension); this module
 * checks it loudly and says how to fix what is wrong, in the spirit of retext-equality's generator.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS } from './types';
import { unknownSlots } from './rewrite';
import { DEFAULT_PROTECT, PROTECT_KINDS } from './keep-point';

/** How many `fixes:` each rule must give; every rule shows its rewrites at work on at least this many sentences. */
export const MIN_FIXES = 2;

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
  /** What a rewrite replaces: the clause around the flagged words (default) or the whole sentence. */
  replace: z.enum(['clause', 'sentence'], 'replace: clause (the default) or sentence').optional().default('clause'),
  /**
   * Full replacements for the unit `replace:` names; `""` removes it; `{before}` and `{after}` are the unit's words
   * before and after the flagged ones (see src/analyzer/rewrite.ts). An empty list makes the rule advice only: for a
   * fault whose every rewrite either keeps it or loses the rep's purpose (a favour ask), no Apply is offered.
   */
  rewrites: z
    .array(
      z.string('rewrites: each entry must be a string; quote it').trim().refine((r) => unknownSlots(r).length === 0, {
        error: (issue) => `rewrites: unknown slot ${unknownSlots(String(issue.input)).map((n) => `{${n}}`).join(', ')}; a rewrite may use only {before} (the words of the unit before the flagged ones), {after} (the words after them), {ask} (the sentence's ask, put plainly), {figure} (the amount or percentage the unit names) and {platform} (the review site it names)`,
      }),
      'rewrites: a list of up to three replacements ([] for advice only)',
    )
    .max(3, 'rewrites: at most three (the tooltip shows three)'),
  /**
   * `false`: advice only on the reviewers' record. Reviewers who did not write the rules judged the edits Apply made
   * (fluent, fault fixed, the rep's purpose kept); a rule whose edits, replayed on the current rules, were acceptable
   * in fewer than three of four (at least four judged; `npm run sample:rewrites -- --record`) offers no Apply button:
   * its rewrites give the sentence to adapt by hand instead, and its `fixes:` still show what they would do.
   */
  apply: z.boolean('apply: true (the default) or false (advice only)').optional().default(true),
  /**
   * What a rewrite must keep when the rep wrote it outside the flagged words: figures, dates, names, requests to
   * the prospect (and, if listed, questions). A rewrite that would drop one is not offered. Default: figure, date,
   * name, request; a rule whose fault is one of them (a price cut: the figure) leaves it out.
   */
  protect: z
    .array(z.enum(PROTECT_KINDS, `protect: each entry must be one of ${PROTECT_KINDS.join(', ')}`), `protect: a list of ${PROTECT_KINDS.join(', ')}`)
    .optional()
    .default([...DEFAULT_PROTECT]),
  /** Worked examples, Harper style: a sentence and, per rewrite, the exact sentence after applying it. */
  fixes: z
    .array(
      z.strictObject(
        {
          text: z.string('fixes: each entry needs `text:`, a sentence the rule flags').trim().min(1, 'fixes: `text:` must not be empty'),
          results: z.array(
            z.string('fixes: each result must be a string (quote it), or null where that rewrite is not offered for this text').nullable(),
            'fixes: each entry needs `results:`, a list with the sentence after each rewrite (null: not offered here)',
          ),
        },
        'fixes: each entry is `{ text: <a sentence the rule flags>, results: [<the sentence after rewrite 1>, ...] }`',
      ),
      'fixes: a list of `{ text, results }` entries',
    )
    .optional()
    .default([])
    .refine((f) => f.length >= MIN_FIXES, `fixes: give at least ${MIN_FIXES} entries, each a flagged sentence and the exact sentence after each rewrite`),
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

export const ruleFileSchema = z
  .discriminatedUnion('type', [matchRule, stackRule, listRule], {
    error: 'type must be match (the default), stack or list',
  })
  .superRefine((rule, ctx) => {
    rule.fixes.forEach((fix, i) => {
      if (fix.results.length !== rule.rewrites.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['fixes', i, 'results'],
          message: `give exactly one result per rewrite (${rule.rewrites.length} rewrite${rule.rewrites.length === 1 ? '' : 's'}, ${fix.results.length} result${fix.results.length === 1 ? '' : 's'}): result N is the whole sentence "${fix.text}" as it reads after applying rewrite N ("" if the rewrite removes the sentence)`,
        });
      }
    });
  });

/** zod's discriminated union needs the key present; `match` is the default. */
export function withDefaultType(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('type' in raw)) return { ...raw, type: 'match' };
  return raw;
}

export type RuleFile = z.infer<typeof ruleFileSchema>;
export type Rule = RuleFile & { id: string };
