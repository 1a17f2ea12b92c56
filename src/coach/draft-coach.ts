/**
 * Coaches one open draft: re-analyses as the rep types (debounced, through the incremental session, never during
 * IME composition), paints the findings, and answers "which finding is here?" for hover and keyboard. It only
 * reads the editor; it changes the draft only through applyEdit, when the rep asks.
 */
import type { Session } from '../analyzer/analyze';
import type { Finding, Report } from '../analyzer/types';
import type { Draft } from '../editors/types';
import type { Mark, Painter } from './highlights';

export interface DraftCoachDeps {
  draft: Draft;
  painter: Painter;
  /**
   * A session analysing this draft as a reply to `prospect`, the prospect's last message ('' for a new email). Called
   * on the first analysis and again only when that message's text changes.
   */
  createSession(prospect: string): Session;
  /** Findings the rep dismissed in this draft; checked on every analysis. */
  isDismissed(finding: Finding): Promise<boolean>;
  onReport?(report: Report): void;
  debounceMs: number;
  /** Yields to the page between slices of a long first analysis. */
  yieldToPage(): Promise<void>;
  signal: AbortSignal;
}

export interface Located {
  finding: Finding;
  range: Range;
}

/**
 * A first analysis longer than this is done in slices that yield to the page in between. Tagging costs a few
 * milliseconds for each sentence that passes the gate, so a slice stays well under the 50 ms of a long task.
 */
const SLICE_CHARS = 2000;

export class DraftCoach {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private located: Located[] = [];
  /** The extracted draft text the painted findings were computed on: their offsets (span and `replace`) refer to it. */
  private analysed = '';
  private primed = false;
  private running: Promise<void> | null = null;
  private again = false;
  /** Per (rule, words): whether the rep dismissed it in this draft. */
  private readonly dismissed = new Map<string, boolean>();
  /** The last report, its findings only those painted (dismissed ones left out); null before the first analysis. */
  private lastReport: Report | null = null;
  /** Rewrites applied and findings dismissed in this draft, for the send history (counts only). */
  applied = 0;
  dismissedCount = 0;
  private session: Session | null = null;
  /** The prospect's message the session was made for: in memory only, like the draft, and never painted. */
  private prospect = '';
  /** True until the prospect's message has been read, and again when the body's top-level children change. */
  private quoteMayHaveChanged = true;

