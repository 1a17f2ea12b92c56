/** Invalid rule files fail loudly, with a message that says how to fix them (STYLE.md habit 4). */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, RuleError, type Rule } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import bundled from '../../src/analyzer/rules.generated.json';
import { readRuleSources } from '../../src/cli/rule-files';
import { DOMAIN_LEXICON } from '../../src/analyzer/lexicon';

const VALID = `
category: timidity
level: warning
message: Apologising for writing makes the email an intrusion.
why: Seed 000's order-taker has a need for approval; an expert does not apologise for arriving.
patterns:
  - "sorry to (bother|bug) you"
replace: clause
rewrites:
  - "I'll keep this short"
fixes:
  - text: "Sorry to bother you, is Friday still good?"
    results: ["I'll keep this short, is Friday still good?"]
  - text: "Sorry to bug you about the quote."
    results: ["I'll keep this short."]
examples:
  flag: [Sorry to bother you again., Sorry to bug you.]
  allow: [Sorry to hear that., The alerts bug nobody.]
`;

const problemsOf = (path: string, source: string): string[] => {
  try {
    createAnalyzer(loadRules([{ path, source }]));
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return (e as RuleError).problems;
  }
};

describe('rule validation', () => {
  it('accepts a valid rule and names it by its path', () => {
    expect(loadRules([{ path: 'timidity/sorry-to-bug.yaml', source: VALID }]).map((r) => r.id)).toEqual(['timidity/sorry-to-bug']);
  });

  it.each([
    ['a missing field', VALID.replace(/^message:.*$/m, ''), /message: .*say in a sentence what was found/i],
    ['an unknown level', VALID.replace('level: warning', 'level: severe'), /level must be one of suggestion, warning, error/],
    ['a misspelt key', VALID.replace('rewrites:', 'rewrite:'), /unknown key rewrite; allowed: /],
    ['too few examples', VALID.replace('flag: [Sorry to bother you again., Sorry to bug you.]', 'flag: [Sorry to bug you.]'), /at least two sentences the rule must flag/],
    ['no tricky allow examples', VALID.replace(/allow: .*$/m, 'allow: []'), /at least two sentences it must allow/],
    ['four rewrites', VALID.replace(`  - "I'll keep this short"`, '  - a\n  - b\n  - c\n  - d'), /at most three/],
    ['broken YAML', 'category: [timidity', /not valid YAML/],
    ['a two-line why', VALID.replace(/^why: .*$/m, 'why: |\n  Seed 000 says the order-taker has a need for approval.\n  Second line.'), /keep it to one line/],
  ])('rejects %s with a fix', (_what, source, message) => {
    const problems = problemsOf('timidity/sorry-to-bug.yaml', source);
    expect(problems.join('\n')).toMatch(message);
    expect(problems.join('\n')).toContain('timidity/sorry-to-bug.yaml');
  });

  it('rejects a file in the wrong folder and a badly named file', () => {
    expect(problemsOf('hard_close/sorry-to-bug.yaml', VALID).join()).toMatch(/category is timidity but the file is in hard_close\//);
    expect(problemsOf('timidity/Sorry To Bug.yaml', VALID).join()).toMatch(/kebab-case/);
  });

  it('rejects an unknown #Tag, which compromise would silently never match', () => {
    const problems = problemsOf('timidity/sorry-to-bug.yaml', VALID.replace('"sorry to (bother|bug) you"', '"#Apologee to (bother|bug) you"'));
    expect(problems.join()).toMatch(/#Apologee, which is not a known tag/);
  });

  it.each([
    ['a nested group', '"sorry to (bother (you|them)|bug you)"', /nests a group inside a group/],
    ['a contraction', '"sorry to (bother|bug) you, i\'m"', /write "will not", "i am"/],
    ['a hyphenated word', '"sorry to (bother|bug) you re-sending"', /splits hyphenated words/],
    ['"#1"', '"sorry to (bother|bug) you #1"', /never matches; write the words/],
    ['a wildcard before a group with a tag', '"sorry .{0,3} (#Verb|bug) you"', /follows the wildcard/],
  ])('rejects %s, which compromise would silently never match', (_what, pattern, message) => {
    const problems = problemsOf('timidity/sorry-to-bug.yaml', VALID.replace('"sorry to (bother|bug) you"', pattern));
    expect(problems.join()).toMatch(message);
  });

  it('rejects a pattern with no anchor word, which the lexical gate could never skip', () => {
    const problems = problemsOf('timidity/sorry-to-bug.yaml', VALID.replace('"sorry to (bother|bug) you"', '"#Verb #Noun"'));
    expect(problems.join()).toMatch(/no literal word or domain tag/);
  });

  it('rejects the same pattern in two rules, which would report the same words twice', () => {
    const second = VALID.replace('category: timidity', 'category: timidity');
    expect(() => createAnalyzer(loadRules([
      { path: 'timidity/sorry-to-bug.yaml', source: VALID },
      { path: 'timidity/sorry-again.yaml', source: second },
    ]))).toThrow(/also in timidity\/sorry-again|also in timidity\/sorry-to-bug/);
  });

  it('never mutates the rules it was given (compromise writes into objects handed to it)', () => {
    const rules = loadRules([{ path: 'timidity/sorry-to-bug.yaml', source: VALID }]);
    const before = structuredClone(rules);
    createAnalyzer(rules).analyze('Sorry to bug you.');
    expect(rules).toEqual(before);
  });

  it('keeps every domain lexicon entry in one tag only', () => {
    const seen = new Map<string, string>();
    for (const [tag, entries] of Object.entries(DOMAIN_LEXICON)) {
      for (const e of entries) {
        expect(seen.get(e), `"${e}" is in ${seen.get(e)} and ${tag}`).toBeUndefined();
        seen.set(e, tag);
      }
    }
  });
});

describe('the bundled rules', () => {
  const load = () => loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url))));

  it('are the compiled form of rules/ (run npm run build:rules after editing a rule)', () => {
    expect(bundled as unknown as Rule[]).toEqual(load());
  });

  it('number at least 60, across all three categories, each with two flag and two allow examples', () => {
    const rules = load();
    expect(rules.length).toBeGreaterThanOrEqual(60);
    for (const c of ['hard_close', 'self_serving', 'timidity']) expect(rules.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(15);
  });
});

describe('YAML traps', () => {
  it('explains an unquoted sentence that YAML read as a mapping', () => {
    const source = VALID.replace('allow: [Sorry to hear that., The alerts bug nobody.]', 'allow:\n    - Sorry to hear that.\n    - Note: the alerts bug nobody.');
    expect(problemsOf('timidity/sorry-to-bug.yaml', source).join()).toMatch(/quote it if it contains ": "/);
  });
});
