/**
 * The in-page coach without a browser: a Gmail fixture in jsdom, the real adapter, analyser, painter (its overlay
 * fallback, since jsdom has no CSS Custom Highlight API) and page coach. What the rep would notice: which words
 * are marked, when analysis runs while typing, that the editor's own DOM is never touched, and that everything
 * goes when the coach stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSession } from '../../src/analyzer';
import { gmailAdapter, outlookAdapter } from '../../src/editors';
import type { Draft } from '../../src/editors/types';
import type { AnalyzeOptions } from '../../src/analyzer/types';
import { GMAIL_PROSPECT, OUTLOOK_PROSPECT } from '../editors/load';
import { DraftCoach } from '../../src/coach/draft-coach';
import { createPainter } from '../../src/coach/highlights';
import { startPageCoach } from '../../src/coach/page-coach';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import type { TabState } from '../../src/messaging/protocol';
import { FIXTURES, fixturePage } from './fixture-page';

const BODY = 'div[g_editable="true"]';

const page = fixturePage;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DraftCoach', () => {
  function coachOn(doc: Document, debounceMs = 150) {
    const [draft] = gmailAdapter.findDrafts(doc);
    const painter = createPainter(doc);
    // jsdom checks that the signal is one of its own window's.
    const stop = new doc.defaultView!.AbortController();
    const coach = new DraftCoach({
      draft: draft!, painter, createSession: () => createSession(), isDismissed: async () => false, debounceMs,
      yieldToPage: () => Promise.resolve(), signal: stop.signal,
    });
    return { draft: draft!, painter, stop, coach };
  }

  it('marks the offending words of the draft, and only of the draft, without touching the editor', async () => {
    const { doc } = page();
    const before = doc.querySelector(BODY)!.innerHTML;
    const { coach, painter, draft } = coachOn(doc);
    await vi.runAllTimersAsync();
    const texts = coach.findings.map((l) => l.range.toString());
    expect(texts).toEqual(expect.arrayContaining(['you need this', 'Sorry to bother you']));
    expect(coach.findings.every((l) => draft.body.contains(l.range.commonAncestorContainer))).toBe(true);
    expect(painter.marks(draft.key)).toHaveLength(coach.findings.length);
    // The fallback paints boxes in its own layer, outside the editor; the editor's HTML is exactly as typed.
    expect(doc.querySelector('poise-overlay')?.shadowRoot?.querySelectorAll('.poise-mark').length).toBeGreaterThan(0);
    expect(doc.querySelector(BODY)!.innerHTML).toBe(before);
    expect(draft.body.querySelectorAll('[class^="poise"], poise-overlay').length).toBe(0);
  });

  it('waits for a pause in typing, and never analyses during an IME composition', async () => {
    const { doc, win } = page();
    const { coach, draft } = coachOn(doc);
    await vi.runAllTimersAsync();
    const firstLine = draft.body.firstChild as Text;
    firstLine.data = 'Honestly, your warehouse needs this. ';
    draft.body.dispatchEvent(new win.Event('compositionstart'));
    draft.body.dispatchEvent(new win.Event('input'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(coach.findings.map((l) => l.range.toString())).not.toContain('your warehouse needs this');
    draft.body.dispatchEvent(new win.Event('compositionend'));
    await vi.advanceTimersByTimeAsync(100);
    expect(coach.findings.map((l) => l.range.toString())).not.toContain('your warehouse needs this');
    await vi.advanceTimersByTimeAsync(100);
    expect(coach.findings.map((l) => l.range.toString())).toContain('your warehouse needs this');
  });

  it('drops the mark of a span the rep is editing at once, before the next analysis', async () => {
    const { doc, win } = page();
    const { coach, draft, painter } = coachOn(doc);
    await vi.runAllTimersAsync();
    const target = coach.findings.find((l) => l.range.toString() === 'you need this')!;
    const selection = doc.getSelection()!;
    const caret = doc.createRange();
    caret.setStart(target.range.startContainer, target.range.startOffset + 2);
    selection.removeAllRanges();
    selection.addRange(caret);
    draft.body.dispatchEvent(new win.Event('input'));
    expect(painter.marks(draft.key).map((m) => m.range.toString())).not.toContain('you need this');
  });

  it('hides a dismissed finding on every later analysis', async () => {
    const { doc } = page();
    const { coach } = coachOn(doc);
    await vi.runAllTimersAsync();
    const f = coach.findings.find((l) => l.range.toString() === 'you need this')!.finding;
    coach.markDismissed(f);
    coach.schedule(0);
    await vi.runAllTimersAsync();
    expect(coach.findings.map((l) => l.finding.rule)).not.toContain(f.rule);
  });
});

describe('page coach', () => {
  function start(doc: Document, loadAnalyzer = vi.fn(async () => ({ createSession }))) {
    const stop = new doc.defaultView!.AbortController();
    startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer, loadSettings: async () => DEFAULT_SETTINGS, watchSettings: () => () => {},
      turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {}, signal: stop.signal,
    });
    return { stop, loadAnalyzer };
  }

  it('loads the analyser only when a compose appears, and coaches it', async () => {
    const { doc } = page();
    const compose = doc.querySelector('div.M9')!;
    const parent = compose.parentElement!;
    compose.remove();
    const { loadAnalyzer } = start(doc);
    await vi.advanceTimersByTimeAsync(1000);
    expect(loadAnalyzer).not.toHaveBeenCalled();
    parent.append(compose);
    await vi.advanceTimersByTimeAsync(1000);
    expect(loadAnalyzer).toHaveBeenCalledTimes(1);
    expect(doc.querySelector('poise-overlay')?.shadowRoot?.querySelectorAll('.poise-mark').length).toBeGreaterThan(0);
  });

  it('removes everything it added when it stops (extension reloaded or updated)', async () => {
    const { doc } = page();
    const { stop } = start(doc);
    await vi.advanceTimersByTimeAsync(1000);
    const added = () => [...doc.querySelectorAll('poise-overlay, poise-tooltip, #poise-highlight-style')].map((e) => e.tagName.toLowerCase());
    expect(added()).toEqual(['poise-overlay', 'poise-tooltip']);
    stop.abort();
    expect(added()).toEqual([]);
  });

  it('stays quiet when the mail client is set off in settings', async () => {
    const { doc } = page();
    const stop = new doc.defaultView!.AbortController();
    startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer: async () => ({ createSession }),
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, sites: { gmail: false, outlook: true } }), watchSettings: () => () => {},
      turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {}, signal: stop.signal,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(doc.querySelector('poise-overlay')?.shadowRoot?.querySelectorAll('.poise-mark').length ?? 0).toBe(0);
  });
});

describe('applying by finding id (the side panel\'s API)', () => {
  function startCoach(doc: Document) {
    const stop = new doc.defaultView!.AbortController();
    return startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer: async () => ({ createSession }), loadSettings: async () => DEFAULT_SETTINGS,
      watchSettings: () => () => {}, turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {},
      signal: stop.signal,
    });
  }

  /** jsdom has no editing commands: insertText as a browser performs it on the selection (the e2e tests use the real one). */
  function withInsertText(doc: Document) {
    const calls: string[] = [];
    doc.execCommand = ((command: string, _ui?: boolean, value = '') => {
      if (command !== 'insertText') return false;
      calls.push(value);
      const range = doc.getSelection()!.getRangeAt(0);
      range.deleteContents();
      const node = doc.createTextNode(value);
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      return true;
    }) as Document['execCommand'];
    return calls;
  }

  const lines = (text: string) => text.split('\n');

  /** A Gmail page with the coach running on it and its first analysis done; insertText recorded in `calls`. */
  async function coachedDraft() {
    const { doc } = page();
    const calls = withInsertText(doc);
    const coach = startCoach(doc);
    await vi.advanceTimersByTimeAsync(1000);
    const draft = gmailAdapter.findDrafts(doc)[0]!;
    return { doc, calls, coach, draft, text: draft.extract().text };
  }

  it('applies only a rewrite the finding offers: a sentence with blanks is the rep\'s to write, and the draft stays as it was', async () => {
    const { calls, coach, draft, text } = await coachedDraft();
    const f = createSession().update(text).findings.find((x) => x.rule === 'hard_close/you-need-this')!;
    expect(f.text).toBe('you need this');
    expect(f.rewrites).toEqual([]);
    expect(f.example).toBe('[Our product] could help with [the problem they described].');
    // A side panel drawn before the rewrite was withheld may still send it: refused, nothing typed.
    expect(coach.applyFinding(f.id, f.example!)).toBe('stale');
    expect(calls).toEqual([]);
    expect(draft!.extract().text).toBe(text);
  });

  it('removes the sentence when the rewrite is "" and what its clause would leave still apologises', async () => {
    const { doc, coach, draft, text } = await coachedDraft();
    const f = createSession().update(text).findings.find((x) => x.rule === 'timidity/sorry-to-bother')!;
    expect(f.rewrites).toContain('');
    expect(coach.applyFinding(f.id, '')).toBe('applied');
    // "I know you're busy." alone would still be timid: the whole line goes.
    expect(draft!.extract().text).toBe(text.replace('Sorry to bother you, I know you’re busy.\n', ''));
  });

  it('refuses when the words changed since the analysis, re-checks, and reports an unknown id', async () => {
    const { doc, calls, coach, draft, text } = await coachedDraft();
    const id = `hard_close/you-need-this@${text.indexOf('you need this')}`;
    // The rep changes those very words before pressing Apply in the side panel.
    const node = [...draft!.body.childNodes].flatMap((n) => [n, ...n.childNodes]).find((n) => n.textContent?.includes('you need this') && n.nodeType === 3) as Text;
    node.data = node.data.replace('you need this', 'you want this');
    expect(coach.applyFinding(id, 'This could help.')).toBe('stale');
    expect(calls).toEqual([]);
    expect(draft!.extract().text).toContain('Honestly, you want this, and if you don’t sign by');
    expect(coach.applyFinding('hard_close/nope@0', 'x')).toBe('not-found');
  });

  it('refuses rather than replace the wrong words when text before the finding moved it since the analysis', async () => {
    const { doc } = page();
    const calls = withInsertText(doc);
    const coach = startCoach(doc);
    await vi.advanceTimersByTimeAsync(1000);
    const [draft] = gmailAdapter.findDrafts(doc);
    const f = createSession().update(draft!.extract().text).findings.find((x) => x.rule === 'timidity/sorry-to-bother')!;
    (draft!.body.firstChild as Text).data = 'Hi Dana Whitfield,';
    const typed = draft!.extract().text;
    expect(coach.applyFinding(f.id, f.rewrites[0]!)).toBe('stale');
    expect(calls).toEqual([]);
    expect(draft!.extract().text).toBe(typed);
  });
});

