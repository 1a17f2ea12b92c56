/**
 * History settings for the options page, self-contained so it can sit in any layout: how many weeks of history to
 * keep, Clear history (asks first), and export as JSON or CSV. Props in, callbacks out; the page's wiring reads and
 * writes storage and makes the download.
 */
import { useState } from 'preact/hooks';

export const RETENTION_CHOICES = [4, 8, 12, 26, 52] as const;

export interface HistorySettingsProps {
  retentionWeeks: number;
  /** Emails in the stored history. */
  entryCount: number;
  onRetentionChange(weeks: number): void;
  onClear(): void;
  onExportJson(): void;
  onExportCsv(): void;
}

const weeksText = (n: number) => (n === 52 ? '52 weeks (a year)' : n === 26 ? '26 weeks (six months)' : `${n} weeks`);

export function HistorySettings({ retentionWeeks, entryCount, onRetentionChange, onClear, onExportJson, onExportCsv }: HistorySettingsProps) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const choices = RETENTION_CHOICES.includes(retentionWeeks as (typeof RETENTION_CHOICES)[number])
    ? [...RETENTION_CHOICES]
    : [...RETENTION_CHOICES, retentionWeeks].sort((a, b) => a - b);
  const emails = entryCount === 1 ? '1 sent email' : `${entryCount} sent emails`;
  return (
    <section class="poise-options poise-history" aria-labelledby="poise-history">
      <h2 id="poise-history">Your history</h2>
      <p>
        Poise keeps {emails} for your weekly summary: when, where, word counts, findings per category and rule, scores,
        rewrites applied and findings dismissed. Never a word of your emails, their subjects or recipients.
      </p>
      <label class="poise-row">
        Keep history for{' '}
        <select value={String(retentionWeeks)} onChange={(e) => onRetentionChange(Number(e.currentTarget.value))}>
          {choices.map((n) => <option key={n} value={String(n)}>{weeksText(n)}</option>)}
        </select>
      </label>
      <p class="poise-history-actions">
        <button type="button" disabled={entryCount === 0} onClick={onExportJson}>Export JSON</button>{' '}
        <button type="button" disabled={entryCount === 0} onClick={onExportCsv}>Export CSV</button>{' '}
        {!confirming && (
          <button type="button" disabled={entryCount === 0} onClick={() => { setConfirming(true); setStatus(''); }}>Clear history</button>
        )}
      </p>
      {confirming && (
        <div class="poise-confirm" role="group" aria-label="Clear history?">
          <p>Delete all {emails} from your history? This cannot be undone.</p>
          <button type="button" class="poise-danger" onClick={() => { onClear(); setConfirming(false); setStatus('History cleared.'); }}>Yes, clear history</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
      <p class="poise-status" role="status">{status}</p>
    </section>
  );
}
