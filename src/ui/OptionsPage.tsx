/**
 * The options page: what Poise coaches and how strictly. Props in, callbacks out: the entry point loads and saves
 * settings; this component only shows them and reports changes.
 *
 * With 120 rules and more coming, the rules are grouped by category in native <details> (collapsed, with a count
 * that says how many are on), searchable by the words of their message and reason; the rules turned off (mostly
 * from a tooltip) are listed on their own with a button to turn each back on.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CATEGORIES, SENSITIVITIES, type Category, type Level, type Sensitivity, type UserPhrase } from '../analyzer/types';
import { MAX_USER_MESSAGE_LENGTH, MAX_USER_PHRASE_LENGTH, USER_RULE_PREFIX, userPhraseProblems, type UserPhraseField } from '../analyzer/user-phrases';
import type { Settings } from '../storage/settings';
import { CATEGORY_LABEL } from './labels';

export interface RuleSummary {
  id: string;
  category: Category;
  level: Level;
  message: string;
  /** Why the fault costs the sale: searched with the message, shown under it. */
  why: string;
  strict: boolean;
}

export interface OptionsPageProps {
  settings: Settings;
  rules: readonly RuleSummary[];
  dismissedCount: number;
  onChange(next: Settings): void;
  onClearDismissed(): void;
  /**
   * Slot for the history settings (retention, clear history, export as JSON and CSV): the entry point mounts
   * src/ui/HistorySettings.tsx here. Rendered after "Your own phrases", before "Dismissed findings"; give it its
   * own <section> with an <h2>.
   */
  children?: ComponentChildren;
}

const SENSITIVITY_LABEL: Record<Sensitivity, string> = { gentle: 'Gentle', standard: 'Standard', strict: 'Strict' };
const SENSITIVITY_HELP: Record<Sensitivity, string> = {
  gentle: 'only the clearest faults (the rules\' warnings and errors)',
  standard: 'every rule, plus other wordings Poise is confident about',
  strict: 'everything, including strict-only rules and less certain wordings',
};
const LEVEL_LABEL: Record<Level, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };

/** The words of a search: lower case, quotes and punctuation around words dropped. */
const searchTerms = (query: string) => query.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
const ruleMatches = (rule: RuleSummary, terms: readonly string[]) => {
  const text = normalise(`${rule.message} ${rule.why}`);
  return terms.every((t) => text.includes(normalise(t)));
};
/** The index of the rep's phrase a rule id names (`user/<index>`, as a tooltip turns it off), or -1. */
const userPhraseIndex = (id: string) => (new RegExp(`^${USER_RULE_PREFIX}(\\d+)$`).exec(id) ? Number(id.slice(USER_RULE_PREFIX.length)) : -1);

/**
 * The rep's phrases without the one at `index`, and the rules turned off with the ids of the phrases after it moved
 * down by one, so a phrase turned off stays off and no other one is turned off instead.
 */
export function removeUserPhrase(settings: Settings, index: number): Pick<Settings, 'userPhrases' | 'disabledRules'> {
  return {
    userPhrases: settings.userPhrases.filter((_, i) => i !== index),
    disabledRules: settings.disabledRules.flatMap((id) => {
      const n = userPhraseIndex(id);
      if (n < 0 || n < index) return [id];
      return n === index ? [] : [`${USER_RULE_PREFIX}${n - 1}`];
    }),
  };
}

/** An id usable in an HTML id attribute. */
const domId = (ruleId: string) => `poise-rule-${ruleId.replace(/[^a-z0-9_-]/gi, '-')}`;

