/**
 * The side panel: live coaching for the draft in focus. Where the draft sits between pushover and pushy (a gauge),
 * a score per category, plain statistics, the findings grouped by category in the order they appear in the draft
 * (each with its why, up to three rewrites previewed as the sentence will read, Apply and Dismiss), and the
 * email-level notes. Every state without a draft says what it is. Props in, callbacks out: no browser, no mail client.
 */
import { SITUATION_TEXT, type Situation, type ThreadFault } from '../analyzer/thread/situations';
import { CATEGORIES, type Finding, type Scores, type Stats } from '../analyzer/types';
import { RewriteList, type RewritePreview } from './FindingTooltip';
import { CATEGORY_LABEL } from './labels';

export type MailClient = 'gmail' | 'outlook';

/** One draft as the panel shows it: the report of its last analysis, each finding with its previews. */
export interface PanelDraft {
  key: string;
  findings: readonly { finding: Finding; previews: readonly RewritePreview[] }[];
  scores: Scores;
  balance: number;
  stats: Stats;
  notes: readonly { id: string; message: string }[];
  /** False until the first analysis of the draft is done. */
  analysed: boolean;
  /** What the prospect's last message asks of the reply, when the analysis read the thread. */
  thread?: { situation: Situation; faults?: readonly ThreadFault[] } | undefined;
}

export type PanelStatus =
  | { kind: 'loading' }
  | { kind: 'no-mail-tab' }
  | { kind: 'no-draft'; client: MailClient }
  | { kind: 'off'; client: MailClient }
  | { kind: 'unreadable'; client: MailClient }
  | { kind: 'draft'; client: MailClient; draft: PanelDraft };

export interface SidePanelProps {
  status: PanelStatus;
  /** A sentence for the live region, e.g. after a refused Apply. */
  notice?: string;
  /** Scroll the draft to the finding and select its words. */
  onSelect(findingId: string): void;
  onApply(findingId: string, rewrite: string): void;
  onDismiss(findingId: string): void;
  /** Escape: back to the draft. */
  onReturn(): void;
  onOpenOptions?(): void;
}

export const CLIENT_NAME: Record<MailClient, string> = { gmail: 'Gmail', outlook: 'Outlook' };

/** Where the balance puts the draft, in words (the gauge draws it). */
export function balanceWords(balance: number, scores?: Scores): string {
  // The balance is hard close minus timidity: near 0 it can also mean both are high (README "Scores").
  if (scores && Math.abs(balance) <= 15 && scores.hard_close >= 50 && scores.timidity >= 50) return 'Pushy and timid at once';
  if (balance <= -50) return 'Pushover';
  if (balance < -15) return 'Leaning timid';
  if (balance <= 15) return 'Balanced';
  if (balance < 50) return 'Leaning pushy';
  return 'Pushy';
}

/**
 * The readability figure: average words per sentence, from the report's own statistics. Sentence length is the
 * part of every readability formula a rep can change while writing, and it needs no syllable counting (no library).
 */
export function readability(stats: Stats): { perSentence: number; verdict: string } | null {
  if (stats.sentences === 0 || stats.words === 0) return null;
  const perSentence = Math.round(stats.words / stats.sentences);
  const verdict = perSentence <= 20 ? 'easy to read' : perSentence <= 25 ? 'getting long' : 'hard to read: split a sentence';
  return { perSentence, verdict };
}