describe('what the page coach tells the side panel', () => {
  it('publishes the focused draft\'s findings with previews, follows focus to the other compose, and drops a dismissed finding', async () => {
    const { doc } = page('gmail-two-composes.html');
    const stop = new doc.defaultView!.AbortController();
    const published: TabState[] = [];
    let clock = 1000;
    const coach = startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer: async () => ({ createSession }), loadSettings: async () => DEFAULT_SETTINGS,
      watchSettings: () => () => {}, turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {},
      signal: stop.signal, publish: (s) => published.push(s), now: () => clock++,
    });
    await vi.advanceTimersByTimeAsync(1000);
    const [first, second] = gmailAdapter.findDrafts(doc);
    const textsOf = (d: typeof first) => createSession().update(d!.extract().text).findings.map((f) => f.text).sort();
    // Nothing focused yet: the first compose is shown, not marked as focused.
    expect(coach.state().status).toBe('draft');
    expect(coach.state().focusedAt).toBe(0);
    expect(coach.state().draft!.findings.map((f) => f.finding.text).sort()).toEqual(textsOf(first));

    second!.body.focus();
    const now = published.at(-1)!;
    expect(now.draft!.key).toBe(second!.key);
    expect(now.focusedAt).toBeGreaterThan(0);
    expect(now.draft!.findings.map((f) => f.finding.text).sort()).toEqual(textsOf(second));
    // In draft order, each rewrite with its preview of the sentence after Apply.
    const starts = now.draft!.findings.map((f) => f.finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const withRewrites = now.draft!.findings.find((f) => f.finding.rewrites.length > 0)!;
    expect(withRewrites.previews.map((p) => p.rewrite)).toEqual(withRewrites.finding.rewrites.slice(0, 3));

    const gone = now.draft!.findings[0]!.finding;
    expect(coach.dismissFinding(second!.key, gone.id)).toBe(true);
    expect(published.at(-1)!.draft!.findings.map((f) => f.finding.id)).not.toContain(gone.id);
    stop.abort();
  });

  it('says the tab has no draft once the last compose closes', async () => {
    const { doc } = page();
    const stop = new doc.defaultView!.AbortController();
    const published: TabState[] = [];
    startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer: async () => ({ createSession }), loadSettings: async () => DEFAULT_SETTINGS,
      watchSettings: () => () => {}, turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {},
      signal: stop.signal, publish: (s) => published.push(s),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(published.at(-1)!.status).toBe('draft');
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(published.at(-1)).toMatchObject({ status: 'no-draft', draft: null });
    stop.abort();
  });
});

