/**
 * The tooltip over a highlight: what was found, why it costs the sale, one to three rewrites each with Apply, and
 * Dismiss / Turn off this rule. Props in, callbacks out: it knows nothing of the browser or the mail client.
 */
import type { Finding } from '../analyzer/types';
import { CATEGORY_LABEL } from './labels';

export interface FindingTooltipProps {
  finding: Finding;
  /** A sentence for the live region, e.g. after a refused Apply. */
  notice?: string;
  onApply(rewrite: string): void;
  onDismiss(): void;
  onTurnOff(): void;
  onClose(): void;
}

export function FindingTooltip({ finding, notice, onApply, onDismiss, onTurnOff, onClose }: FindingTooltipProps) {
  const titleId = `poise-tip-title-${finding.id.replace(/[^\w-]/g, '_')}`;
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
      {finding.rewrites.length > 0 && (
        <ul class="poise-rewrites" aria-label="Suggested rewrites">
          {finding.rewrites.slice(0, 3).map((r) => (
            <li key={r}>
              <span class="poise-rewrite">{r}</span>
              <button type="button" class="poise-apply" aria-label={`Apply: ${r}`} onClick={() => onApply(r)}>Apply</button>
            </li>
          ))}
        </ul>
      )}
      <div class="poise-actions">
        <button type="button" class="poise-dismiss" onClick={onDismiss}>Dismiss</button>
        <button type="button" class="poise-turn-off" onClick={onTurnOff}>Turn off this rule</button>
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
.poise-rewrite { flex: 1; }
button { font: inherit; cursor: pointer; }
.poise-apply { border: 0; border-radius: 5px; padding: 2px 10px; background: var(--poise-accent); color: #fff; font-weight: 600; }
.poise-actions { display: flex; gap: 12px; }
.poise-actions button { border: 0; background: none; padding: 0; color: #374151; text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--poise-accent); outline-offset: 2px; }
.poise-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
