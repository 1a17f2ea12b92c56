/**
 * The in-page coach for one mail tab: finds drafts as composes open and close (both clients are single-page apps),
 * gives each its own DraftCoach, and owns the page-wide pieces: the highlight painter, the tooltip, hover and the
 * keyboard shortcut. Everything it adds to the page goes when `signal` aborts (compose closed, extension reloaded).
 */
// rewrite.ts is pure string work (no compromise): cheap enough for the content script itself.
import { previewRewrite, rewriteEdit } from '../analyzer/rewrite';
import type { AnalyzeOptions, Finding } from '../analyzer/types';
import type { Draft, EditorAdapter } from '../editors/types';
import { watchSends } from '../editors/send';
import { entryFromFindings, type HistoryEntry } from '../storage/history';
import type { DraftView, TabState } from '../messaging/protocol';
import type { Settings } from '../storage/settings';
import type { AnalyzerApi } from './analyzer-global';
import { applyEdit, type ApplyResult } from './apply';
import { DraftCoach, type Located } from './draft-coach';
import { createPainter } from './highlights';
import { createTooltipHost } from './tooltip-host';

/** Opens the tooltip for the finding under the caret. Documented in the README. */
export const SHORTCUT = { key: 'P', altKey: true, shiftKey: true, label: 'Alt+Shift+P' } as const;

export interface PageCoachDeps {
  doc: Document;
  adapter: EditorAdapter;
  loadAnalyzer(): Promise<AnalyzerApi>;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  turnOffRule(rule: string): Promise<void>;
  isDismissed(draftKey: string, f: Finding): Promise<boolean>;
  dismiss(draftKey: string, f: Finding): Promise<void>;
  signal: AbortSignal;
  debounceMs?: number;
  /** Tells the side panel this tab's state changed (a draft took focus, was analysed, closed). */
  publish?(state: TabState): void;
  /** Opens the side panel ("Open the coach" in the tooltip). */
  openCoach?(): void;
  /** The clock, for when a draft took focus and when one was sent. */
  now?(): number;
  /** A coached draft was sent (Send, then the compose closed): its counts, never its words, for the history. */
  recordSend?(entry: HistoryEntry): void;
}

const optionsFrom = (s: Settings): AnalyzeOptions => ({
  disabledRules: s.disabledRules,
  disabledCategories: s.disabledCategories,
  userPhrases: s.userPhrases,
  sensitivity: s.sensitivity,
});

/** What the rest of the extension (the side panel) can ask of the coach in a mail tab. */
export interface PageCoach {
  /** Applies a rewrite to the finding with this id, in the draft with this key (any open draft when omitted). */
  applyFinding(findingId: string, rewrite: string, draftKey?: string): ApplyResult | 'not-found';
  /** Scrolls the draft to the finding and selects its words; false when it is not shown any more. */
  selectFinding(draftKey: string, findingId: string): boolean;
  /** Dismisses the finding in that draft, as the tooltip's Dismiss does. */
  dismissFinding(draftKey: string, findingId: string): boolean;
  /** Puts the caret back in the draft. */
  focusDraft(draftKey: string): boolean;
  /** What the side panel shows for this tab now. */
  state(): TabState;
}

