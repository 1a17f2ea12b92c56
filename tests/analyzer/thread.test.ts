/**
 * Coaching that reads the thread: the situation read from the prospect's last message, the fault the reply commits
 * against it (a finding on its words, or a note when it is an absence), trained deterministically like the
 * sentence model. The messages and replies here were written for this test; a retrained model may need new ones,
 * which is the point: the test reads what the shipped model does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, applyRewrite, createSession, defaultAnalyzer, SITUATION_TEXT, type Situation } from '../../src/analyzer';
import { buildThreadModel, DEFAULT_THREAD_TRAINING, type ProspectMessage, type ThreadPair } from '../../src/analyzer/thread/build';

const lines = (file: string, n: number) =>
  readFileSync(fileURLToPath(new URL(`../data/threads/train/${file}`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim()).slice(0, n).map((l) => JSON.parse(l));

describe('training the thread model', () => {
  const pairs: ThreadPair[] = ['declined', 'discount', 'budget', 'stall', 'question', 'interested', 'none']
    .flatMap((s) => lines(`${s}.jsonl`, 12))
    .map((r) => ({ group: r.prospect, prospect: r.prospect, reply: r.reply, situation: r.situation, fault: r.fault }));
  const messages: ProspectMessage[] = lines('prospect-messages.jsonl', 60).map((r) => ({ group: r.prospect, prospect: r.prospect, situation: r.situation }));
  const small = { ...DEFAULT_THREAD_TRAINING, buckets: 1 << 12, epochs: 3, folds: 2, keep: 300 };
  const build = (seed: number) => JSON.stringify(buildThreadModel(pairs, messages, { ...small, seed }, { crossValidate: true }).file);

  it('gives the same model file, byte for byte, from the same data and seed', () => {
    const first = build(7);
    expect(build(7)).toBe(first);
    // And the seed matters, so the comparison above could fail.
    expect(build(8)).not.toBe(first);
  });
});

const DISCOUNT = 'Could you knock 20% off the annual plan? Then we can sign.';
const BUDGET = 'Our finance team has frozen all new software spend for this year.';
const DECLINED = 'We have signed with another provider for the next two years.';
const STALL = 'Give us a few weeks; the board reviews budgets at the end of the month.';
const QUESTION = 'Does the mobile app work offline on the warehouse floor?';

describe('the situation', () => {
  it.each<[string, Situation]>([
    [DECLINED, 'declined'],
    ['Please take me off your mailing list.', 'declined'],
    [DISCOUNT, 'discount'],
    [BUDGET, 'budget'],
    [STALL, 'stall'],
    [QUESTION, 'question'],
    ['Tuesday at 2 works. Send the invite.', 'interested'],
    ['Thanks!', 'none'],
    ['', 'none'],
    // Money in other words: one charge named as the obstacle, a ceiling in figures, a budget they are over.
    ['The parking charge is the sticking point for us.', 'discount'],
    ["We'd need the total under £12k to get it signed.", 'discount'],
    ['The support plan is above what we set aside.', 'budget'],
    // The same words about something else.
    ['Do you cover firms under 20 staff?', 'question'],
  ])('of "%s" is %s', (prospect, situation) => {
    expect(analyze('Thanks for the note.', { prospect }).thread?.situation).toBe(situation);
  });

  it('is read only when the prospect message is given, and is there for an empty draft too', () => {
    expect(analyze('Thanks for the note.').thread).toBeUndefined();
    expect(analyze('', { prospect: STALL }).thread).toEqual({ situation: 'stall', faults: [] });
    expect(SITUATION_TEXT.stall.line).toBe('They asked for time.');
  });

  it('is computed once per prospect message, not at every keystroke', () => {
    const reader = defaultAnalyzer().thread!;
    const prospect = 'Let me run it past our operations lead and get back to you after the audit.';
    const session = createSession({ prospect });
    const before = reader.messagesRead;
    let draft = '';
    for (const ch of 'Of course. I will send a short summary for your lead.') session.update((draft += ch));
    expect(session.update(draft).thread?.situation).toBe('stall');
    expect(reader.messagesRead).toBe(before + 1);
  });
});

describe('a fault in the reply\'s words', () => {
  it('is a finding on those words that says what in their message it answers, with rewrites from the guide', () => {
    const reply = 'Sure, happy to take 20% off the annual plan. I will send the updated quote today.';
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f).toMatchObject({ category: 'timidity', level: 'warning', source: 'thread', text: 'take 20% off' });
    expect(f.message).toBe('They asked for a lower price; this gives it away without getting anything back.');
    expect(f.rewrites.map((r) => applyRewrite(reply, f, r).text)).toEqual([
      'Before we look at price, what is behind the request: [their concern]? I will send the updated quote today.',
      'I can do [the concession] if you can [commit to a longer term, more volume or a faster start]. I will send the updated quote today.',
      'The price stays at [the price], because [the result they get]. I will send the updated quote today.',
    ]);
  });

  it('in a long reply, one sentence that gives the price away is still found, on its words', () => {
    const body = [
      'Thanks for sending the floor plans over so quickly.',
      'Our installer walked both buildings on Monday and the cabling can reuse your existing trays.',
      'The access readers arrive in the second week of the month.',
      'Your facilities lead will get a login for the visitor log on day one.',
      'We also train the reception team on site, which takes about an hour.',
      'I have attached the schedule so you can check it against the move-in date.',
    ];
    const withCave = [...body.slice(0, 4), 'I can take 20% off the annual plan for you.', ...body.slice(4)].join(' ');
    const report = analyze(withCave, { prospect: DISCOUNT });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toContain('20% off');
    // Typing it in gives the same reading as analysing it whole.
    const session = createSession({ prospect: DISCOUNT });
    session.update(body.join(' '));
    expect(session.update(withCave)).toEqual(report);
    // The same reply without that sentence gives nothing away, and with a trade in its place neither.
    expect(analyze(body.join(' '), { prospect: DISCOUNT }).thread!.faults).toEqual([]);
    const withTrade = [...body.slice(0, 4), 'I can take 20% off the annual plan only if you sign for three years instead of one.', ...body.slice(4)].join(' ');
    expect(analyze(withTrade, { prospect: DISCOUNT }).thread!.faults).toEqual([]);
  });

  it.each([
    'Leave it with me and I will see what I can do on the price.',
    'I will get my manager to sign off a sharper number for you.',
    'We can stretch the pilot by another four weeks while you decide.',
    'No problem, we can skip the onboarding fee this time.',
    'I can put you on net 90 so the cost lands later.',
  ])('a concession worded otherwise is still a cave after a request for a lower price: "%s"', (reply) => {
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    expect(report.findings.some((x) => x.rule === 'thread/caves-on-price')).toBe(true);
  });

  it.each<[string, string]>([
    ['Thanks for coming back to us. I can knock a couple of hundred off the annual plan for you.', 'knock a couple of hundred off'],
    ['Good news: I have approval for a one-off reduction on the first year.', 'approval for a one-off reduction'],
    ['Glad the trial went well. The onboarding session is booked for the 4th. P.S. The setup fee is waived.', 'fee is waived'],
    ['Sure. Finance has agreed to match the other quote.', 'match the other quote'],
    ['I hear you. Let us call it an even 16k for the year.', 'call it an even 16k'],
  ])('a concession in other words, or in a P.S., is a cave after a request for a lower price: "%s"', (reply, words) => {
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toContain(words);
    expect(f.message).toBe('They asked for a lower price; this gives it away without getting anything back.');
  });

  it('after "no budget", a concession given for nothing is a cave, with rewrites that test the objection', () => {
    const reply = 'Understood. I can give you the first three months free so it fits the freeze.';
    const report = analyze(reply, { prospect: BUDGET });
    expect(report.thread).toEqual({ situation: 'budget', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toMatch(/^(?:give you )?(?:the )?first three months free$/);
    expect(f.message).toBe("They said the money isn't there; this cuts the price without getting anything back.");
    expect(f.rewrites.map((r) => applyRewrite(reply, f, r).text)).toEqual([
      'Understood. What is [the problem they described] costing your team while the budget is closed?',
      'Understood. We could start with [a smaller scope] at the normal rate and add the rest when the budget allows.',
      'Understood. The price stays at [the price], because [the result they get].',
    ]);
  });

  it.each<[string, string]>([
    ["Understood. Whatever your budget allows, we'll make it work.", "Whatever your budget allows, we'll make it"],
    ["Understood. Pay whatever feels fair this year and we'll settle up later.", 'Pay whatever feels fair'],
    ["Understood. Everything's negotiable, so don't rule us out.", "Everything's negotiable"],
  ])('after "no budget", whatever they can pay or room on the price volunteered is a cave: "%s"', (reply, words) => {
    const report = analyze(reply, { prospect: BUDGET });
    expect(report.thread).toEqual({ situation: 'budget', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toBe(words);
    expect(f.message).toBe("They said the money isn't there; this cuts the price without getting anything back.");
  });

  it('after "no budget", a question about what the freeze costs them is no fault', () => {
    const report = analyze('Understood. What is the freeze costing the team in manual work each month?', { prospect: BUDGET });
    expect(report.thread).toEqual({ situation: 'budget', faults: [] });
    expect(report.findings.some((x) => x.rule.startsWith('thread/'))).toBe(false);
  });

  it('after a no: the re-pitch is flagged and can be removed', () => {
    const reply = 'Thanks for letting me know. Before you commit, can I show you one thing they cannot do?';
    const report = analyze(reply, { prospect: DECLINED });
    expect(report.thread).toEqual({ situation: 'declined', faults: ['push_after_no'] });
    const f = report.findings.find((x) => x.rule === 'thread/push-after-no')!;
    expect(f).toMatchObject({ category: 'hard_close', text: 'Before you commit' });
    expect(f.message).toBe('They said no; this tries to change their mind.');
    expect(f.rewrites.map((r) => applyRewrite(reply, f, r).text)).toEqual([
      'Thanks for letting me know.',
      "Thanks for letting me know. I respect the decision, and I'm here if anything changes with [what they chose instead].",
      'Thanks for letting me know. Could I ask what tipped the decision, so we can learn from it?',
    ]);
  });

  it.each<[string, string]>([
    ['Understood. Just so you know, our depot scanners work offline, which theirs do not.', 'Just so you know'],
    ['Thanks for letting me know. I can still set up a free pilot at one depot so you can compare anyway.', 'I can still set up a free pilot'],
  ])('after a no, a claim or an offer made anyway is a re-pitch: "%s"', (reply, words) => {
    const report = analyze(reply, { prospect: DECLINED });
    expect(report.thread).toEqual({ situation: 'declined', faults: ['push_after_no'] });
    const f = report.findings.find((x) => x.rule === 'thread/push-after-no')!;
    expect(f.text).toBe(words);
    expect(f.message).toBe('They said no; this tries to change their mind.');
  });

  it.each<[string, string, string]>([
    ['That is more than we hoped. How much room is there on the price?', 'I can take 15% off if you sign before our quarter ends on the 30th.', 'take 15% off'],
    ['We need you to meet €40 a user or we will look elsewhere.', 'I understand, and I do not want to lose you, so €40 a user is fine.', '€40'],
  ])('after a request for a lower price, a cut tied only to the seller\'s date or their own figure agreed to gives it away: "%s"', (prospect, reply, words) => {
    const report = analyze(reply, { prospect });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toContain(words);
    expect(f.message).toBe('They asked for a lower price; this gives it away without getting anything back.');
  });

  it('after a request for time: the deadline is flagged', () => {
    const reply = 'Thanks for the update. This pricing only holds until Friday, so I would need your signature by then.';
    const report = analyze(reply, { prospect: STALL });
    expect(report.thread).toEqual({ situation: 'stall', faults: ['pressures_stall'] });
    const f = report.findings.find((x) => x.rule === 'thread/pressures-stall')!;
    expect(f.category).toBe('hard_close');
    expect(f.text).toContain('until Friday');
    expect(f.message).toBe('They asked for time; this pushes them to decide now.');
    expect(f.rewrites.map((r) => applyRewrite(reply, f, r).text)).toEqual([
      'Thanks for the update.',
      'Thanks for the update. What would help you decide: [answers, a reference, a short summary for whoever signs off]?',
      "Thanks for the update. I'll check in on [the date they gave], as you suggested.",
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['The planning committee sits on the 18th; I should know more after that.', 'Thanks. I will give you a ring on the 12th to see where things stand.', /on the 12th/],
    ['Can you come back to me in October? We are in the middle of a stock take.', 'October it is. I will phone you tomorrow anyway, just to keep it moving.', /keep it moving|tomorrow/],
    ['Our operations lead has the proposal and will reply when she is back from leave.', 'Sure. If I have not heard back by Thursday, I will assume you are happy and book the installers.', /assume you are happy/],
  ])('after a request for time, hurrying them without a dated offer is flagged: "%s"', (prospect, reply, words) => {
    const report = analyze(reply, { prospect });
    expect(report.thread).toEqual({ situation: 'stall', faults: ['pressures_stall'] });
    const f = report.findings.find((x) => x.rule === 'thread/pressures-stall')!;
    expect(f.text).toMatch(words);
    expect(f.message).toBe('They asked for time; this pushes them to decide now.');
  });

  it('never marks the prospect\'s message: every span is in the draft, and their words are nowhere in the report', () => {
    const reply = 'Sure, happy to take 20% off the annual plan.';
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(reply.slice(f.start, f.end)).toBe(f.text);
    expect(JSON.stringify(report)).not.toContain('knock');
  });

  it('is turned off like a rule, by id or category, while the reading still names it', () => {
    const reply = 'Sure, happy to take 20% off the annual plan.';
    for (const options of [{ disabledRules: ['thread/caves-on-price'] }, { disabledCategories: ['timidity' as const] }]) {
      const report = analyze(reply, { prospect: DISCOUNT, ...options });
      expect(report.findings.filter((f) => f.rule.startsWith('thread/'))).toEqual([]);
      expect(report.thread?.faults).toEqual(['caves_on_price']);
    }
  });
});

describe('a fault that is an absence', () => {
  it('after "no budget", withdrawing without a question is a note, not a finding', () => {
    const report = analyze('Totally understand. I will close out your file and reach out next year.', { prospect: BUDGET });
    expect(report.thread).toEqual({ situation: 'budget', faults: ['gives_up'] });
    expect(report.findings.filter((f) => f.rule.startsWith('thread/'))).toEqual([]);
    expect(report.notes.map((n) => n.id)).toContain('thread-gives-up');
    expect(report.notes.find((n) => n.id === 'thread-gives-up')!.message).toMatch(/^They said the money isn't there, and this reply accepts it/);
    expect(analyze('Totally understand. I will close out your file and reach out next year.', { prospect: BUDGET, disabledRules: ['thread/gives-up'] }).notes.map((n) => n.id)).not.toContain('thread-gives-up');
  });

  it.each([
    'Got it, thanks for the candour. We will leave it there, and do get in touch if anything shifts on your side.',
    'No problem at all. I will close my notes on this one and wish you a smooth year.',
    'Makes sense, thanks. I will step back for now; you know where I am.',
  ])('after "no budget", withdrawing worded otherwise is still giving up: "%s"', (reply) => {
    const report = analyze(reply, { prospect: BUDGET });
    expect(report.thread).toEqual({ situation: 'budget', faults: ['gives_up'] });
    expect(report.notes.find((n) => n.id === 'thread-gives-up')!.message).toMatch(/^They said the money isn't there, and this reply accepts it/);
  });

  it.each([
    ['How many drivers can one dispatcher account manage?', 'That is something we can happily go through together on a call. Our dispatch tool is rated the easiest on the market. Are you free on Wednesday?'],
    ['Is the annual servicing included in the lease?', 'Our leases are the most flexible in the region, and customers love the new models. Shall I send you the brochure?'],
  ])('a question put off or pitched past is a note: "%s"', (prospect, reply) => {
    const report = analyze(reply, { prospect });
    expect(report.thread).toEqual({ situation: 'question', faults: ['dodges_question'] });
    expect(report.notes.find((n) => n.id === 'thread-dodges-question')!.message).toMatch(/^They asked a question, and this reply does not answer it/);
  });

  it('a question left unanswered for a pitch is a note', () => {
    const report = analyze('We are the leading logistics platform, trusted by hundreds of teams, and our roadmap is exciting. Can we book a demo next week?', { prospect: QUESTION });
    expect(report.thread).toEqual({ situation: 'question', faults: ['dodges_question'] });
    expect(report.notes.find((n) => n.id === 'thread-dodges-question')!.message).toMatch(/^They asked a question, and this reply does not answer it/);
  });
});

describe('a good reply', () => {
  it.each([
    [DISCOUNT, 'I can move on price only if the term goes to three years. On one year, the quoted price stands because it includes the on-site training.'],
    [BUDGET, 'Understood. What is the manual reporting costing your analysts each month while the freeze lasts?'],
    [DECLINED, 'Thanks for letting me know, and good luck with the rollout. If anything changes, I am a call away.'],
    [DECLINED, 'Thanks for telling me. What made the difference in the end? Only if you have a minute.'],
    [DECLINED, 'Congratulations on getting it settled. If their rollout ever runs into trouble with the depot scanners, our team would be glad to help.'],
    [DISCOUNT, 'Commit to the three-year term and I can take 20% off; on one year the price stays as quoted.'],
    [BUDGET, 'Thanks for letting me know. While the freeze lasts, how many hours a week is the team losing to the manual reconciliations?'],
    [STALL, 'Of course. I will put together a one-page summary for the board and check in on the 2nd as you suggested.'],
    [QUESTION, 'Yes: the app keeps working offline and syncs when the device is back on the network. Want me to set up a test device for your floor lead?'],
    ['We have decided not to renew when the contract finishes in May.', 'Thank you for telling us in good time. Your records will be exported and ready well before the contract finishes, so the move is painless. If you are happy to share it, what was the main reason?'],
    ['We will not be going ahead with the new phone system.', 'Understood, and thanks for the quick answer. If a colleague elsewhere is ever looking for one, I would be glad of an introduction, but no pressure at all.'],
    ['The planning committee sits on the 18th; I should know more after that.', 'Thanks. I will send a one-page summary for the committee this week and give you a ring on the 19th.'],
    ['Can you come back to me in October? We are in the middle of a stock take.', 'October it is. Good luck with the stock take, and I will be in touch in the first week.'],
    ['We regret that your tender for the library refit was not successful.', 'Thank you for telling us. If the panel shares feedback with bidders, we would value the scores so our next submission is stronger.'],
    ['We would pay the full year upfront if you can take 10% off.', 'That works: 10% off with the full year paid upfront. I will send the new order form today.'],
    ['Can you do better on price?', 'We can usually start within a week of signing.'],
  ])('after "%s" has no thread fault', (prospect, reply) => {
    const report = analyze(reply, { prospect });
    expect(report.thread!.faults).toEqual([]);
    expect(report.findings.filter((f) => f.rule.startsWith('thread/'))).toEqual([]);
    expect(report.notes.filter((n) => n.id.startsWith('thread-'))).toEqual([]);
  });

  it.each([DISCOUNT, BUDGET, DECLINED, STALL, QUESTION])('a draft begun with only a greeting or a sign-off answers nothing yet after "%s"', (prospect) => {
    for (const reply of ['Hi Dana,', 'Thanks,\nJordan', 'Hi Dana,\n\nBest,\nJordan']) {
      const report = analyze(reply, { prospect });
      expect(report.thread!.faults, reply).toEqual([]);
      expect(report.findings.filter((f) => f.rule.startsWith('thread/')), reply).toEqual([]);
      expect(report.notes.filter((n) => n.id.startsWith('thread-')), reply).toEqual([]);
    }
  });

  it('after a yes or a pleasantry, even pressure is left to the sentence coaching', () => {
    const report = analyze('Great. Sign today or the launch price is gone for good.', { prospect: 'Tuesday at 2 works. Send the invite.' });
    expect(report.thread).toEqual({ situation: 'interested', faults: [] });
    expect(report.findings.some((f) => f.category === 'hard_close' && !f.rule.startsWith('thread/'))).toBe(true);
  });
});