describe('reading the thread', () => {
  /** The draft with its reads of the prospect's message counted. */
  function counted(draft: Draft) {
    const reads = vi.fn(() => draft.prospectMessage());
    return { draft: { ...draft, prospectMessage: reads } as Draft, reads };
  }

  function coachOn(doc: Document, draft: Draft) {
    const painter = createPainter(doc);
    const stop = new doc.defaultView!.AbortController();
    const sessions = vi.fn((prospect: string) => createSession({ prospect }));
    const coach = new DraftCoach({
      draft, painter, createSession: sessions, isDismissed: async () => false, debounceMs: 150,
      yieldToPage: () => Promise.resolve(), signal: stop.signal,
    });
    return { coach, painter, sessions, stop };
  }

  it('analyses a reply with the prospect’s last message, read once, and never paints the quote', async () => {
    const { doc, win } = page('gmail-reply-inline.html');
    const { draft, reads } = counted(gmailAdapter.findDrafts(doc)[0]!);
    const { coach, sessions } = coachOn(doc, draft);
    await vi.runAllTimersAsync();
    expect(sessions.mock.calls).toEqual([[GMAIL_PROSPECT]]);
    expect(coach.findings.length).toBeGreaterThan(0);
    const quote = draft.body.querySelector('.gmail_quote')!;
    for (const l of coach.findings) {
      expect(quote.contains(l.range.startContainer) || quote.contains(l.range.endContainer), l.range.toString()).toBe(false);
    }
    // Typing goes on inside the lines: many analyses, no second read of the thread and no new session.
    const line = [...draft.body.querySelectorAll(':scope > div')].find((d) => d.firstChild?.nodeType === 3)!.firstChild as Text;
    for (const word of [' Really', ' truly', ' honestly']) {
      line.data += word;
      draft.body.dispatchEvent(new win.Event('input'));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(coach.analysedText).toContain('honestly');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(sessions).toHaveBeenCalledTimes(1);
  });

  it('a new compose is analysed as a first email: prospect ""', async () => {
    const { doc } = page('gmail-compose-new.html');
    const { sessions } = coachOn(doc, gmailAdapter.findDrafts(doc)[0]!);
    await vi.runAllTimersAsync();
    expect(sessions.mock.calls).toEqual([['']]);
  });

  it('starts a new session when the quote appears under the draft (Outlook’s history expanded), and only then', async () => {
    const { doc, win } = page('outlook-reply.html');
    const body = outlookAdapter.findDrafts(doc)[0]!.body;
    // Collapsed: the history is not in the editor until the rep clicks "…".
    const history: Element[] = [];
    for (let el = body.querySelector(':scope > #appendonsend'); el; el = el.nextElementSibling) history.push(el);
    for (const el of history) el.remove();
    const { draft, reads } = counted(outlookAdapter.findDrafts(doc)[0]!);
    const { coach, sessions } = coachOn(doc, draft);
    await vi.runAllTimersAsync();
    expect(sessions.mock.calls).toEqual([['']]);
    const before = coach.analysedText;

    body.append(...history);
    await vi.runAllTimersAsync();
    expect(sessions.mock.calls).toEqual([[''], [OUTLOOK_PROSPECT]]);
    // Same draft, same findings: the quote joined the thread, not the draft.
    expect(coach.analysedText).toBe(before);
    const header = body.querySelector('#divRplyFwdMsg')!;
    expect(coach.findings.length).toBeGreaterThan(0);
    expect(coach.findings.every((l) => header.compareDocumentPosition(l.range.endContainer) & win.Node.DOCUMENT_POSITION_PRECEDING)).toBe(true);
    const readsNow = reads.mock.calls.length;
    // Any other change to the body's children reads the thread again; the same text keeps the same session.
    body.append(doc.createElement('div'));
    await vi.runAllTimersAsync();
    expect(reads.mock.calls.length).toBe(readsNow + 1);
    expect(sessions).toHaveBeenCalledTimes(2);
  });

  it('the page coach passes the prospect’s message into the analysis and tells the panel the thread’s situation, not its words', async () => {
    const { doc } = page('gmail-reply-inline.html');
    const stop = new doc.defaultView!.AbortController();
    const published: TabState[] = [];
    const seen: AnalyzeOptions[] = [];
    // Stand-in for the thread analyser (built on its own branch): it reports a situation when given a message.
    const loadAnalyzer = async () => ({
      createSession(options: AnalyzeOptions) {
        seen.push(options);
        const session = createSession(options);
        return { ...session, update: (text: string) => ({ ...session.update(text), thread: { situation: 'discount' as const, faults: [] } }) };
      },
    });
    startPageCoach({
      doc, adapter: gmailAdapter, loadAnalyzer, loadSettings: async () => DEFAULT_SETTINGS, watchSettings: () => () => {},
      turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {}, signal: stop.signal,
      publish: (s) => published.push(s),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([expect.objectContaining({ prospect: GMAIL_PROSPECT, sensitivity: DEFAULT_SETTINGS.sensitivity })]);
    const last = published.at(-1)!;
    expect(last.draft!.thread).toEqual({ situation: 'discount', faults: [] });
    expect(JSON.stringify(published)).not.toContain('we could sign by Friday');
    stop.abort();
  });
});