export function startPageCoach(deps: PageCoachDeps): PageCoach {
  const { doc, adapter, signal } = deps;
  const win = doc.defaultView!;
  const coaches = new Map<HTMLElement, { coach: DraftCoach; stop: AbortController }>();
  let analyzer: AnalyzerApi | null = null;
  let settings: Settings | null = null;
  let painter: ReturnType<typeof createPainter> | null = null;
  let tooltip: ReturnType<typeof createTooltipHost> | null = null;
  let shown: { coach: DraftCoach; located: Located } | null = null;
  let loading: Promise<void> | null = null;
  /** The draft the rep last worked in, and when it took focus: the side panel follows it. */
  let focused: { coach: DraftCoach; at: number } | null = null;
  let unreadable = false;
  /** Set while every coach restarts, so the panel hears the result once rather than each step. */
  let quiet = false;
  const now = deps.now ?? Date.now;

  const enabled = () => settings !== null && settings.sites[adapter.client];

  /** compromise and the rules load on the first compose, not on every mail page. */
  const ensureLoaded = () => {
    loading ??= (async () => {
      [analyzer, settings] = await Promise.all([deps.loadAnalyzer(), deps.loadSettings()]);
      if (signal.aborted) return;
      painter = createPainter(doc);
      tooltip = createTooltipHost(doc);
      signal.addEventListener('abort', () => {
        try {
          painter?.destroy();
        } finally {
          tooltip?.destroy();
        }
      }, { once: true });
      const unwatch = deps.watchSettings((s) => {
        settings = s;
        restartAll();
      });
      signal.addEventListener('abort', () => {
        try {
          unwatch();
        } catch {
          // After an extension reload the runtime is gone and removing its listener throws; nothing is left to remove.
        }
      }, { once: true });
    })();
    return loading;
  };

  const startCoach = (draft: Draft) => {
    if (!analyzer || !painter || !enabled()) return;
    // The document's own AbortController: listeners on its nodes accept only signals of their realm.
    const stop = new win.AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true });
    const coach = new DraftCoach({
      draft,
      painter,
      // The prospect's last message is read by the coach (once, and again only when the quote changes) and passed as
      // `prospect`: the analyser decides from it what the reply must answer (AnalyzeOptions.prospect).
      createSession: (prospect) => analyzer!.createSession({ ...optionsFrom(settings!), prospect }),
      isDismissed: (f) => deps.isDismissed(draft.key, f),
      debounceMs: deps.debounceMs ?? 150,
      onReport: () => {
        if (current() === coach) publish();
      },
      yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
      signal: stop.signal,
    });
    coaches.set(draft.body, { coach, stop });
  };

  const stopCoach = (body: HTMLElement) => {
    const entry = coaches.get(body);
    if (!entry) return;
    if (shown?.coach === entry.coach) closeTooltip();
    const wasCurrent = current() === entry.coach;
    entry.stop.abort();
    coaches.delete(body);
    if (focused?.coach === entry.coach) focused = null;
    if (wasCurrent) publish();
  };

  /** Settings changed: every coach starts again with them, and the draft the rep was in stays the one in focus. */
  const restartAll = () => {
    const kept = focused ? { key: focused.coach.draft.key, at: focused.at } : null;
    quiet = true;
    try {
      for (const body of [...coaches.keys()]) stopCoach(body);
      scan();
    } finally {
      quiet = false;
    }
    const again = kept && [...coaches.values()].find((e) => e.coach.draft.key === kept.key);
    if (again && kept) focused = { coach: again.coach, at: kept.at };
    publish();
  };

  /** Composes come and go: start a coach for each new body, stop the ones whose body left the page. */
  const scan = () => {
    if (signal.aborted) return;
    let drafts: Draft[];
    try {
      drafts = adapter.findDrafts(doc);
      if (unreadable) {
        unreadable = false;
        publish();
      }
    } catch {
      // the page changed under us: stay quiet in the page (PRODUCT.md: harmless to the mail client), say so in the panel
      if (!unreadable) {
        unreadable = true;
        publish();
      }
      return;
    }
    for (const body of [...coaches.keys()]) if (!drafts.some((d) => d.body === body) || !body.isConnected) stopCoach(body);
    if (drafts.length === 0) return;
    if (!analyzer) {
      void ensureLoaded().then(scan, () => {});
      return;
    }
    for (const d of drafts) if (!coaches.has(d.body)) startCoach(d);
  };

  const closeTooltip = () => {
    shown = null;
    tooltip?.close();
  };

  const openTooltip = (coach: DraftCoach, located: Located, focus: boolean) => {
    if (!tooltip) return;
    shown = { coach, located };
    const f = located.finding;
    const anchor = located.range.getBoundingClientRect();
    const text = coach.analysedText;
    tooltip.open({
      finding: f,
      // Each rewrite shown as the sentence will read after Apply (it replaces a clause or the sentence, not the span).
      previews: f.rewrites.slice(0, 3).map((rewrite) => ({ rewrite, ...previewRewrite(text, f, rewrite) })),
      onApply: (rewrite) => {
        if (apply(coach, f, rewrite) === 'applied') {
          shown = null;
          tooltip?.close();
        } else {
          tooltip?.update({ notice: 'The draft changed here since it was checked, so nothing was replaced. Poise is checking it again.' });
        }
      },
      onDismiss: () => {
        coach.markDismissed(f);
        closeTooltip();
        void deps.dismiss(coach.draft.key, f).catch(() => {});
      },
      onTurnOff: () => {
        closeTooltip();
        void deps.turnOffRule(f.rule).catch(() => {});
      },
      ...(deps.openCoach ? { onOpenCoach: () => deps.openCoach!() } : {}),
    }, anchor, { focus, onClose: () => (shown = null) });
  };

  /**
   * Apply through the editor's input path: the rewrite replaces the finding's unit (`replace`, a clause or the
   * sentence), and "" removes it with its joining punctuation, as one edit computed on exactly the text the analysis
   * saw. If the draft no longer says the same there, nothing changes. On success the finding goes at once; either way
   * the draft is re-checked.
   */
  const apply = (coach: DraftCoach, f: Finding, rewrite: string): ApplyResult => {
    const text = coach.analysedText;
    const edit = rewriteEdit(text, f, rewrite);
    const result = applyEdit(coach.draft, { start: edit.start, end: edit.end, expected: text.slice(edit.start, edit.end), replacement: edit.replacement });
    if (result === 'applied') {
      coach.applied += 1;
      coach.hide(f.id);
    }
    coach.schedule(0);
    return result;
  };

  /** The draft the side panel shows: the one last focused, else the first open one. */
  const current = (): DraftCoach | null => {
    if (focused && [...coaches.values()].some((e) => e.coach === focused!.coach)) return focused.coach;
    return coaches.values().next().value?.coach ?? null;
  };

  const byKey = (key: string): DraftCoach | null => {
    for (const { coach } of coaches.values()) if (coach.draft.key === key) return coach;
    return null;
  };

  const viewOf = (coach: DraftCoach): DraftView => {
    const report = coach.report;
    const text = coach.analysedText;
    const findings = [...coach.findings].map((l) => l.finding).sort((a, b) => a.start - b.start);
    return {
      key: coach.draft.key,
      findings: findings.map((f) => ({ finding: f, previews: f.rewrites.slice(0, 3).map((rewrite) => ({ rewrite, ...previewRewrite(text, f, rewrite) })) })),
      scores: report?.scores ?? { hard_close: 0, self_serving: 0, timidity: 0 },
      balance: report?.balance ?? 0,
      stats: report?.stats ?? { words: 0, sentences: 0, questions: 0, secondPerson: 0, firstPerson: 0 },
      notes: report?.notes.map((n) => ({ id: n.id, message: n.message })) ?? [],
      analysed: report !== null,
      // What the prospect's message asks of the reply: only the situation and the faults' names travel, never its words.
      ...(report?.thread ? { thread: { situation: report.thread.situation, faults: [...report.thread.faults] } } : {}),
    };
  };

  const state = (): TabState => {
    const coach = current();
    return {
      client: adapter.client,
      status: unreadable ? 'unreadable' : coach ? 'draft' : 'no-draft',
      focusedAt: focused && coach === focused.coach ? focused.at : 0,
      draft: coach && !unreadable ? viewOf(coach) : null,
    };
  };

  const publish = () => {
    if (signal.aborted || quiet || !deps.publish) return;
    try {
      deps.publish(state());
    } catch {
      // the panel is not listening, or the extension was reloaded: nothing to tell
    }
  };

  const coachFor = (node: Node | null): DraftCoach | null => {
    for (const [body, { coach }] of coaches) if (node && body.contains(node)) return coach;
    return null;
  };

  // Hover: the pointer over a painted finding opens its tooltip; leaving both the words and the tooltip closes it.
  let frame = 0;
  doc.addEventListener('pointermove', (e) => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (tooltip?.contains(e.target)) return;
      const coach = coachFor(e.target as Node);
      const located = coach?.findingAtPoint(e.clientX, e.clientY) ?? null;
      if (coach && located) {
        if (shown?.located.finding.id !== located.finding.id) openTooltip(coach, located, false);
      } else if (shown && !shown.located.range.getClientRects().length) {
        closeTooltip();
      } else if (shown && !onTheWay(shown.located.range.getBoundingClientRect(), tooltip?.rect() ?? null, e.clientX, e.clientY)) {
        closeTooltip();
      }
    });
  }, { signal, passive: true });

  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && shown) {
      closeTooltip();
      return;
    }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      const coach = coachFor(doc.getSelection()?.focusNode ?? null);
      const located = coach?.findingAtCaret();
      if (coach && located) {
        e.preventDefault();
        openTooltip(coach, located, true);
      }
    }
  }, { signal, capture: true });

  // The side panel follows the draft the rep works in: focus entering a compose body makes it the current one.
  doc.addEventListener('focusin', (e) => {
    const coach = coachFor(e.target as Node);
    if (!coach || focused?.coach === coach) return;
    focused = { coach, at: now() };
    publish();
  }, { signal, capture: true });

  const observer = new win.MutationObserver(() => scheduleScan());
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleScan = () => {
    clearTimeout(scanTimer);
    scanTimer = setTimeout(scan, 150);
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  // The send history: the findings shown when the rep pressed Send, recorded once the compose closes.
  if (deps.recordSend) {
    const record = deps.recordSend;
    watchSends({
      doc,
      controls: adapter.sendControls,
      drafts: () => [...coaches.values()].map((e) => e.coach.draft),
      onIntent: (draft) => {
        const coach = byKey(draft.key);
        const report = coach?.reportNow();
        if (!coach || !report) return null;
        return entryFromFindings(report.findings, report.stats.words, adapter.client, coach.applied, coach.dismissedCount, 0);
      },
      onSent: (_draft, entry) => {
        try {
          record({ ...entry, at: now() });
        } catch {
          // the extension was reloaded under the page: nothing to record into
        }
      },
      signal,
      now,
    });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scanTimer);
    for (const body of [...coaches.keys()]) stopCoach(body);
  }, { once: true });
  scan();
  publish();

  return {
    applyFinding(findingId, rewrite, draftKey) {
      for (const { coach } of coaches.values()) {
        if (draftKey !== undefined && coach.draft.key !== draftKey) continue;
        const located = coach.findings.find((l) => l.finding.id === findingId);
        if (located) {
          // Only a rewrite the finding offers now: a panel drawn from an older analysis may send one since withheld.
          if (!located.finding.rewrites.includes(rewrite)) return 'stale';
          if (shown?.coach === coach) closeTooltip();
          return apply(coach, located.finding, rewrite);
        }
      }
      return 'not-found';
    },
    selectFinding(draftKey, findingId) {
      const coach = byKey(draftKey);
      const located = coach?.findings.find((l) => l.finding.id === findingId);
      const selection = doc.getSelection();
      if (!coach || !located || !selection || !located.range.startContainer.isConnected) return false;
      coach.draft.body.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(located.range.cloneRange());
      const el = located.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      return true;
    },
    dismissFinding(draftKey, findingId) {
      const coach = byKey(draftKey);
      const f = coach?.findings.find((l) => l.finding.id === findingId)?.finding;
      if (!coach || !f) return false;
      if (shown?.located.finding.id === findingId) closeTooltip();
      coach.markDismissed(f);
      void deps.dismiss(coach.draft.key, f).catch(() => {});
      return true;
    },
    focusDraft(draftKey) {
      const coach = byKey(draftKey);
      if (!coach) return false;
      coach.draft.body.focus();
      return true;
    },
    state,
  };
}

/** The pointer is on the words, on the tooltip, or crossing the gap between them: keep the tooltip open. */
function onTheWay(words: DOMRect, tip: DOMRect | null, x: number, y: number): boolean {
  const margin = 8;
  const left = Math.min(words.left, tip?.left ?? words.left) - margin;
  const right = Math.max(words.right, tip?.right ?? words.right) + margin;
  const top = Math.min(words.top, tip?.top ?? words.top) - margin;
  const bottom = Math.max(words.bottom, tip?.bottom ?? words.bottom) + margin;
  return x >= left && x <= right && y >= top && y <= bottom;
}
