/**
 * The options page: what Poise coaches and how strictly. Props in, callbacks out: the entry point loads and saves
 * settings; this component only shows them and reports changes.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, SENSITIVITIES, type Category, type Level, type Sensitivity, type UserPhrase } from '../analyzer/types';
import { validateUserPhrase } from '../analyzer/user-phrases';
import type { Settings } from '../storage/settings';
import { CATEGORY_LABEL } from './labels';

export interface RuleSummary {
  id: string;
  category: Category;
  level: Level;
  message: string;
  strict: boolean;
}

export interface OptionsPageProps {
  settings: Settings;
  rules: readonly RuleSummary[];
  dismissedCount: number;
  onChange(next: Settings): void;
  onClearDismissed(): void;
}

const SENSITIVITY_HELP: Record<Sensitivity, string> = {
  gentle: 'Warnings and errors only',
  standard: 'Everything except strict-only rules',
  strict: 'Everything, strict-only rules included',
};

export function OptionsPage({ settings, rules, dismissedCount, onChange, onClearDismissed }: OptionsPageProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  /** A list of things turned off: flipping an item that is on adds it, one that is off removes it. */
  const flip = <T,>(offList: readonly T[], item: T, isOn: boolean) => (isOn ? [...offList, item] : offList.filter((x) => x !== item));

  return (
    <main class="poise-options">
      <h1>Poise options</h1>
      <p class="poise-private">Everything runs on your machine: no network requests, and no email text is ever stored.</p>

      <section aria-labelledby="poise-sites">
        <h2 id="poise-sites">Where Poise coaches</h2>
        {(['gmail', 'outlook'] as const).map((site) => (
          <label key={site} class="poise-row">
            <input type="checkbox" checked={settings.sites[site]} onChange={(e) => set({ sites: { ...settings.sites, [site]: e.currentTarget.checked } })} />
            {site === 'gmail' ? 'Gmail' : 'Outlook on the web'}
          </label>
        ))}
      </section>

      <section aria-labelledby="poise-sensitivity">
        <h2 id="poise-sensitivity">Sensitivity</h2>
        {SENSITIVITIES.map((s) => (
          <label key={s} class="poise-row">
            <input type="radio" name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => set({ sensitivity: s })} />
            <strong>{s}</strong> — {SENSITIVITY_HELP[s]}
          </label>
        ))}
      </section>

      <section aria-labelledby="poise-rules">
        <h2 id="poise-rules">Categories and rules</h2>
        {CATEGORIES.map((c) => {
          const categoryOn = !settings.disabledCategories.includes(c);
          return (
            <fieldset key={c} class="poise-category">
              <legend>
                <label>
                  <input type="checkbox" checked={categoryOn} onChange={() => set({ disabledCategories: flip(settings.disabledCategories, c, categoryOn) })} />
                  {CATEGORY_LABEL[c]}
                </label>
              </legend>
              <ul>
                {rules.filter((r) => r.category === c).map((r) => {
                  const on = !settings.disabledRules.includes(r.id);
                  return (
                    <li key={r.id}>
                      <label class="poise-row" title={r.id}>
                        <input type="checkbox" disabled={!categoryOn} checked={on} onChange={() => set({ disabledRules: flip(settings.disabledRules, r.id, on) })} />
                        <span>{r.message}</span>
                        <small> {r.level}{r.strict ? ', strict only' : ''}</small>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </section>

      <PhrasesSection phrases={settings.userPhrases} onChange={(userPhrases) => set({ userPhrases })} />

      <section aria-labelledby="poise-dismissed">
        <h2 id="poise-dismissed">Dismissed findings</h2>
        <p>{dismissedCount === 1 ? '1 finding is' : `${dismissedCount} findings are`} dismissed. Each is kept as a keyed hash for 30 days, never as text.</p>
        <button type="button" disabled={dismissedCount === 0} onClick={onClearDismissed}>Show dismissed findings again</button>
      </section>
    </main>
  );
}

function PhrasesSection({ phrases, onChange }: { phrases: readonly UserPhrase[]; onChange(p: UserPhrase[]): void }) {
  const [draft, setDraft] = useState<UserPhrase>({ phrase: '', category: 'timidity', message: '', rewrite: '' });
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const candidate = { ...draft, rewrite: draft.rewrite?.trim() || undefined };
    const problem = validateUserPhrase(candidate);
    setError(problem);
    if (problem) return;
    onChange([...phrases, candidate]);
    setDraft({ phrase: '', category: draft.category, message: '', rewrite: '' });
  };
  return (
    <section aria-labelledby="poise-phrases">
      <h2 id="poise-phrases">Your own phrases</h2>
      <ul>
        {phrases.map((p, i) => (
          <li key={`${p.phrase}-${i}`}>
            “{p.phrase}” ({CATEGORY_LABEL[p.category]}): {p.message}
            <button type="button" aria-label={`Remove “${p.phrase}”`} onClick={() => onChange(phrases.filter((_, j) => j !== i))}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="poise-phrase-form">
        <label>Phrase <input name="phrase" value={draft.phrase} onInput={(e) => setDraft({ ...draft, phrase: e.currentTarget.value })} /></label>
        <label>
          Category{' '}
          <select name="category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABEL[c]}</option>)}
          </select>
        </label>
        <label>Message <input name="message" value={draft.message} onInput={(e) => setDraft({ ...draft, message: e.currentTarget.value })} /></label>
        <label>Rewrite (optional) <input name="rewrite" value={draft.rewrite ?? ''} onInput={(e) => setDraft({ ...draft, rewrite: e.currentTarget.value })} /></label>
        <button type="submit">Add phrase</button>
        <p class="poise-error" role="alert">{error ?? ''}</p>
      </form>
    </section>
  );
}

export const OPTIONS_CSS = `
body { margin: 0; background: #f8fafc; }
.poise-options { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; max-width: 46rem; margin: 0 auto; padding: 24px; }
.poise-options h1 { font-size: 22px; margin: 0 0 4px; }
.poise-options h2 { font-size: 16px; margin: 24px 0 8px; }
.poise-private { color: #4b5563; margin: 0; }
.poise-row { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.poise-category { border: 1px solid #e5e7eb; border-radius: 8px; margin: 0 0 12px; padding: 8px 12px; background: #fff; }
.poise-category legend { font-weight: 600; padding: 0 4px; }
.poise-category ul { list-style: none; margin: 0; padding: 0; }
.poise-category small { color: #6b7280; white-space: nowrap; }
.poise-phrase-form { display: grid; gap: 8px; max-width: 28rem; }
.poise-phrase-form label { display: grid; gap: 2px; }
.poise-error { color: #b91c1c; min-height: 1.5em; margin: 0; }
button { font: inherit; cursor: pointer; }
`;
