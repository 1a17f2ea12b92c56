/** The report a rep sees: findings, scores, balance, statistics, notes, options and the bounds on work. */
import { describe, expect, it } from 'vitest';
import { analyze, applyRewrite, createSession, MAX_WORDS, scoreFromPoints, validateUserPhrase } from '../../src/analyzer';
import { analyze as analyzeEveryEdit } from './apply-helpers';

const PUSHY = 'Honestly, you need this for your warehouse.';
const TIMID = 'Sorry to bother you again about the pilot.';
const SELLER = 'This deal decides my bonus.';

describe('findings', () => {
  it('spans exactly the offending words, with the text at that span', () => {
    const text = `Hi Sam,\n\n${PUSHY}`;
    const [f] = analyze(text).findings;
    expect(f).toMatchObject({ rule: 'hard_close/you-need-this', category: 'hard_close', level: 'error', text: 'you need this', source: 'rule' });
    expect(text.slice(f!.start, f!.end)).toBe('you need this');
    expect(f!.why.length).toBeGreaterThan(20);
    // Its better sentences keep a blank, so none is applied: the first is shown to write by hand.
    expect(f!.rewrites).toEqual([]);
    expect(f!.example).toBe('[Our product] could help with [the problem they described].');
  });

  it('keeps UTF-16 offsets right after emoji, curly quotes and no-break spaces', () => {
    const text = '🙂🙂 Great to meet you\u00A0today. I’d say… sorry to bother you again.';
    const f = analyze(text).findings.find((x) => x.rule === 'timidity/sorry-to-bother');
    expect(f?.text).toBe('sorry to bother you again');
    expect(text.slice(f!.start, f!.end)).toBe('sorry to bother you again');
  });

  it('capitalises a rewrite that opens a sentence and lower-cases one inside it', () => {
    const opener = 'Sorry to bother you, the report is attached.';
    // (Every edit offered, the Apply gate aside: this is about the capital, not whether the edit is offered.)
    const [opening] = analyzeEveryEdit(opener).findings;
    // Removing the opening apology leaves a sentence that starts with a capital.
    expect(applyRewrite(opener, opening!, opening!.rewrites[0]!).text).toBe('The report is attached.');
    const inside = analyzeEveryEdit('Hi Sam, and sorry to bother you on a Monday.').findings[0]!;
    expect(inside.rewrites.every((r) => !/^[A-Z][a-z]/.test(r) || r.startsWith('I'))).toBe(true);
  });
});

