/**
 * The popup: the weekly tone summary. This week against the earlier weeks (emails sent, average balance, flags per
 * email in each category), a chart of the last eight weeks, this week's three most frequent patterns with a tip and
 * last week's count, a switch for the current mail site and "Open the coach". Props in, callbacks out.
 */
import { CATEGORIES } from '../analyzer/types';
import type { WeeklySummary as Summary } from '../history/summary';
import type { HistoryNotice } from '../storage/history';
import { CATEGORY_LABEL } from './labels';
import { balanceWords, CLIENT_NAME, type MailClient } from './SidePanel';
import { signed, WeekChart } from './WeekChart';

export interface WeeklySummaryProps {
  /** Null while the history loads. */
  summary: Summary | null;
  /** History that could not be read and was set aside. */
  notice: HistoryNotice | null;
  /** The mail client in the current tab and whether Poise coaches there; null when the tab is not a mail site. */
  site: { client: MailClient; on: boolean } | null;
  onToggleSite(on: boolean): void;
  onOpenCoach(): void;
  onHideNotice(): void;
  onOpenOptions?(): void;
}

const WEEK_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
export const weekLabel = (start: number) => WEEK_LABEL.format(start);

const NOTICE_TEXT: Record<HistoryNotice['reason'], string> = {
  corrupt: 'Your earlier history could not be read, so Poise set it aside and started a new one.',
  'unknown-version': 'Your earlier history was saved by a newer version of Poise, so it was set aside and a new one started.',
  'some-entries': 'A few entries of your history could not be read; they were set aside and the rest is shown.',
};

const perEmail = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const balanceText = (b: number | null) => (b === null ? '–' : (
  <><span class="poise-num">{signed(b)}</span>{' '}<span class="poise-word">{balanceWords(b)}</span></>
));

/** "9 last week, 3 this week", and which way it went. */
export function changeText(lastWeek: number, thisWeek: number): string {
  return `${lastWeek} last week, ${thisWeek} this week`;
}

