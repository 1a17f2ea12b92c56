/**
 * The one message protocol: only this extension is heard, and only well-formed messages; and the panel follows the
 * mail tab in which a draft was last focused.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { acceptMessage, acceptTabState, type TabState } from '../../src/messaging/protocol';
import { followedTab, panelStatus, type MailTab } from '../../src/messaging/follow';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const report = analyze('Honestly, your team needs our routing module.');
const state = (focusedAt: number, key = 'compose-1'): TabState => ({
  client: 'gmail', status: 'draft', focusedAt,
  draft: { key, findings: report.findings.map((finding) => ({ finding, previews: [] })), scores: report.scores, balance: report.balance, stats: report.stats, notes: report.notes, analysed: true },
});

describe('acceptMessage', () => {
  it('accepts a well-formed message from this extension', () => {
    const m = acceptMessage({ type: 'poise/tab-state', state: state(5) }, { id: ID }, ID);
    expect(m?.type).toBe('poise/tab-state');
    expect(acceptMessage({ type: 'poise/apply', draftKey: 'k', findingId: 'f', rewrite: '' }, { id: ID }, ID)).toEqual({ type: 'poise/apply', draftKey: 'k', findingId: 'f', rewrite: '' });
  });

  it('carries every field the panel shows: a finding\'s sentence to write by hand survives validation', () => {
    const withheld = analyze('The spares ship on Monday, you really need this upgrade, and the fitter can come on Thursday.');
    const finding = withheld.findings.find((f) => f.rule === 'hard_close/you-need-this')!;
    expect(finding.example).toBeDefined();
    const s = state(5);
    s.draft!.findings = [{ finding, previews: [] }];
    const m = acceptMessage({ type: 'poise/tab-state', state: s }, { id: ID }, ID);
    expect(m?.type === 'poise/tab-state' && m.state.draft?.findings[0]!.finding).toEqual(finding);
  });

  it('ignores any other sender, even with a well-formed message', () => {
    expect(acceptMessage({ type: 'poise/get-state' }, { id: 'another-extension' }, ID)).toBeNull();
    expect(acceptMessage({ type: 'poise/get-state' }, {}, ID)).toBeNull();
  });

  it('ignores unknown types and malformed payloads', () => {
    expect(acceptMessage({ type: 'poise/format-disk' }, { id: ID }, ID)).toBeNull();
    expect(acceptMessage({ type: 'poise/apply', findingId: 'f' }, { id: ID }, ID)).toBeNull();
    const bad = state(1);
    (bad.draft!.findings[0]!.finding as { category: string }).category = 'rude';
    expect(acceptMessage({ type: 'poise/tab-state', state: bad }, { id: ID }, ID)).toBeNull();
    expect(acceptTabState('nonsense')).toBeNull();
  });
});

describe('the thread in a tab state', () => {
  // Without findings: the test above spoils the shared report's first finding on purpose.
  const plain = (): TabState => ({ ...state(5), draft: { ...state(5).draft!, findings: [] } });

  it('carries the situation and the faults’ names, validated, and never the prospect’s words', () => {
    const withThread = { ...plain(), draft: { ...plain().draft!, thread: { situation: 'discount', faults: ['caves_on_price'], prospect: 'Can you do 15% off?' } } };
    const m = acceptMessage({ type: 'poise/tab-state', state: withThread }, { id: ID }, ID);
    expect(m?.type === 'poise/tab-state' && m.state.draft!.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    expect(JSON.stringify(m)).not.toContain('15% off');
    // A name outside the vocabulary is refused; a state without a thread is still fine.
    for (const thread of [{ situation: 'angry', faults: [] }, { situation: 'discount', faults: ['rude'] }]) {
      expect(acceptMessage({ type: 'poise/tab-state', state: { ...plain(), draft: { ...plain().draft!, thread } } }, { id: ID }, ID)).toBeNull();
    }
    expect(acceptTabState(plain())?.draft!.thread).toBeUndefined();
  });
});

describe('the tab the panel follows', () => {
  const tab = (tabId: number, s: TabState | null, active = false): MailTab => ({ tabId, client: 'gmail', active, state: s });

  it('is the tab in which a draft last took focus, whichever tab is active', () => {
    expect(followedTab([tab(1, state(100), true), tab(2, state(200))])?.tabId).toBe(2);
    expect(followedTab([tab(1, state(0), true), tab(2, state(0))])?.tabId).toBe(1);
    expect(followedTab([])).toBeNull();
  });

  it('says which state it is in: no mail tab, site off, unreadable, no draft, or the draft', () => {
    expect(panelStatus(null, DEFAULT_SETTINGS, true)).toEqual({ kind: 'no-mail-tab' });
    expect(panelStatus(tab(1, state(1)), { ...DEFAULT_SETTINGS, sites: { gmail: false, outlook: true } }, true)).toEqual({ kind: 'off', client: 'gmail' });
    expect(panelStatus(tab(1, null), DEFAULT_SETTINGS, true)).toEqual({ kind: 'unreadable', client: 'gmail' });
    expect(panelStatus(tab(1, { client: 'gmail', status: 'no-draft', focusedAt: 0, draft: null }), DEFAULT_SETTINGS, true)).toEqual({ kind: 'no-draft', client: 'gmail' });
    expect(panelStatus(tab(1, state(1)), DEFAULT_SETTINGS, true).kind).toBe('draft');
  });
});

describe('the record-send message', () => {
  const entry = {
    at: 1_772_625_600_000, client: 'gmail', words: 12, findings: { hard_close: 1, self_serving: 0, timidity: 0 },
    rules: { 'hard_close/you-need-this': 1 }, scores: { hard_close: 58, self_serving: 0, timidity: 0 }, balance: 58, applied: 0, dismissed: 0,
  };

  it('carries counts and rule ids only: a message with any text in it is refused', () => {
    expect(acceptMessage({ type: 'poise/record-send', entry }, { id: ID }, ID)).toEqual({ type: 'poise/record-send', entry });
    expect(acceptMessage({ type: 'poise/record-send', entry: { ...entry, subject: 'Pilot pricing' } }, { id: ID }, ID)).toBeNull();
    expect(acceptMessage({ type: 'poise/record-send', entry: { ...entry, rules: { 'your team needs our routing module': 1 } } }, { id: ID }, ID)).toBeNull();
    expect(acceptMessage({ type: 'poise/record-send', entry: { ...entry, client: 'Dana Whitfield' } }, { id: ID }, ID)).toBeNull();
  });
});
