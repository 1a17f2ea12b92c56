/**
 * The tooltip over a highlight: what was found, why it costs the sale, one to three rewrites each with Apply, and
 * Dismiss / Turn off this rule. Props in, callbacks out: it knows nothing of the browser or the mail client.
 *
 * A rewrite replaces the clause or sentence the fault lives in, not only the highlighted words, so each one is shown
 * as the sentence will read after Apply, with the change marked: the words that go struck through, the words that
 * come in underlined in the category colour. The caller computes the previews (the analyser's previewRewrite).
 */
import type { Finding } from '../analyzer/types';
import { CATEGORY_LABEL } from './labels';

/**
 * One rewrite and the sentence holding the finding around it (the analyser's previewRewrite): `before + inserted +
 * after` is the sentence after Apply, with `removed` struck; `removal` when it only takes words away.
 */
export interface RewritePreview {
  rewrite: string;
  before: string;
  removed: string;
  inserted: string;
  after: string;
  removal: boolean;
}

export interface FindingTooltipProps {
  finding: Finding;
  /** One per rewrite offered, in the finding's order (at most three are shown). */
  previews: readonly RewritePreview[];
  /** A sentence for the live region, e.g. after a refused Apply. */
  notice?: string;
  onApply(rewrite: string): void;
  onDismiss(): void;
  onTurnOff(): void;
  onClose(): void;
  /** Opens the side panel for this draft; the button shows only when there is one to open. */
  onOpenCoach?(): void;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rewrite replaces the whole sentence (nothing of it is kept around the new words). */
export const wholeSentence = (p: RewritePreview) => !p.removal && p.before.trim() === '' && p.after.trim() === '';

/** The sentence as it will read after Apply, on one line. */
export const sentenceAfter = (p: RewritePreview) => collapse(p.before + p.inserted + p.after);

/** What a screen reader hears for the Apply button. */
export function applyLabel(p: RewritePreview): string {
  const after = sentenceAfter(p);
  if (!p.removal) return `Apply: ${after}`;
  const words = collapse(p.removed).replace(/[\s,;:—–-]+$/, '');
  return after ? `Remove "${words}", so it reads: ${after}` : `Remove the sentence: ${words}`;
}

/**
 * A finding's rewrites, each previewed as its sentence will read, with Apply (or Remove): the tooltip and the side
 * panel show them the same way. When every rewrite replaces the same whole sentence, it is struck once above them.
 */
export function RewriteList({ previews, example, onApply }: { previews: readonly RewritePreview[]; example?: string; onApply(rewrite: string): void }) {
  const shown = previews.slice(0, 3);
  const shared = shown.length > 1 && shown.every((p) => wholeSentence(p) && p.removed === shown[0]!.removed) ? shown[0]!.removed : null;
  if (shown.length === 0) {
    // No edit here would read right in the draft: the better sentence is shown to adapt by hand, with no Apply.
    return example ? (
      <p class="poise-example"><span class="poise-example-label">Try, in your own words: </span>{example}</p>
    ) : null;
  }
  return (
    <>
      {shared !== null && <p class="poise-replaces"><span class="poise-replaces-label">Replaces </span><del>{shared}</del></p>}
      <ul class="poise-rewrites" aria-label="Suggested rewrites">
        {shown.map((p, i) => {
          const removal = p.removal;
          return (
            <li key={i} class={removal ? 'poise-removal' : wholeSentence(p) ? 'poise-whole' : undefined}>
              <p class="poise-preview">
                {p.before}
                {p.removed && shared === null && <del>{p.removed}</del>}
                {p.inserted && <ins>{p.inserted}</ins>}
                {p.after}
              </p>
              <button type="button" class="poise-apply" aria-label={applyLabel(p)} onClick={() => onApply(p.rewrite)}>
                {removal ? 'Remove' : 'Apply'}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function FindingTooltip({ finding, previews, notice, onApply, onDismiss, onTurnOff, onClose, onOpenCoach }: FindingTooltipProps) {
  const titleId = `poise-tip-title-${finding.id.replace(/[^\w-]/g, '_')}`;
  const shown = previews.slice(0, 3);
  // Every rewrite replaces the same whole sentence: strike it once above them rather than once in each.
  const shared = shown.length > 1 && shown.every((p) => wholeSentence(p) && p.removed === shown[0]!.removed) ? shown[0]!.removed : null;
  return (
    <div
      class={`poise-tooltip poise-${finding.category}`}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="poise-tooltip-head">
        <span class="poise-chip">{CATEGORY_LABEL[finding.category]}</span>
        <span class="poise-level">{finding.level}</span>
        <button type="button" class="poise-close" aria-label="Close (Escape)" onClick={onClose}>×</button>
      </div>
      <p id={titleId} class="poise-message">{finding.message}</p>
      <p class="poise-why">{finding.why}</p>
      <RewriteList previews={previews} example={finding.example} onApply={onApply} />
      <div class="poise-actions">
        <button type="button" class="poise-dismiss" onClick={onDismiss}>Dismiss</button>
        <button type="button" class="poise-turn-off" onClick={onTurnOff}>Turn off this rule</button>
        {onOpenCoach && <button type="button" class="poise-open-coach" onClick={onOpenCoach}>Open the coach</button>}
      </div>
      <div class="poise-live" role="status" aria-live="polite">{notice ?? ''}</div>
    </div>
  );
}

export const TOOLTIP_CSS = `
:host { all: initial; }
.poise-tooltip { box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px; background: #fff; color: #1f2937;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; border-radius: 10px; border-top: 4px solid var(--poise-accent);
  box-shadow: 0 8px 28px rgba(15, 23, 42, .22), 0 1px 3px rgba(15, 23, 42, .12); }
.poise-hard_close { --poise-accent: #c2410c; } .poise-self_serving { --poise-accent: #7e22ce; } .poise-timidity { --poise-accent: #1d4ed8; }
.poise-tooltip-head { display: flex; align-items: center; gap: 8px; }
.poise-chip { font-weight: 600; color: var(--poise-accent); }
.poise-level { color: #6b7280; font-size: 12px; }
.poise-close { margin-left: auto; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #6b7280; }
.poise-message { margin: 6px 0 4px; font-weight: 600; }
.poise-why { margin: 0 0 8px; color: #4b5563; }
.poise-rewrites { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 6px; }
.poise-rewrites li { display: flex; gap: 8px; align-items: flex-start; padding: 6px 8px; background: #f3f4f6; border-radius: 6px; }
.poise-preview { flex: 1; min-width: 0; margin: 0; color: #374151; overflow-wrap: anywhere; }
.poise-preview del { color: #7b8494; text-decoration: line-through; text-decoration-color: #7b8494; }
.poise-preview ins { color: var(--poise-accent); font-weight: 600; text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px;
  text-decoration-color: color-mix(in srgb, var(--poise-accent) 50%, transparent); }
.poise-preview del + ins { margin-left: .3em; }
.poise-whole .poise-preview del { display: block; margin-bottom: 2px; }
.poise-whole .poise-preview del + ins { margin-left: 0; }
.poise-replaces { margin: 0 0 6px; color: #7b8494; }
.poise-example { margin: 0 0 8px; padding: 6px 8px; background: #f3f4f6; border-radius: 6px; color: #1f2937; overflow-wrap: anywhere; }
.poise-example-label { font-weight: 600; color: #4b5563; }
.poise-replaces del { color: #7b8494; text-decoration: line-through; }
.poise-replaces-label { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
button { font: inherit; cursor: pointer; }
.poise-apply { border: 0; border-radius: 5px; padding: 2px 10px; background: var(--poise-accent); color: #fff; font-weight: 600; }
.poise-actions { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.poise-open-coach { margin-left: auto; }
.poise-actions button { border: 0; background: none; padding: 0; color: #374151; text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--poise-accent); outline-offset: 2px; }
.poise-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