export function OptionsPage({ settings, rules, dismissedCount, onChange, onClearDismissed, children }: OptionsPageProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  /** A list of things turned off: flipping an item that is on adds it, one that is off removes it. */
  const flip = <T,>(offList: readonly T[], item: T, isOn: boolean) => (isOn ? [...offList, item] : offList.filter((x) => x !== item));

  return (
    <main class="poise-options">
      <h1>Poise options</h1>
      <p class="poise-private">Everything runs on your machine: no network requests, and no email text is ever stored. Changes are saved at once and reach open drafts without a reload.</p>

      <section aria-labelledby="poise-sites" class="poise-card">
        <h2 id="poise-sites">Where Poise coaches</h2>
        {(['gmail', 'outlook'] as const).map((site) => (
          <label key={site} class="poise-row">
            <input type="checkbox" checked={settings.sites[site]} onChange={(e) => set({ sites: { ...settings.sites, [site]: e.currentTarget.checked } })} />
            {site === 'gmail' ? 'Gmail' : 'Outlook on the web'}
          </label>
        ))}
      </section>

      <section aria-labelledby="poise-sensitivity" class="poise-card">
        <h2 id="poise-sensitivity">Sensitivity</h2>
        <div role="radiogroup" aria-labelledby="poise-sensitivity">
          {SENSITIVITIES.map((s) => (
            <label key={s} class="poise-row">
              <input type="radio" name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => set({ sensitivity: s })} />
              <span><strong>{SENSITIVITY_LABEL[s]}</strong>: {SENSITIVITY_HELP[s]}</span>
            </label>
          ))}
        </div>
      </section>

      <TurnedOff settings={settings} rules={rules} onChange={onChange} />

      <RulesSection settings={settings} rules={rules} flip={flip} set={set} />

      <PhrasesSection
        phrases={settings.userPhrases}
        disabledRules={settings.disabledRules}
        onAdd={(p) => set({ userPhrases: [...settings.userPhrases, p] })}
        onRemove={(i) => set(removeUserPhrase(settings, i))}
      />

      {/* Slot: history settings (retention, clear, export), passed in by the entry point. */}
      {children}

      <section aria-labelledby="poise-dismissed" class="poise-card poise-dismissed">
        <h2 id="poise-dismissed">Dismissed findings</h2>
        <p>{dismissedCount === 1 ? '1 finding is' : `${dismissedCount} findings are`} dismissed. Each is kept as a keyed hash for 30 days, never as text.</p>
        <button type="button" disabled={dismissedCount === 0} onClick={onClearDismissed}>Show dismissed findings again</button>
      </section>
    </main>
  );
}

/** The rules and categories that are off, each with a button to turn it back on: the undo for "Turn off this rule". */
function TurnedOff({ settings, rules, onChange }: { settings: Settings; rules: readonly RuleSummary[]; onChange(next: Settings): void }) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  // Ids no longer among the rules (a rule removed in an update) turn nothing off, so they are not listed.
  const offRules = settings.disabledRules.map((id) => byId.get(id)).filter((r): r is RuleSummary => r !== undefined);
  const offPhrases = settings.disabledRules.map((id) => ({ id, phrase: settings.userPhrases[userPhraseIndex(id)] }))
    .filter((p): p is { id: string; phrase: UserPhrase } => p.phrase !== undefined);
  const offCategories = CATEGORIES.filter((c) => settings.disabledCategories.includes(c));
  const total = offRules.length + offPhrases.length + offCategories.length;
  const known = (id: string) => byId.has(id) || offPhrases.some((p) => p.id === id);
  return (
    <section aria-labelledby="poise-off" class="poise-card">
      <h2 id="poise-off">Turned off</h2>
      {total === 0
        ? <p class="poise-muted">Nothing is turned off. A rule you turn off from a tooltip in your mail appears here, so you can turn it back on.</p>
        : (
          <>
            <ul class="poise-off-list">
              {offCategories.map((c) => (
                <li key={c}>
                  <span><strong>{CATEGORY_LABEL[c]}</strong> (the whole category)</span>
                  <button type="button" aria-label={`Turn back on: ${CATEGORY_LABEL[c]}`} onClick={() => onChange({ ...settings, disabledCategories: settings.disabledCategories.filter((x) => x !== c) })}>Turn back on</button>
                </li>
              ))}
              {offRules.map((r) => (
                <li key={r.id}>
                  <span>{r.message} <span class="poise-muted">({CATEGORY_LABEL[r.category]})</span></span>
                  <button type="button" aria-label={`Turn back on: ${r.message}`} onClick={() => onChange({ ...settings, disabledRules: settings.disabledRules.filter((x) => x !== r.id) })}>Turn back on</button>
                </li>
              ))}
              {offPhrases.map(({ id, phrase }) => (
                <li key={id}>
                  <span>Your phrase “{phrase.phrase}” <span class="poise-muted">({CATEGORY_LABEL[phrase.category]})</span></span>
                  <button type="button" aria-label={`Turn back on: your phrase “${phrase.phrase}”`} onClick={() => onChange({ ...settings, disabledRules: settings.disabledRules.filter((x) => x !== id) })}>Turn back on</button>
                </li>
              ))}
            </ul>
            {total > 1 && (
              <button type="button" onClick={() => onChange({ ...settings, disabledRules: settings.disabledRules.filter((id) => !known(id)), disabledCategories: [] })}>Turn all back on</button>
            )}
          </>
        )}
    </section>
  );
}

