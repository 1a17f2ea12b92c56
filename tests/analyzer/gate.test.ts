/** The lexical gate: a necessary condition, so it may let a sentence through for nothing but never skip a match. */
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { formPositions } from '../../src/analyzer/engine';
import { gateOf, inOrder, orderOf, passes, possibleOf, rawChunks, rawInOrder } from '../../src/analyzer/gate';
import { gateTokens } from '../../src/analyzer/text';

const slots = (p: string) => gateOf(p).map((s) => [...s].sort());

describe('gateOf', () => {
  it('requires every non-optional word, any one of the alternatives in a group', () => {
    expect(slots('sorry to (bother|bug) you')).toEqual([['sorry'], ['to'], ['bother', 'bug'], ['you']]);
  });

  it('treats optional slots as optional, also at the end of an anchored pattern', () => {
    expect(slots('no worries (at all)?')).toEqual([['no'], ['worries']]);
    expect(slots('no worries (at all)?$')).toEqual([['no'], ['worries']]);
    expect(slots('^(just)? checking in')).toEqual([['checking'], ['in']]);
    expect(slots('!not happy to help')).toEqual([['happy'], ['to'], ['help']]);
  });

  it('puts no condition on generic tags, wildcards and roots, and uses the lexicon for domain tags', () => {
    expect(slots('#Verb . {need} #Noun')).toEqual([]);
    expect(slots('#Apology for')[1]).toEqual(['for']);
    expect(slots('#Apology for')[0]).toEqual(expect.arrayContaining(['sorry', 'apologies', 'forgive']));
  });
});

describe('passes', () => {
  it('sees contracted and curly-apostrophe forms as the words compromise expands them to', () => {
    expect(passes(gateOf('(do|does) not want to be #Pest'), gateTokens('I don’t want to be pushy.'))).toBe(true);
    expect(passes(gateOf('i am short on'), gateTokens("I'm short on quota"))).toBe(true);
    expect(passes(gateOf('will not last'), gateTokens("This won't last"))).toBe(true);
  });

  it('skips a sentence missing a required word', () => {
    expect(passes(gateOf('sorry to (bother|bug) you'), gateTokens('Sorry for the delay.'))).toBe(false);
  });
});

describe('longestAlternativesFirst', () => {
  it('puts longer alternatives first, because compromise never retries a group', async () => {
    const { longestAlternativesFirst } = await import('../../src/analyzer/pattern-syntax');
    expect(longestAlternativesFirst('(this|this deal) is (a|an)? #Noun')).toBe('(this deal|this) is (an|a)? #Noun');
    const nlp = (await import('compromise')).default;
    expect(nlp('this deal is good').has('(this|this deal) is')).toBe(false);
    expect(nlp('this deal is good').has(longestAlternativesFirst('(this|this deal) is'))).toBe(true);
  });
});

describe('repeated words', () => {
  it('lets one word satisfy two separate slots, and asks two different words of back-to-back identical slots', () => {
    expect(passes(gateOf('your team .{0,3} your budget'), gateTokens('Your team can fit your budget.'))).toBe(true);
    expect(passes(gateOf('(maybe|perhaps) (maybe|perhaps)'), gateTokens('Perhaps maybe we could.'))).toBe(true);
    expect(passes(gateOf('(maybe|perhaps) (maybe|perhaps)'), gateTokens('Maybe next week.'))).toBe(false);
  });
});

describe('order of plain words, checked on the tokenized sentence before tagging', () => {
  const fits = (pattern: string, sentence: string) => inOrder(orderOf(pattern), formPositions(nlp.tokenize(sentence)));

  it('wants the words in the pattern\'s order, side by side where the pattern has them side by side', () => {
    expect(fits('sorry to (bother|bug) you', 'Sorry to bother you.')).toBe(true);
    expect(fits('sorry to (bother|bug) you', 'You bother me, sorry to say.')).toBe(false);
    expect(fits('(maybe|perhaps) (maybe|perhaps)', 'Perhaps maybe we could.')).toBe(true);
    expect(fits('(maybe|perhaps) (maybe|perhaps)', 'Maybe next week, perhaps.')).toBe(false);
    expect(fits('(please|pretty please) .? please', 'Please reply.')).toBe(false);
  });

  it('counts the words a contraction will be split into, and words compromise reads through an alias', () => {
    expect(fits('i would (love|like) to', "I'd love to.")).toBe(true);
    expect(fits('it is (probably|maybe) (too|very) late', "It's probably too late.")).toBe(true);
    expect(fits('(we|they) are not (able|ready)', "We aren't ready.")).toBe(true);
    expect(fits('(salt|pepper) and (vinegar|mustard)', 'Salt & vinegar.')).toBe(true);
  });
});

describe('possibleOf: all the words of one of a domain tag\'s entries, checked after the gate', () => {
  const brag = possibleOf('(we are|our #Noun is) #Brag');
  it('skips a sentence with only one word of a multi-word entry ("world" without "class")', () => {
    expect(passes(gateOf('(we are|our #Noun is) #Brag'), gateTokens('Our team is known around the world.'))).toBe(true);
    expect(brag(gateTokens('Our team is known around the world.'))).toBe(false);
  });
  it('passes a sentence with a whole entry, hyphenated or not, and a single-word entry', () => {
    expect(brag(gateTokens('Our team is world-class.'))).toBe(true);
    expect(brag(gateTokens('We are world class.'))).toBe(true);
    expect(brag(gateTokens('We are revolutionary.'))).toBe(true);
  });
  it('asks every word of an alternative, and nothing of a choice with an unconstrained alternative', () => {
    const leader = possibleOf('(we are) (market leader|#Brag)');
    expect(leader(gateTokens('We are the leader in this market.'))).toBe(true);
    expect(leader(gateTokens('We are the leader here.'))).toBe(false);
    expect(possibleOf('(#Noun|#Brag) team')(gateTokens('The team met.'))).toBe(true);
  });
});

