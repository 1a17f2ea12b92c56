// @vitest-environment jsdom
/**
 * The side panel as a rep reads it: every state says what it is, the findings are grouped by category in the order
 * they appear in the draft, each rewrite previewed as the sentence will read, and the buttons act on the right
 * finding. The draft comes from the real analyser, its previews from previewRewrite, as the page coach sends them.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { analyze, faultRuleId, previewRewrite, SITUATION_TEXT, SITUATIONS } from '../../src/analyzer';
import { readability, SidePanel, type PanelDraft, type PanelStatus } from '../../src/ui/SidePanel';

const DRAFT = 'Hi Sam,\n\nSorry to bother you again, I know you are busy.\nHonestly, your team needs our routing module.\nI need to hit my number this quarter.\n';

function draftView(text: string): PanelDraft {
  const report = analyze(text);
  return {
    key: 'compose-1',
    findings: report.findings.map((finding) => ({
      finding,
      previews: finding.rewrites.slice(0, 3).map((rewrite) => ({ rewrite, ...previewRewrite(text, finding, rewrite) })),
    })),
    scores: report.scores, balance: report.balance, stats: report.stats, notes: report.notes, analysed: true,
  };
}

function mount(status: PanelStatus) {
  const host = document.createElement('div');
  document.body.append(host);
  const calls = { onSelect: vi.fn(), onApply: vi.fn(), onDismiss: vi.fn(), onReturn: vi.fn() };
  act(() => render(<SidePanel status={status} {...calls} />, host));
  return { host, ...calls };
}

describe('SidePanel', () => {
  it.each([
    [{ kind: 'no-mail-tab' }, 'No mail tab is open', 'Open Gmail or Outlook on the web'],
    [{ kind: 'no-draft', client: 'gmail' }, 'No draft open in Gmail', 'Click Compose or Reply'],
    [{ kind: 'off', client: 'outlook' }, 'Poise is turned off for Outlook', 'Turn it back on'],
    [{ kind: 'unreadable', client: 'gmail' }, 'Poise can’t read this Gmail page', 'Reload the mail tab'],
  ] as [PanelStatus, string, string][])('says what the state is, never an empty panel: %o', (status, title, advice) => {
    const { host } = mount(status);
    expect(host.querySelector('h2')!.textContent).toBe(title);
    expect(host.querySelector('.poise-empty p')!.textContent).toContain(advice);
  });

  it('groups the findings by category, in the order they appear in the draft, each with its why and previewed rewrites', () => {
    const view = draftView(DRAFT);
    const { host } = mount({ kind: 'draft', client: 'gmail', draft: view });
    const groups = [...host.querySelectorAll('.poise-group')].map((g) => ({
      title: g.querySelector('h3')!.textContent,
      quotes: [...g.querySelectorAll('.poise-quote')].map((q) => q.textContent),
    }));
    const expected = (['hard_close', 'self_serving', 'timidity'] as const)
      .map((c) => view.findings.filter((f) => f.finding.category === c).sort((a, b) => a.finding.start - b.finding.start))
      .filter((list) => list.length > 0)
      .map((list) => list.map((f) => `“${f.finding.text}”`));
    expect(groups.map((g) => g.quotes)).toEqual(expected);
    expect(groups[0]!.title).toMatch(/^Hard-close pressure/);
    const first = view.findings.find((f) => f.finding.text === 'your team needs our routing module')!;
    const item = [...host.querySelectorAll('.poise-finding')].find((li) => li.textContent!.includes('your team needs our routing module'))!;
    expect(item.querySelector('.poise-why')!.textContent).toBe(first.finding.why);
    expect(item.querySelectorAll('.poise-apply').length).toBe(Math.min(3, first.finding.rewrites.length));
    expect([...item.querySelectorAll('.poise-preview ins')].map((e) => e.textContent)).toEqual(first.finding.rewrites.slice(0, 3).filter((r) => r !== ''));
  });

  it('shows the gauge, a score per category, the statistics and the notes', () => {
    const view = draftView('Hi Sam,\n\nI need to hit my number this quarter. We want to help. I think our product is great. We built it and we love it. Our team and I are proud of our work.\n');
    const { host } = mount({ kind: 'draft', client: 'outlook', draft: view });
    const meter = host.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe(String(view.balance));
    expect(meter.getAttribute('aria-valuetext')).toMatch(/\(/);
    expect([...host.querySelectorAll('.poise-score-value')].map((e) => e.textContent)).toEqual([view.scores.hard_close, view.scores.self_serving, view.scores.timidity].map(String));
    expect(host.querySelector('.poise-stats')!.textContent).toContain(`${view.stats.secondPerson} : ${view.stats.firstPerson}`);
    expect([...host.querySelectorAll('.poise-notes li')].map((e) => e.textContent)).toEqual(view.notes.map((n) => n.message));
    expect(view.notes.length).toBeGreaterThan(0);
  });

  it('sends the finding clicked, the rewrite applied, the dismissal, and Escape back to the draft', () => {
    const view = draftView(DRAFT);
    const { host, onSelect, onApply, onDismiss, onReturn } = mount({ kind: 'draft', client: 'gmail', draft: view });
    // The first finding that offers Apply (one whose better sentences all keep blanks offers none).
    const item = [...host.querySelectorAll('.poise-finding')].find((li) => li.querySelector('.poise-apply'))!;
    const id = item.getAttribute('data-finding')!;
    const finding = view.findings.find((f) => f.finding.id === id)!.finding;
    act(() => (item.querySelector('.poise-finding-show') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith(id);
    act(() => (item.querySelector('.poise-apply') as HTMLButtonElement).click());
    expect(onApply).toHaveBeenCalledWith(id, finding.rewrites[0]);
    act(() => (item.querySelector('.poise-dismiss') as HTMLButtonElement).click());
    expect(onDismiss).toHaveBeenCalledWith(id);
    act(() => {
      item.querySelector('.poise-apply')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onReturn).toHaveBeenCalled();
  });

  it('gives words per sentence as the readability figure, from the report statistics', () => {
    expect(readability({ words: 48, sentences: 4, questions: 0, secondPerson: 0, firstPerson: 0 })).toEqual({ perSentence: 12, verdict: 'easy to read' });
    expect(readability({ words: 90, sentences: 3, questions: 0, secondPerson: 0, firstPerson: 0 })?.verdict).toBe('hard to read: split a sentence');
    expect(readability({ words: 0, sentences: 0, questions: 0, secondPerson: 0, firstPerson: 0 })).toBeNull();
  });

  it.each(SITUATIONS.filter((s) => s !== 'none'))('says in one line what their last message does and how to answer it, above the findings: %s', (situation) => {
    const view = { ...draftView(DRAFT), thread: { situation, faults: [] } };
    const { host } = mount({ kind: 'draft', client: 'gmail', draft: view });
    const thread = host.querySelectorAll('.poise-thread');
    expect(thread).toHaveLength(1);
    expect(thread[0]!.querySelector('p')!.textContent).toBe(`${SITUATION_TEXT[situation].line} ${SITUATION_TEXT[situation].advice}`);
    const findings = host.querySelector('.poise-findings')!;
    expect(thread[0]!.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('adds nothing for a first email or a message that asks nothing, nor before the thread is read', () => {
    for (const thread of [{ situation: 'none' as const, faults: [] }, undefined]) {
      const { host } = mount({ kind: 'draft', client: 'outlook', draft: { ...draftView(DRAFT), thread } });
      expect(host.querySelector('.poise-thread')).toBeNull();
      expect(host.textContent).not.toContain(SITUATION_TEXT.none.line);
      host.remove();
    }
  });

  it('lists a thread finding in its category like any other, with its message and rewrites', () => {
    const text = 'Hi Sam,\n\nSure, happy to take 15% off the annual plan.\nSorry to bother you again.\n';
    const view = draftView(text);
    const base = view.findings[0]!;
    const rule = faultRuleId('caves_on_price');
    const start = text.indexOf('happy to take 15% off');
    const end = start + 'happy to take 15% off'.length;
    const finding = { ...base.finding, id: `${rule}:${start}`, rule, category: 'timidity' as const, start, end, text: text.slice(start, end),
      message: 'They asked for a lower price and this gives it, with nothing asked in return.' };
    const { host, onSelect } = mount({ kind: 'draft', client: 'gmail', draft: { ...view, findings: [...view.findings, { finding, previews: [] }], thread: { situation: 'discount', faults: ['caves_on_price'] } } });
    const group = host.querySelector('.poise-group.poise-timidity')!;
    const item = group.querySelector(`[data-finding="${finding.id}"]`)!;
    expect(item.querySelector('.poise-quote')!.textContent).toBe('“happy to take 15% off”');
    expect(item.querySelector('.poise-message')!.textContent).toBe(finding.message);
    act(() => (item.querySelector('.poise-finding-show') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith(finding.id);
  });
});