interface RulesSectionProps {
  settings: Settings;
  rules: readonly RuleSummary[];
  flip<T>(offList: readonly T[], item: T, isOn: boolean): T[];
  set(patch: Partial<Settings>): void;
}

function RulesSection({ settings, rules, flip, set }: RulesSectionProps) {
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<ReadonlySet<Category>>(new Set());
  const terms = searchTerms(query);
  const searching = terms.length > 0;
  const shown = searching ? rules.filter((r) => ruleMatches(r, terms)) : rules;
  return (
    <section aria-labelledby="poise-rules" class="poise-card">
      <h2 id="poise-rules">Categories and rules</h2>
      <div class="poise-search">
        <label for="poise-rule-search">Find a rule by its words</label>
        <input id="poise-rule-search" type="search" value={query} placeholder="for example: price, sorry, deadline" onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <p class="poise-muted poise-search-status" role="status" aria-live="polite">
        {!searching ? '' : shown.length === 0
          ? `No rule mentions “${query.trim()}”. Try another word, such as “price” or “sorry”.`
          : `${shown.length === 1 ? '1 rule mentions' : `${shown.length} rules mention`} “${query.trim()}”.`}
      </p>
      {CATEGORIES.map((c) => {
        const all = rules.filter((r) => r.category === c);
        const list = shown.filter((r) => r.category === c);
        if (searching && list.length === 0) return null;
        const categoryOn = !settings.disabledCategories.includes(c);
        const onCount = all.filter((r) => !settings.disabledRules.includes(r.id)).length;
        const count = categoryOn ? `${onCount} of ${all.length} on` : `category off (${onCount} of ${all.length} rules on)`;
        return (
          <details
            key={c}
            class={`poise-category poise-${c}`}
            open={searching || opened.has(c)}
            onToggle={(e) => {
              // While searching, every category with a match is open; the rep's own choice is kept for afterwards.
              if (searching) return;
              const isOpen = (e.currentTarget as HTMLDetailsElement).open;
              if (isOpen !== opened.has(c)) setOpened((prev) => { const next = new Set(prev); if (isOpen) next.add(c); else next.delete(c); return next; });
            }}
          >
            <summary>
              <span class="poise-category-name">{CATEGORY_LABEL[c]}</span>{' '}
              <span class="poise-count">{count}{searching ? `, ${list.length === 1 ? '1 match' : `${list.length} matches`}` : ''}</span>
            </summary>
            <label class="poise-row poise-category-switch">
              <input type="checkbox" checked={categoryOn} onChange={() => set({ disabledCategories: flip(settings.disabledCategories, c, categoryOn) })} />
              Coach {CATEGORY_LABEL[c].toLowerCase()} at all
            </label>
            <ul>
              {list.map((r) => {
                const on = !settings.disabledRules.includes(r.id);
                return (
                  <li key={r.id} class="poise-rule">
                    <label class="poise-row">
                      <input type="checkbox" disabled={!categoryOn} checked={on} aria-describedby={`${domId(r.id)}-why`} onChange={() => set({ disabledRules: flip(settings.disabledRules, r.id, on) })} />
                      <span>
                        <span class="poise-rule-message">{r.message}</span>{' '}
                        <span class="poise-level">{LEVEL_LABEL[r.level]}{r.strict ? ', strict only' : ''}</span>
                      </span>
                    </label>
                    <p class="poise-why" id={`${domId(r.id)}-why`}>{r.why}</p>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

type PhraseDraft = { phrase: string; category: Category; message: string; rewrite: string };
const EMPTY_DRAFT: PhraseDraft = { phrase: '', category: 'timidity', message: '', rewrite: '' };

/**
 * The rep's own phrases. Each field is checked as it is typed (once the rep has typed in it) and everything on
 * Add; what was typed stays in the fields until it is added, so a refused entry loses nothing.
 */
interface PhrasesSectionProps {
  phrases: readonly UserPhrase[];
  disabledRules: readonly string[];
  onAdd(p: UserPhrase): void;
  onRemove(index: number): void;
}

function PhrasesSection({ phrases, disabledRules, onAdd, onRemove }: PhrasesSectionProps) {
  const [draft, setDraft] = useState<PhraseDraft>(EMPTY_DRAFT);
  const [touched, setTouched] = useState<ReadonlySet<UserPhraseField>>(new Set());
  const [added, setAdded] = useState<string | null>(null);
  const problems = userPhraseProblems(draft, phrases);
  const shownProblem = (f: UserPhraseField) => (touched.has(f) ? problems[f] : undefined);
  const type = (field: UserPhraseField, value: string) => {
    setDraft({ ...draft, [field]: value });
    setTouched(new Set([...touched, field]));
    setAdded(null);
  };
  const add = (e: Event) => {
    e.preventDefault();
    setTouched(new Set<UserPhraseField>(['phrase', 'message', 'rewrite']));
    const first = (['phrase', 'message', 'rewrite'] as const).find((f) => problems[f]);
    if (first) {
      const form = e.currentTarget as HTMLFormElement;
      (form.elements.namedItem(first) as HTMLInputElement | null)?.focus();
      return;
    }
    const rewrite = draft.rewrite.trim();
    const phrase: UserPhrase = { phrase: draft.phrase.trim(), category: draft.category, message: draft.message.trim(), ...(rewrite ? { rewrite } : {}) };
    onAdd(phrase);
    setDraft({ ...EMPTY_DRAFT, category: draft.category });
    setTouched(new Set());
    setAdded(phrase.phrase);
  };
  const field = (name: UserPhraseField, label: string, hint: string) => {
    const problem = shownProblem(name);
    return (
      <div class="poise-field">
        <label for={`poise-new-${name}`}>{label}</label>
        <input
          id={`poise-new-${name}`}
          name={name}
          value={draft[name]}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={`poise-new-${name}-hint poise-new-${name}-problem`}
          onInput={(e) => type(name, e.currentTarget.value)}
          onBlur={() => draft[name] && !touched.has(name) && setTouched(new Set([...touched, name]))}
        />
        <small id={`poise-new-${name}-hint`} class="poise-muted">{hint}</small>
        <p id={`poise-new-${name}-problem`} class="poise-error" aria-live="polite">{problem ?? ''}</p>
      </div>
    );
  };
  return (
    <section aria-labelledby="poise-phrases" class="poise-card">
      <h2 id="poise-phrases">Your own phrases</h2>
      <p class="poise-muted">Words you want to stop writing. Poise flags them in your drafts as they are written here, in any capitals.</p>
      {phrases.length === 0
        ? <p class="poise-muted">You have no phrases yet.</p>
        : (
          <ul class="poise-phrase-list">
            {phrases.map((p, i) => (
              <li key={`${p.phrase}-${i}`}>
                <span>
                  <strong>“{p.phrase}”</strong> <span class="poise-muted">({CATEGORY_LABEL[p.category]})</span>: {p.message}
                  {p.rewrite ? <> Try: “{p.rewrite}”.</> : null}
                  {disabledRules.includes(`${USER_RULE_PREFIX}${i}`) ? <span class="poise-muted"> Turned off (see “Turned off” above).</span> : null}
                </span>
                <button type="button" aria-label={`Remove “${p.phrase}”`} onClick={() => onRemove(i)}>Remove</button>
              </li>
            ))}
          </ul>
        )}
      <form onSubmit={add} class="poise-phrase-form" noValidate>
        {field('phrase', 'Phrase', `The exact words, up to ${MAX_USER_PHRASE_LENGTH} characters, within one sentence.`)}
        <div class="poise-field">
          <label for="poise-new-category">Category</label>
          <select id="poise-new-category" name="category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABEL[c]}</option>)}
          </select>
        </div>
        {field('message', 'Note shown with it', `What to do instead, up to ${MAX_USER_MESSAGE_LENGTH} characters.`)}
        {field('rewrite', 'Rewrite (optional)', 'Words to offer in its place.')}
        <div>
          <button type="submit">Add phrase</button>
        </div>
        <p class="poise-added" role="status">{added ? `Added “${added}”: open drafts are checked for it now.` : ''}</p>
      </form>
    </section>
  );
}

export const OPTIONS_CSS = `
:root { color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --fg: #1f2937; --muted: #4b5563; --line: #d9dde3; --soft: #f1f3f6;
  --hc: #c2410c; --ss: #7e22ce; --ti: #1d4ed8; --error: #b91c1c; --ok: #15803d; --focus: #2563eb; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14161a; --card: #1d2026; --fg: #e8eaed; --muted: #aeb4bd; --line: #353a43; --soft: #262a31;
    --hc: #fb923c; --ss: #d8b4fe; --ti: #93c5fd; --error: #fca5a5; --ok: #4ade80; --focus: #93c5fd; }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); }
.poise-options { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 48rem; margin: 0 auto; padding: 24px 16px 48px; display: grid; gap: 16px; }
.poise-options h1 { font-size: 22px; margin: 0; }
.poise-options h2 { font-size: 16px; margin: 0 0 8px; }
.poise-options p { margin: 0; }
.poise-muted, .poise-private { color: var(--muted); }
.poise-card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.poise-row { display: flex; gap: 8px; align-items: baseline; padding: 3px 0; }
.poise-options input[type="checkbox"], .poise-options input[type="radio"] { accent-color: var(--focus); flex: none; }
.poise-options input[type="search"], .poise-options input:not([type]), .poise-options select {
  font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--muted); border-radius: 6px; padding: 5px 8px; width: 100%; }
.poise-options input[aria-invalid="true"] { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }
.poise-options :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.poise-options button { font: inherit; cursor: pointer; color: var(--fg); background: var(--soft); border: 1px solid var(--muted); border-radius: 6px; padding: 3px 10px; }
.poise-options button:disabled { cursor: default; opacity: .6; }
.poise-off-list, .poise-phrase-list { list-style: none; margin: 0 0 8px; padding: 0; }
.poise-off-list li, .poise-phrase-list li { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; padding: 6px 0; border-bottom: 1px solid var(--line); }
.poise-off-list li:last-child, .poise-phrase-list li:last-child { border-bottom: 0; }
.poise-off-list li button, .poise-phrase-list li button { flex: none; }
.poise-search { display: grid; gap: 4px; max-width: 28rem; }
.poise-search-status { min-height: 1.5em; margin: 4px 0 !important; }
.poise-category { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px; margin: 0 0 8px; background: var(--card); }
.poise-hard_close { --accent: var(--hc); } .poise-self_serving { --accent: var(--ss); } .poise-timidity { --accent: var(--ti); }
.poise-category summary { cursor: pointer; padding: 8px 12px; font-weight: 600; }
.poise-category[open] summary { border-bottom: 1px solid var(--line); }
.poise-count { color: var(--muted); font-weight: 400; }
.poise-category-switch { padding: 8px 12px 4px; font-weight: 600; }
.poise-category ul { list-style: none; margin: 0; padding: 0 12px 8px; }
.poise-rule { padding: 6px 0; border-top: 1px solid var(--soft); }
.poise-level { color: var(--muted); font-size: 12px; white-space: nowrap; }
.poise-why { color: var(--muted); font-size: 13px; margin: 0 0 0 24px !important; }
.poise-category input:disabled + span { opacity: .7; }
.poise-phrase-form { display: grid; gap: 10px; max-width: 30rem; margin-top: 8px; }
.poise-field { display: grid; gap: 2px; }
.poise-field label { font-weight: 600; }
.poise-error { color: var(--error); min-height: 1.5em; }
.poise-added { color: var(--ok); min-height: 1.5em; }
`;