describe('checks on the tokenized sentence that a value or a list needs, before tagging', async () => {
  const { createEngine } = await import('../../src/analyzer/engine');
  const rules = (await import('../../src/analyzer/rules.generated.json')).default as unknown as Parameters<typeof createEngine>[0];
  const engine = createEngine(rules, { prevalidated: true });
  const run = (sentence: string) => {
    const { hits, tagged } = engine.analyzeSentence(sentence);
    return { rules: hits.map((h) => h.rule), tagged };
  };

  it('skips "global" with no number beside it, and still flags one in figures or words', () => {
    expect(run('Global warming is the topic of the panel on Friday.')).toEqual({ rules: [], tagged: false });
    expect(run('Twelve of the Global 500 companies run their freight on our platform.').rules).toContain('self_serving/big-name-clients');
    expect(run('Three Fortune five hundred companies run their freight on our platform.').rules).toContain('self_serving/big-name-clients');
  });

  it('skips a number that does not stand right before "countries", and flags one that does', () => {
    expect(run('In 2019 our countries signed the treaty.').tagged).toBe(false);
    expect(run('We ship to customers in over 40 countries.').rules).toContain('self_serving/vanity-numbers');
  });

  it('skips "has" with too few list items after it, even when the sentence has a list before it', () => {
    expect(run('Dashboards, alerts, reports, exports and the API: the app has them all.')).toEqual({ rules: [], tagged: false });
    expect(run('The house has a garden, a pool and a porch.')).toEqual({ rules: [], tagged: false });
    expect(run('Our platform has dashboards, alerts, APIs, SSO, audit trails and custom reports.').rules).toContain('self_serving/feature-dump');
  });
});

describe('index words worked out by npm run build:rules', async () => {
  const { createEngine, gateKeysOf } = await import('../../src/analyzer/engine');
  const rules = (await import('../../src/analyzer/rules.generated.json')).default as unknown as Parameters<typeof createEngine>[0];
  const sentences = rules.flatMap((r) => [...r.examples.flag, ...r.examples.allow]);
  const hitsOf = (engine: ReturnType<typeof createEngine>) => sentences.map((s) => engine.analyzeSentence(s).hits);
  const worked = hitsOf(createEngine(rules, { prevalidated: true }));

  it('flag the same words in every rule example as keys worked out at start-up', () => {
    expect(worked.flat().length).toBeGreaterThan(rules.length);
    expect(hitsOf(createEngine(rules, { prevalidated: true, gateKeys: gateKeysOf(rules) }))).toEqual(worked);
  });

  it('are ignored when they were worked out for other rules', () => {
    const stale = gateKeysOf(rules.slice(1));
    expect(hitsOf(createEngine(rules, { prevalidated: true, gateKeys: stale }))).toEqual(worked);
    const shuffled = { ...gateKeysOf(rules), keys: gateKeysOf(rules).keys.map(() => 0) };
    expect(hitsOf(createEngine(rules, { prevalidated: true, gateKeys: { ...shuffled, fingerprint: 'stale' } }))).toEqual(worked);
  });
});

describe('order of plain words on the raw words, before tokenizing', () => {
  const expands = new Set(['gonna', 'cannot']);
  const raw = (pattern: string, sentence: string) => {
    const chunks = rawChunks(sentence, expands);
    return chunks === null ? 'unchecked' : rawInOrder(orderOf(pattern), chunks);
  };
  const terms = (pattern: string, sentence: string) => inOrder(orderOf(pattern), formPositions(nlp.tokenize(sentence)));

  it('skips words that are there but apart or out of order, as the check on terms does', () => {
    for (const s of ['Maybe next week, perhaps.', 'You bother me, sorry to say.']) {
      const pattern = s.startsWith('Maybe') ? '(maybe|perhaps) (maybe|perhaps)' : 'sorry to (bother|bug) you';
      expect(raw(pattern, s)).toBe(false);
      expect(terms(pattern, s)).toBe(false);
    }
  });

  it('never skips a sentence the check on terms lets through: dashes, symbols, contractions, run-together words', () => {
    const cases: [string, string][] = [
      ['(maybe|perhaps) (maybe|perhaps)', 'Maybe - perhaps not.'],
      ['(maybe|perhaps) (maybe|perhaps)', 'Maybe/perhaps not.'],
      ['(salt|pepper) and (vinegar|mustard)', 'Salt & vinegar.'],
      ['i would (love|like) to', "I'd love to."],
      ['(going|want) to (call|ring)', 'I am gonna call.'],
      ['(re|pre) enact', 'We re-enact it.'],
    ];
    for (const [pattern, sentence] of cases) {
      expect(terms(pattern, sentence) ? raw(pattern, sentence) : true).not.toBe(false);
    }
  });

  it('leaves a sentence with a letter outside ASCII or a dotted acronym to the check on terms', () => {
    expect(raw('(maybe|perhaps) (maybe|perhaps)', 'Maybe café perhaps.')).toBe('unchecked');
    expect(raw('(maybe|perhaps) (maybe|perhaps)', 'Maybe e.g. perhaps.')).toBe('unchecked');
  });
});