  constructor(private readonly deps: DraftCoachDeps) {
    const { draft, signal } = deps;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
      draft.body.addEventListener(type, fn, { signal, passive: true });
    on('compositionstart', () => (this.composing = true));
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    on('input', () => {
      this.dropMarksAtCaret();
      this.schedule();
    });
    // The quote comes and goes as whole children of the body: Gmail's "Show trimmed content" and Outlook's "…" put the
    // thread there, a reply's own quote is there from the start. Typing inside a line does not touch the body's child
    // list, so the prospect's message is read again only when the thread may have changed, never per keystroke.
    const win = draft.body.ownerDocument.defaultView;
    const observer = win ? new win.MutationObserver(() => {
      this.quoteMayHaveChanged = true;
      this.schedule();
    }) : null;
    observer?.observe(draft.body, { childList: true });
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      observer?.disconnect();
      deps.painter.clear(draft.key);
    }, { once: true });
    this.schedule(0);
  }

  get draft(): Draft {
    return this.deps.draft;
  }

  get findings(): readonly Located[] {
    return this.located;
  }

  /**
   * Exactly the text the analyser saw for the painted findings (the draft's extraction at that analysis). Apply
   * computes its edit on this text and refuses if the draft no longer says the same there.
   */
  get analysedText(): string {
    return this.analysed;
  }

  /** The last analysis of this draft, with only the findings still shown; null until the first one is done. */
  get report(): Report | null {
    return this.lastReport;
  }

  /** Re-analyse soon; typing keeps pushing it back, and nothing runs while an IME composition is open. */
  schedule(delay = this.deps.debounceMs): void {
    if (this.deps.signal.aborted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyzeNow(), delay);
  }

  /** Runs an analysis now (one at a time; a request during a run queues one more). */
  async analyzeNow(): Promise<void> {
    if (this.composing || this.deps.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.analyzeNow();
      }
    });
    return this.running;
  }

  /** The session for the prospect's message as it reads now: the same one while that text stays the same. */
  private currentSession(): Session {
    if (this.session !== null && !this.quoteMayHaveChanged) return this.session;
    this.quoteMayHaveChanged = false;
    let prospect = this.prospect;
    try {
      prospect = this.deps.draft.prospectMessage();
    } catch {
      // The page changed under us: keep the message read last (PRODUCT.md: go quiet, never throw into the page).
    }
    if (this.session === null || prospect !== this.prospect) {
      this.prospect = prospect;
      this.session = this.deps.createSession(prospect);
      this.primed = false;
    }
    return this.session;
  }

  private async run(): Promise<void> {
    const { draft, signal } = this.deps;
    if (!draft.body.isConnected) return;
    const session = this.currentSession();
    let extraction = draft.extract();
    if (!this.primed && extraction.text.length > SLICE_CHARS) {
      // Warm the session's sentence cache a slice at a time, so a long thread reply never blocks typing.
      for (let end = SLICE_CHARS; end < extraction.text.length; end += SLICE_CHARS) {
        session.update(extraction.text.slice(0, end));
        await this.deps.yieldToPage();
        if (signal.aborted || !draft.body.isConnected) return;
      }
      extraction = draft.extract();
    }
    this.primed = true;
    const report = session.update(extraction.text);
    const unknown = report.findings.filter((f) => !this.dismissed.has(dismissKey(f)));
    if (unknown.length) {
      // Dismissals are keyed hashes computed asynchronously; each (rule, words) pair is looked up once per draft.
      for (const f of unknown) this.dismissed.set(dismissKey(f), await this.deps.isDismissed(f));
      if (signal.aborted || !draft.body.isConnected) return;
      // The draft may have changed while we waited: only paint what still says what was analysed.
      if (draft.extract().text !== extraction.text) {
        this.schedule();
        return;
      }
    }
    const visible: Located[] = [];
    for (const finding of report.findings) {
      if (this.dismissed.get(dismissKey(finding))) continue;
      const range = extraction.rangeFor(finding.start, finding.end);
      if (range) visible.push({ finding, range });
    }
    this.located = visible;
    this.analysed = extraction.text;
    this.paint();
    this.lastReport = { ...report, findings: visible.map((l) => l.finding) };
    this.deps.onReport?.(this.lastReport);
  }

  /**
   * The draft as it reads now, analysed at once, with the findings the rep would see (dismissed ones left out): what
   * the send history records when the rep sends it. Synchronous, so it runs before the client removes the compose.
   */
  reportNow(): Report | null {
    const { draft } = this.deps;
    if (!draft.body.isConnected) return this.lastReport;
    const report = this.currentSession().update(draft.extract().text);
    return { ...report, findings: report.findings.filter((f) => !this.dismissed.get(dismissKey(f))) };
  }

  /** Remembers a dismissal for this draft at once, so the next analysis does not paint it again. */
  markDismissed(finding: Finding): void {
    if (!this.dismissed.get(dismissKey(finding))) this.dismissedCount += 1;
    this.dismissed.set(dismissKey(finding), true);
    this.hide(finding.id);
  }

  /** Removes one finding from view at once (after Dismiss or Apply), without waiting for the next analysis. */
  hide(findingId: string): void {
    this.located = this.located.filter((l) => l.finding.id !== findingId);
    this.paint();
    if (this.lastReport) {
      this.lastReport = { ...this.lastReport, findings: this.lastReport.findings.filter((f) => f.id !== findingId) };
      this.deps.onReport?.(this.lastReport);
    }
  }

  /** The finding painted under the viewport point, if any. */
  findingAtPoint(x: number, y: number): Located | null {
    for (const l of this.located) {
      for (const r of l.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return l;
      }
    }
    return null;
  }

  /** The finding whose words hold the caret, if any. */
  findingAtCaret(): Located | null {
    const selection = this.draft.body.ownerDocument.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node || !this.draft.body.contains(node)) return null;
    return this.located.find((l) => rangeHolds(l.range, node, selection.focusOffset)) ?? null;
  }

  private paint(): void {
    const marks: Mark[] = this.located.map((l) => ({ category: l.finding.category, range: l.range }));
    this.deps.painter.paint(this.draft.key, marks);
  }

  /** A span the rep is editing loses its highlight at once; the next analysis decides whether it comes back. */
  private dropMarksAtCaret(): void {
    const at = this.findingAtCaret();
    const collapsed = this.located.filter((l) => l.range.collapsed || l.range.toString().length === 0);
    if (!at && collapsed.length === 0) return;
    this.located = this.located.filter((l) => l !== at && !collapsed.includes(l));
    this.paint();
  }
}

const dismissKey = (f: Finding) => `${f.rule}\u0000${f.text.toLowerCase()}`;

function rangeHolds(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false; // the node moved to another document or was removed
  }
}