/** The findings of each category, in the order they appear in the draft. */
export function grouped(findings: PanelDraft['findings']) {
  return CATEGORIES.map((category) => ({
    category,
    items: findings.filter((f) => f.finding.category === category).sort((a, b) => a.finding.start - b.finding.start),
  })).filter((g) => g.items.length > 0);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Empty({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <section class="poise-empty" aria-labelledby="poise-empty-title">
      <h2 id="poise-empty-title">{title}</h2>
      {children}
    </section>
  );
}

function EmptyState({ status, onOpenOptions }: { status: Exclude<PanelStatus, { kind: 'draft' }>; onOpenOptions?: () => void }) {
  switch (status.kind) {
    case 'loading':
      return <Empty title="Looking for your draft…"><p>Poise is checking your open mail tabs.</p></Empty>;
    case 'no-mail-tab':
      return (
        <Empty title="No mail tab is open">
          <p>Open Gmail or Outlook on the web, start a draft to a prospect, and the coach for it appears here.</p>
        </Empty>
      );
    case 'no-draft':
      return (
        <Empty title={`No draft open in ${CLIENT_NAME[status.client]}`}>
          <p>Click Compose or Reply and start writing: the coach follows the draft you are working in.</p>
        </Empty>
      );
    case 'off':
      return (
        <Empty title={`Poise is turned off for ${CLIENT_NAME[status.client]}`}>
          <p>Your drafts there are not checked. Turn it back on under “Where Poise coaches” in the options.</p>
          {onOpenOptions && <button type="button" class="poise-secondary" onClick={onOpenOptions}>Open the options</button>}
        </Empty>
      );
    case 'unreadable':
      return (
        <Empty title={`Poise can’t read this ${CLIENT_NAME[status.client]} page`}>
          <p>Reload the mail tab. If this message stays, {CLIENT_NAME[status.client]} has changed its page and Poise needs an update; your draft is not being checked.</p>
        </Empty>
      );
  }
}

function Gauge({ balance, scores }: { balance: number; scores: Scores }) {
  const clamped = Math.max(-100, Math.min(100, balance));
  const words = balanceWords(clamped, scores);
  const signed = clamped > 0 ? `+${clamped}` : `${clamped}`;
  return (
    <div class="poise-gauge">
      <div
        class="poise-gauge-track"
        role="meter"
        aria-label="Where the draft sits between pushover and pushy"
        aria-valuemin={-100}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={`${words} (${signed})`}
      >
        <span class="poise-gauge-centre" aria-hidden="true" />
        <span class="poise-gauge-needle" aria-hidden="true" style={{ left: `${(clamped + 100) / 2}%` }} />
      </div>
      <div class="poise-gauge-ends" aria-hidden="true">
        <span>Pushover</span>
        <span>Balanced</span>
        <span>Pushy</span>
      </div>
      <p class="poise-gauge-verdict">{words} <span class="poise-muted">({signed})</span></p>
    </div>
  );
}

function Scores({ scores }: { scores: Scores }) {
  return (
    <ul class="poise-scores" aria-label="Score per category, 0 to 100">
      {CATEGORIES.map((c) => (
        <li key={c} class={`poise-${c}`}>
          <span class="poise-score-label">{CATEGORY_LABEL[c]}</span>
          <span class="poise-score-bar" aria-hidden="true"><span style={{ width: `${scores[c]}%` }} /></span>
          <span class="poise-score-value">{scores[c]}</span>
        </li>
      ))}
    </ul>
  );
}

function Statistics({ stats }: { stats: Stats }) {
  const read = readability(stats);
  return (
    <ul class="poise-stats">
      <li><span class="poise-stat-value">{stats.words}</span> <span class="poise-stat-label">words</span></li>
      <li><span class="poise-stat-value">{stats.questions}</span> <span class="poise-stat-label">{stats.questions === 1 ? 'question asked' : 'questions asked'}</span></li>
      <li>
        <span class="poise-stat-value">{stats.secondPerson} : {stats.firstPerson}</span>{' '}
        <span class="poise-stat-label">you/your to I/we/our</span>
      </li>
      <li>
        <span class="poise-stat-value">{read ? read.perSentence : '–'}</span>{' '}
        <span class="poise-stat-label">words per sentence{read ? `, ${read.verdict}` : ''}</span>
      </li>
    </ul>
  );
}

function FindingItem({ finding, previews, onSelect, onApply, onDismiss }: {
  finding: Finding;
  previews: readonly RewritePreview[];
  onSelect(): void;
  onApply(rewrite: string): void;
  onDismiss(): void;
}) {
  const whyId = `poise-why-${finding.id.replace(/[^\w-]/g, '_')}`;
  return (
    <li class={`poise-finding poise-${finding.category}`} data-finding={finding.id}>
      <button type="button" class="poise-finding-show" aria-describedby={whyId} onClick={onSelect}>
        <span class="poise-quote">“{finding.text}”</span>
        <span class="poise-message">{finding.message}</span>
        <span class="poise-level">{finding.level} · show in draft</span>
      </button>
      <p class="poise-why" id={whyId}>{finding.why}</p>
      <RewriteList previews={previews} example={finding.example} onApply={onApply} />
      <button type="button" class="poise-dismiss" onClick={onDismiss}>Dismiss</button>
    </li>
  );
}

/**
 * The prospect's last message in one line: what it does and how to answer it. Nothing for a first email or a message
 * that asks nothing ('none'): the usual coaching applies, and a line saying so would be noise.
 */
function ThreadLine({ situation }: { situation: Situation }) {
  if (situation === 'none') return null;
  const { line, advice } = SITUATION_TEXT[situation];
  return (
    <section class="poise-card poise-thread" aria-labelledby="poise-thread-title">
      <h2 id="poise-thread-title">Their last message</h2>
      <p><strong class="poise-thread-line">{line}</strong> <span class="poise-thread-advice">{advice}</span></p>
    </section>
  );
}

function DraftCoaching({ draft, onSelect, onApply, onDismiss }: { draft: PanelDraft } & Pick<SidePanelProps, 'onSelect' | 'onApply' | 'onDismiss'>) {
  const groups = grouped(draft.findings);
  return (
    <>
      <section class="poise-card" aria-labelledby="poise-tone">
        <h2 id="poise-tone">Tone</h2>
        <Gauge balance={draft.balance} scores={draft.scores} />
        <Scores scores={draft.scores} />
      </section>
      <section class="poise-card" aria-labelledby="poise-stats-title">
        <h2 id="poise-stats-title">This draft</h2>
        <Statistics stats={draft.stats} />
      </section>
      {draft.thread && <ThreadLine situation={draft.thread.situation} />}
      <section class="poise-findings" aria-labelledby="poise-findings-title">
        <h2 id="poise-findings-title">{draft.analysed ? `Findings (${draft.findings.length})` : 'Findings'}</h2>
        {!draft.analysed && <p class="poise-muted">Checking the draft…</p>}
        {draft.analysed && groups.length === 0 && (
          <p class="poise-muted">Nothing pushy, self-serving or timid found in this draft.</p>
        )}
        {groups.map((g) => (
          <section key={g.category} class={`poise-group poise-${g.category}`} aria-labelledby={`poise-group-${g.category}`}>
            <h3 id={`poise-group-${g.category}`}>{CATEGORY_LABEL[g.category]} <span class="poise-count">({plural(g.items.length, 'finding', 'findings')})</span></h3>
            <ul class="poise-finding-list">
              {g.items.map(({ finding, previews }) => (
                <FindingItem
                  key={finding.id}
                  finding={finding}
                  previews={previews}
                  onSelect={() => onSelect(finding.id)}
                  onApply={(rewrite) => onApply(finding.id, rewrite)}
                  onDismiss={() => onDismiss(finding.id)}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section class="poise-card" aria-labelledby="poise-notes-title">
        <h2 id="poise-notes-title">Coaching notes</h2>
        {draft.notes.length === 0
          ? <p class="poise-muted">No notes on the email as a whole.</p>
          : <ul class="poise-notes">{draft.notes.map((n) => <li key={n.id}>{n.message}</li>)}</ul>}
      </section>
    </>
  );
}

export function SidePanel({ status, notice, onSelect, onApply, onDismiss, onReturn, onOpenOptions }: SidePanelProps) {
  return (
    <main
      class="poise-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onReturn();
        }
      }}
    >
      <header class="poise-header">
        <h1>Poise coach</h1>
        {status.kind === 'draft' && <span class="poise-where">{CLIENT_NAME[status.client]} draft in focus</span>}
      </header>
      {status.kind === 'draft'
        ? <DraftCoaching draft={status.draft} onSelect={onSelect} onApply={onApply} onDismiss={onDismiss} />
        : <EmptyState status={status} onOpenOptions={onOpenOptions} />}
      <p class="poise-notice" role="status" aria-live="polite">{notice ?? ''}</p>
    </main>
  );
}

export const PANEL_CSS = `
:root { color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --fg: #1f2937; --muted: #4b5563; --line: #d9dde3; --soft: #f1f3f6; --del: #5b6472;
  --hc: #c2410c; --ss: #7e22ce; --ti: #1d4ed8; --ok: #15803d; --on-accent: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14161a; --card: #1d2026; --fg: #e8eaed; --muted: #aeb4bd; --line: #353a43; --soft: #262a31; --del: #a3aab5;
    --hc: #fb923c; --ss: #d8b4fe; --ti: #93c5fd; --ok: #4ade80; --on-accent: #111318; }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; min-width: 280px; }
.poise-panel { padding: 12px; max-width: 560px; margin: 0 auto; display: grid; gap: 12px; }
.poise-header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h1 { font-size: 17px; margin: 0; }
h2 { font-size: 13px; margin: 0 0 8px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
h3 { font-size: 14px; margin: 0 0 6px; color: var(--accent); }
.poise-where, .poise-muted, .poise-count { color: var(--muted); font-weight: 400; }
.poise-where { font-size: 12px; }
p { margin: 0; }
.poise-card, .poise-empty, .poise-findings { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px; }
.poise-empty p + button, .poise-empty h2 + p { margin-top: 6px; }
.poise-empty h2 { text-transform: none; letter-spacing: 0; font-size: 16px; color: var(--fg); }
.poise-hard_close { --accent: var(--hc); } .poise-self_serving { --accent: var(--ss); } .poise-timidity { --accent: var(--ti); }

.poise-gauge-track { position: relative; height: 12px; border-radius: 6px; margin: 10px 0 4px;
  background: linear-gradient(90deg, var(--ti), var(--ok) 50%, var(--hc)); }
.poise-gauge-centre { position: absolute; left: 50%; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; background: var(--card); }
.poise-gauge-needle { position: absolute; top: -6px; width: 6px; height: 24px; margin-left: -3px; border-radius: 3px;
  background: var(--fg); border: 2px solid var(--card); transition: left .25s ease-out; }
.poise-gauge-ends { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); }
.poise-gauge-verdict { margin: 6px 0 10px; font-weight: 600; text-align: center; }

.poise-scores { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.poise-scores li { display: grid; grid-template-columns: max-content 1fr 2.2em; align-items: center; gap: 8px; font-size: 13px; }
.poise-score-label { color: var(--accent); font-weight: 600; white-space: nowrap; }
.poise-score-bar { height: 8px; border-radius: 4px; background: var(--soft); overflow: hidden; }
.poise-score-bar span { display: block; height: 100%; background: var(--accent); transition: width .25s ease-out; }
.poise-score-value { text-align: right; font-variant-numeric: tabular-nums; }

.poise-stats { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.poise-stats li { background: var(--soft); border-radius: 8px; padding: 6px 8px; min-height: 3.6em; }
.poise-stat-value { display: block; font-size: 18px; font-weight: 650; font-variant-numeric: tabular-nums; }
.poise-stat-label { font-size: 12px; color: var(--muted); }

.poise-group + .poise-group { margin-top: 14px; }
.poise-finding-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.poise-finding { border-left: 3px solid var(--accent); padding: 2px 0 2px 10px; }
.poise-finding-show { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 0; color: var(--fg); font: inherit; cursor: pointer; }
.poise-finding-show:hover .poise-quote { text-decoration: underline; }
.poise-quote { display: block; color: var(--accent); font-weight: 600; overflow-wrap: anywhere; }
.poise-message { display: block; font-weight: 600; margin-top: 2px; }
.poise-level { display: block; font-size: 12px; color: var(--muted); }
.poise-why { margin: 4px 0 6px; color: var(--muted); }
.poise-rewrites { list-style: none; margin: 0 0 6px; padding: 0; display: grid; gap: 6px; }
.poise-rewrites li { display: flex; gap: 8px; align-items: flex-start; padding: 6px 8px; background: var(--soft); border-radius: 6px; }
.poise-preview { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.poise-preview del, .poise-replaces del { color: var(--del); text-decoration: line-through; }
.poise-preview ins { color: var(--accent); font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
.poise-preview del + ins { margin-left: .3em; }
.poise-whole .poise-preview del { display: block; margin-bottom: 2px; }
.poise-whole .poise-preview del + ins { margin-left: 0; }
.poise-replaces { margin: 0 0 6px; color: var(--del); }
.poise-example { margin: 0 0 6px; padding: 6px 8px; background: var(--soft); border-radius: 6px; overflow-wrap: anywhere; }
.poise-example-label { font-weight: 600; color: var(--muted); }
.poise-replaces-label { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
button { font: inherit; cursor: pointer; }
.poise-apply { flex: none; border: 0; border-radius: 5px; padding: 2px 10px; background: var(--accent); color: var(--on-accent); font-weight: 600; }
.poise-dismiss, .poise-secondary { border: 1px solid var(--line); border-radius: 5px; padding: 2px 10px; background: var(--card); color: var(--fg); }
.poise-thread { border-left: 4px solid var(--fg); }
.poise-thread strong { font-weight: 650; }
.poise-notes { margin: 0; padding-left: 18px; display: grid; gap: 4px; }
button:focus-visible { outline: 2px solid var(--accent, var(--ti)); outline-offset: 2px; }
.poise-notice { position: sticky; bottom: 8px; padding: 8px 10px; border-radius: 8px; background: var(--fg); color: var(--bg); }
.poise-notice:empty { padding: 0; }
@media (prefers-reduced-motion: reduce) { .poise-gauge-needle, .poise-score-bar span { transition: none; } }
`;