export function WeeklySummary({ summary, notice, site, onToggleSite, onOpenCoach, onHideNotice, onOpenOptions }: WeeklySummaryProps) {
  return (
    <main class="poise-popup">
      <header class="poise-popup-header">
        <h1>Your week</h1>
        <button type="button" class="poise-open-coach" onClick={onOpenCoach}>Open the coach</button>
      </header>

      {site ? (
        <div class="poise-site">
          <span id="poise-site-label">Coach in {CLIENT_NAME[site.client]}</span>
          <button type="button" role="switch" aria-checked={site.on} aria-labelledby="poise-site-label" class="poise-switch" onClick={() => onToggleSite(!site.on)}>
            <span class="poise-switch-knob" aria-hidden="true" />
            <span class="poise-switch-text">{site.on ? 'On' : 'Off'}</span>
          </button>
        </div>
      ) : (
        <p class="poise-site poise-muted">Open Gmail or Outlook on the web in this tab to turn Poise on or off there.</p>
      )}

      {notice && (
        <div class="poise-note" role="status">
          <p>{NOTICE_TEXT[notice.reason]}</p>
          <button type="button" class="poise-secondary" onClick={onHideNotice}>OK</button>
        </div>
      )}

      {summary === null ? (
        <p class="poise-muted">Loading your week…</p>
      ) : summary.empty ? (
        <section class="poise-card poise-first-week" aria-labelledby="poise-first">
          <h2 id="poise-first">Your first week starts with your first email</h2>
          <p>
            Each time you send a prospect email from Gmail or Outlook on the web, Poise adds it here: how many you
            sent, where they sat between pushover and pushy, and the patterns it flagged most, with a tip for each.
          </p>
          <p class="poise-muted">Only counts are kept, on this computer. Never a word of your emails.</p>
        </section>
      ) : (
        <>
          <section class="poise-card" aria-labelledby="poise-week">
            <h2 id="poise-week">This week against earlier weeks</h2>
            {summary.thisWeek.sent === 0 && <p class="poise-muted">Nothing sent yet this week.</p>}
            <table class="poise-compare">
              <thead>
                <tr><td /><th scope="col">This week</th><th scope="col">Earlier weeks</th></tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Emails sent</th>
                  <td>{summary.thisWeek.sent}</td>
                  <td>{summary.earlier ? `${summary.earlier.sentPerWeek} a week` : '–'}</td>
                </tr>
                <tr>
                  <th scope="row">Average balance</th>
                  <td>{balanceText(summary.thisWeek.balance)}</td>
                  <td>{balanceText(summary.earlier?.balance ?? null)}</td>
                </tr>
                <tr class="poise-subhead"><th scope="rowgroup" colSpan={3}>Flags per email</th></tr>
                {CATEGORIES.map((c) => (
                  <tr key={c} class={`poise-${c}`}>
                    <th scope="row"><span class="poise-dot" aria-hidden="true" />{CATEGORY_LABEL[c]}</th>
                    <td>{perEmail(summary.thisWeek.flagsPerEmail[c])}</td>
                    <td>{perEmail(summary.earlier?.flagsPerEmail[c] ?? null)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {summary.earlier
              ? <p class="poise-muted poise-small">Earlier weeks: the {summary.earlier.weeks === 1 ? 'week' : `${summary.earlier.weeks} weeks`} before this one, averaged.</p>
              : <p class="poise-muted">This is your first week: next week you will see how it compares.</p>}
          </section>

          <section class="poise-card" aria-labelledby="poise-weeks">
            <h2 id="poise-weeks">Last {summary.weeks.length} weeks</h2>
            <WeekChart weeks={summary.weeks} label={weekLabel} />
          </section>

          <section class="poise-card" aria-labelledby="poise-top">
            <h2 id="poise-top">Your top patterns this week</h2>
            {summary.top.length === 0 ? (
              <p>{summary.thisWeek.sent ? 'Nothing flagged in what you sent this week. Keep writing like that.' : 'Send an email this week to see your patterns.'}</p>
            ) : (
              <ol class="poise-patterns">
                {summary.top.map((p) => (
                  <li key={p.key} class={`poise-pattern poise-${p.category}`}>
                    <span class="poise-pattern-name">{p.label}</span>
                    <span class="poise-pattern-change">{changeText(p.lastWeek, p.thisWeek)}</span>
                    <p class="poise-tip">{p.tip}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
      {onOpenOptions && (
        <p class="poise-footer"><button type="button" class="poise-link" onClick={onOpenOptions}>History and options</button></p>
      )}
    </main>
  );
}

export const POPUP_CSS = `
:root { color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --fg: #1f2937; --muted: #4b5563; --line: #d9dde3; --soft: #f1f3f6;
  --hc: #c2410c; --ss: #7e22ce; --ti: #1d4ed8; --bar: #475569; --now: #1d4ed8; --on: #15803d; --on-accent: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14161a; --card: #1d2026; --fg: #e8eaed; --muted: #aeb4bd; --line: #353a43; --soft: #262a31;
    --hc: #fb923c; --ss: #d8b4fe; --ti: #93c5fd; --bar: #8b95a5; --now: #93c5fd; --on: #4ade80; --on-accent: #111318; }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; width: 360px; }
.poise-popup { padding: 12px; display: grid; gap: 10px; }
.poise-popup-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h1 { font-size: 18px; margin: 0; }
h2 { font-size: 13px; margin: 0 0 8px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: 0; }
p + p { margin-top: 6px; }
.poise-muted { color: var(--muted); }
.poise-card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px; }
.poise-first-week h2 { text-transform: none; letter-spacing: 0; font-size: 16px; color: var(--fg); }
button { font: inherit; cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--ti); outline-offset: 2px; }
.poise-open-coach { border: 0; border-radius: 6px; padding: 4px 12px; background: var(--ti); color: var(--on-accent); font-weight: 600; }
.poise-secondary, .poise-link { border: 1px solid var(--line); border-radius: 5px; padding: 2px 10px; background: var(--card); color: var(--fg); }
.poise-site { display: flex; align-items: center; justify-content: space-between; gap: 8px; font-size: 13px; }
.poise-switch { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px 2px 3px; background: var(--card); color: var(--fg); }
.poise-switch-knob { width: 16px; height: 16px; border-radius: 50%; background: var(--muted); }
.poise-switch[aria-checked="true"] .poise-switch-knob { background: var(--on); }
.poise-switch-text { font-weight: 600; min-width: 2em; text-align: left; }
.poise-note { display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px; border-radius: 8px; background: var(--soft); border: 1px solid var(--line); }
.poise-note p { flex: 1; }
.poise-compare { width: 100%; border-collapse: collapse; font-size: 13px; }
.poise-compare th, .poise-compare td { padding: 3px 4px; text-align: right; font-variant-numeric: tabular-nums; border-bottom: 1px solid var(--soft); }
.poise-compare th[scope="row"] { text-align: left; font-weight: 500; }
.poise-compare thead th { font-size: 12px; color: var(--muted); font-weight: 600; }
.poise-compare + p { margin-top: 8px; }
.poise-small { font-size: 12px; }
.poise-num { display: block; }
.poise-word { display: block; font-size: 12px; color: var(--muted); }
.poise-subhead th { text-align: left !important; font-size: 12px; color: var(--muted); font-weight: 600; padding-top: 8px; }
.poise-hard_close { --accent: var(--hc); } .poise-self_serving { --accent: var(--ss); } .poise-timidity { --accent: var(--ti); }
.poise-dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--accent); margin-right: 6px; vertical-align: 1px; }
.poise-chart { margin: 0; }
.poise-chart-svg { width: 100%; height: auto; display: block; }
.poise-chart-caption { font-size: 11px; font-weight: 600; fill: var(--muted); }
.poise-chart-end, .poise-chart-label { font-size: 10px; fill: var(--muted); }
.poise-chart-value { font-size: 11px; font-weight: 600; fill: var(--fg); }
.poise-chart-axis { stroke: var(--line); }
.poise-chart-centre { stroke: var(--line); stroke-dasharray: 3 3; }
.poise-chart-bar { fill: var(--bar); }
.poise-chart-now .poise-chart-bar { fill: var(--now); }
.poise-chart-now .poise-chart-label { font-weight: 700; fill: var(--fg); }
.poise-chart-line { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.poise-chart-dot { fill: var(--fg); }
.poise-chart-table { margin-top: 6px; font-size: 12px; }
.poise-chart-table summary { cursor: pointer; color: var(--muted); }
.poise-chart-table table { width: 100%; border-collapse: collapse; margin-top: 4px; }
.poise-chart-table th, .poise-chart-table td { text-align: right; padding: 2px 4px; }
.poise-chart-table th[scope="row"], .poise-chart-table thead th:first-child { text-align: left; }
.poise-patterns { margin: 0; padding: 0; list-style: none; display: grid; gap: 10px; }
.poise-pattern { border-left: 3px solid var(--accent); padding-left: 10px; }
.poise-pattern-name { display: block; font-weight: 650; color: var(--accent); }
.poise-pattern-change { display: block; font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.poise-tip { margin-top: 2px; }
.poise-footer { text-align: right; }
`;