describe('quiet on ordinary writing', () => {
  it.each([
    'We need your W-9 before we can invoice.',
    'Sorry I missed your call: here are the figures you asked for.',
    "You'll need a current browser to open the dashboard.",
    'Just a heads-up: the warehouse is closed on Monday for the holiday.',
    'Before we talk price, let’s make sure the rollout saves your team the 10 hours a week we discussed.',
    'Following up on the security questionnaire: the SOC 2 report is attached.',
    'Sorry to hear about the flooding at the Dayton site; we can move the review a week.',
  ])('flags nothing in: %s', (sentence) => {
    expect(analyze(sentence, { sensitivity: 'strict' }).findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});

describe('scores and balance', () => {
  it('is 0 with nothing found and rises with the number and level of findings', () => {
    expect(analyze('Does Tuesday at 10 work to review the rollout plan with your team?').scores).toEqual({ hard_close: 0, self_serving: 0, timidity: 0 });
    const one = analyze(PUSHY).scores.hard_close;
    const two = analyze(`${PUSHY} Your team needs our platform.`).scores.hard_close;
    expect(one).toBe(scoreFromPoints(3));
    expect(two).toBeGreaterThan(one);
  });

  it('follows the documented formula: round(100 × (1 − 0.75^points)), suggestion 1, warning 2, error 3', () => {
    expect([1, 2, 3, 6].map(scoreFromPoints)).toEqual([25, 44, 58, 82]);
  });

  it('goes positive for pushy, negative for timid, and shows both scores when a draft is both', () => {
    expect(analyze(PUSHY).balance).toBeGreaterThan(0);
    expect(analyze(TIMID).balance).toBeLessThan(0);
    const both = analyze(`${PUSHY} ${TIMID}`);
    expect(both.scores.hard_close).toBeGreaterThan(0);
    expect(both.scores.timidity).toBeGreaterThan(0);
    expect(both.balance).toBe(both.scores.hard_close - both.scores.timidity);
  });

  it('self-serving phrasing has its own score and does not move the balance', () => {
    const r = analyze(SELLER);
    expect(r.scores.self_serving).toBeGreaterThan(0);
    expect(r.balance).toBe(0);
  });
});

describe('statistics and email notes', () => {
  it('counts words, sentences, questions, you/your and I/we', () => {
    const r = analyze('Hi Dana. We cut your dispatch time in half. Could your team try it? I think we can help you.');
    expect(r.stats).toEqual({ words: 20, sentences: 4, questions: 1, secondPerson: 3, firstPerson: 3 });
  });

  it('notes a long email with no question, a discount before value, a pile of exclamation marks', () => {
    const r = analyze('Hi Dana! I can give you a 20% discount on the annual plan! We have a new release out this month and our team is excited about it! It has alerts, reports and an app for drivers.');
    const ids = r.notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['no-question', 'discount-before-value', 'exclamation-pile']));
    expect(r.notes.every((n) => !('start' in n))).toBe(true);
  });

  it('notes an I/we-heavy email, and notes never change scores', () => {
    const heavy = 'I went through our notes from the call. We checked our logs and we found the two jobs that failed. We will rerun them once the backup finishes. I will send our summary after that.';
    const r = analyze(heavy);
    expect(r.notes.map((n) => n.id)).toContain('first-person-heavy');
    expect(r.findings).toEqual([]);
    expect(r.scores).toEqual({ hard_close: 0, self_serving: 0, timidity: 0 });
  });

  it('does not nag a short, question-led email', () => {
    expect(analyze('Hi Dana,\n\nWould Thursday at 2 pm work to walk your dispatch leads through the pilot plan?\n\nBest,\nJordan').notes).toEqual([]);
  });
});

describe('options', () => {
  it('turns off single rules and whole categories', () => {
    const text = `${PUSHY} ${TIMID}`;
    expect(analyze(text, { disabledRules: ['hard_close/you-need-this'] }).findings.map((f) => f.category)).toEqual(['timidity']);
    expect(analyze(text, { disabledCategories: ['timidity'] }).findings.map((f) => f.category)).toEqual(['hard_close']);
  });

  it('gentle shows warnings and errors only; strict adds strict-only rules', () => {
    const all = analyze(`${PUSHY} ${TIMID}`, { sensitivity: 'strict' }).findings;
    const gentle = analyze(`${PUSHY} ${TIMID}`, { sensitivity: 'gentle' }).findings;
    expect(gentle.every((f) => f.level !== 'suggestion')).toBe(true);
    expect(gentle.length).toBeLessThanOrEqual(all.length);
  });

  it("flags the rep's own phrases, literally and case-insensitively, with their message and rewrite", () => {
    const r = analyze('We are the Uber of freight (really).', {
      userPhrases: [{ phrase: 'uber of freight', category: 'self_serving', message: 'Say what it does for them.', rewrite: 'a faster way to book carriers' }],
    });
    // (The sentence model may read the boast as self-serving too: that finding is its own.)
    expect(r.findings.filter((f) => f.source !== 'model')).toMatchObject([{ rule: 'user/0', source: 'user', text: 'Uber of freight', message: 'Say what it does for them.', rewrites: ['a faster way to book carriers'] }]);
  });

  it('survives user phrases that are empty, huge or look like broken patterns', () => {
    const bad = [
      { phrase: '', category: 'timidity' as const, message: 'x' },
      { phrase: 'a'.repeat(100_000), category: 'timidity' as const, message: 'x' },
      { phrase: '(unclosed [group #Tag', category: 'timidity' as const, message: 'Careful.' },
    ];
    const r = analyze('Here is the (unclosed [group #Tag text.', { userPhrases: bad });
    expect(r.findings.map((f) => f.text)).toEqual(['(unclosed [group #Tag']);
    expect(validateUserPhrase(bad[0]!)).toMatch(/Type the phrase/);
    expect(validateUserPhrase(bad[1]!)).toMatch(/under 200 characters/);
    expect(validateUserPhrase({ phrase: 'ok', category: 'nope' as never, message: 'm' })).toMatch(/Choose a category/);
    expect(validateUserPhrase(bad[2]!)).toBeNull();
  });
});

describe('bad input', () => {
  it('gives an empty report for empty and whitespace-only text', () => {
    for (const t of ['', '   ', '\n\n\t \u00A0\n']) {
      const r = analyze(t);
      expect(r.findings).toEqual([]);
      expect(r.stats.words).toBe(0);
      expect(r.notes).toEqual([]);
    }
  });

  it('stays quiet on drafts that are not English, with a note saying why', () => {
    const spanish = 'Hola Dana, necesitas esto y si no firmas hoy el precio sube. Perdona la molestia, sé que estás ocupada con el cierre del trimestre.';
    const r = analyze(spanish);
    expect(r.findings).toEqual([]);
    expect(r.notes.map((n) => n.id)).toEqual(['not-english']);
    const arabic = 'مرحبا دانا، أنت بحاجة إلى هذا. آسف على الإزعاج مرة أخرى.';
    expect(analyze(arabic).notes.map((n) => n.id)).toEqual(['not-english']);
  });

  it('handles zero-width and right-to-left characters inside English text without moving offsets', () => {
    const text = 'Hi \u200FDana\u200E, sorry to bo\u200Bther you. Honestly, you need this.';
    const f = analyze(text).findings;
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(f.map((x) => x.rule)).toContain('hard_close/you-need-this');
  });

  it('analyses at most the first MAX_WORDS words of a pasted 1 MB document and says how much was skipped', () => {
    const sentence = 'The quarterly report covers freight volumes across all three regional hubs. ';
    const huge = sentence.repeat(Math.ceil(1_000_000 / sentence.length)) + PUSHY;
    expect(huge.length).toBeGreaterThan(1_000_000);
    const r = analyze(huge);
    expect(r.coverage.sentencesAnalyzed).toBe(Math.floor(MAX_WORDS / 11));
    expect(r.coverage.sentences).toBeGreaterThan(r.coverage.sentencesAnalyzed);
    expect(r.coverage.wordsSkipped).toBe(r.stats.words - r.coverage.sentencesAnalyzed * 11);
    expect(r.findings).toEqual([]); // the pushy line is past the bound
    expect(r.notes.find((n) => n.id === 'truncated')?.message).toMatch(/first 20,000 words/);
  });

  it('bounds one enormous unpunctuated "sentence" too', () => {
    const r = analyze('word '.repeat(60_000));
    expect(r.coverage.wordsSkipped).toBeGreaterThan(0);
    expect(r.stats.words).toBe(60_000);
  });
});

describe('incremental session', () => {
  it('re-analyses only the sentence that changed', () => {
    const session = createSession();
    const base = 'Hi Dana. The pilot covers three hubs. Honestly, you need this. Does Tuesday work?';
    session.update(base);
    expect(session.lastUpdate.analyzed).toBe(4);
    const r = session.update(base.replace('three hubs', 'four hubs'));
    expect(session.lastUpdate).toMatchObject({ analyzed: 1, reused: 3 });
    expect(r.findings.map((f) => f.text)).toEqual(['you need this']);
  });

  it('tags only sentences that pass the lexical gate', () => {
    const session = createSession();
    session.update('The pilot covers three hubs. Invoices go out monthly. Sorry to bother you.');
    expect(session.lastUpdate).toMatchObject({ analyzed: 3, tagged: 1 });
  });
});

describe('sentences', () => {
  it('cuts a run-on blob into bounded pieces so the tagger never gets a huge input', async () => {
    const { splitSentences, MAX_SENTENCE_CHARS } = await import('../../src/analyzer/text');
    const pieces = splitSentences('lorem ipsum '.repeat(2000));
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('keeps a Shift+Enter line break inside a sentence, and splits list lines and greetings', async () => {
    const { splitSentences } = await import('../../src/analyzer/text');
    const s = splitSentences('Hi Dana,\nYou should sign today\nbefore it is gone.\nWhat you get:\nAlerts\nReports');
    expect(s.map((x) => x.text)).toEqual(['Hi Dana,', 'You should sign today\nbefore it is gone.', 'What you get:', 'Alerts', 'Reports']);
  });

  it('reads "a.m." and "p.m." inside a sentence as abbreviations, and at its end as its end', async () => {
    const { splitSentences } = await import('../../src/analyzer/text');
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    expect(texts('I stayed up until 2 a.m. redoing the numbers.')).toEqual(['I stayed up until 2 a.m. redoing the numbers.']);
    expect(texts('The call is at 3 p.m. Thanks for confirming.')).toEqual(['The call is at 3 p.m.', 'Thanks for confirming.']);
    expect(texts('This offer ends at 5 p.m. Friday.')).toEqual(['This offer ends at 5 p.m. Friday.']);
  });

  it('reads a dotted initialism followed by a lower-case word as inside the sentence, and at its end as its end', async () => {
    const { splitSentences } = await import('../../src/analyzer/text');
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    expect(texts('So send the P.O. over today. We start on the 3rd.')).toEqual(['So send the P.O. over today.', 'We start on the 3rd.']);
    expect(texts('The quote needs a P.O. Thanks for sorting it.')).toEqual(['The quote needs a P.O.', 'Thanks for sorting it.']);
  });
});
