/**
 * The one typed protocol between content scripts, background, side panel and popup. Every message is validated on
 * arrival and every sender checked: a message from anything other than this extension's own pages and scripts is
 * ignored (PRODUCT.md: messages from anything other than the extension's own pages).
 *
 * The draft's findings (and the sentence previews, which quote the draft) travel only in memory, through
 * runtime/tabs messaging between the extension's own scripts and pages: nothing here is ever stored.
 */
import { z } from 'zod';
import { SITUATIONS, THREAD_FAULTS } from '../analyzer/thread/situations';
import { CATEGORIES, LEVELS } from '../analyzer/types';
import { entrySchema } from '../storage/history';

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** One rewrite and the sentence around it, as the tooltip draws it (src/ui/FindingTooltip.tsx RewritePreview). */
const previewSchema = z.object({
  rewrite: z.string(),
  before: z.string(),
  removed: z.string(),
  inserted: z.string(),
  after: z.string(),
  removal: z.boolean(),
});

const findingSchema = z.object({
  id: z.string(),
  rule: z.string(),
  category: z.enum(CATEGORIES),
  level: z.enum(LEVELS),
  message: z.string(),
  why: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  replace: span,
  rewrites: z.array(z.string()),
  /** The better sentence to write by hand where no rewrite is offered (Finding.example). */
  example: z.string().optional(),
  source: z.enum(['rule', 'model', 'user', 'thread']),
});

const scoresSchema = z.object({ hard_close: z.number(), self_serving: z.number(), timidity: z.number() });

/** What the side panel shows for one draft: the analyser's report, each finding with its previews. */
export const draftViewSchema = z.object({
  /** The compose's key (Draft.key): stable while it is open. */
  key: z.string(),
  findings: z.array(z.object({ finding: findingSchema, previews: z.array(previewSchema).max(3) })),
  scores: scoresSchema,
  balance: z.number(),
  stats: z.object({
    words: z.number(), sentences: z.number(), questions: z.number(), secondPerson: z.number(), firstPerson: z.number(),
  }),
  notes: z.array(z.object({ id: z.string(), message: z.string() })),
  /** False until the first analysis of this draft is done. */
  analysed: z.boolean(),
  /**
   * What the prospect's last message asks of the reply (Report.thread): its situation and the faults the draft
   * commits against it. Names only: the prospect's words never travel. Absent until an analysis reads the thread.
   */
  thread: z.object({ situation: z.enum(SITUATIONS), faults: z.array(z.enum(THREAD_FAULTS)) }).optional(),
});

export type DraftView = z.infer<typeof draftViewSchema>;

/** What a mail tab says about itself: which draft the rep is in, if any, and whether the page could be read. */
export const tabStateSchema = z.object({
  client: z.enum(['gmail', 'outlook']),
  /** 'unreadable': the adapter could not read this page (the client changed its markup). */
  status: z.enum(['draft', 'no-draft', 'unreadable']),
  /** When a draft in this tab last took focus (ms since epoch); 0 if none ever did. The panel follows the latest. */
  focusedAt: z.number(),
  draft: draftViewSchema.nullable(),
});

export type TabState = z.infer<typeof tabStateSchema>;

export const applyResultSchema = z.enum(['applied', 'stale', 'unavailable', 'not-found']);
export type ApplyResultMessage = z.infer<typeof applyResultSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  /** Content script -> background: inject the analyser bundle into my frame (compromise loads on first compose). */
  z.object({ type: z.literal('poise/load-analyzer') }),
  /** Content script -> side panel: my tab's state changed (a draft took focus, was re-analysed, closed). */
  z.object({ type: z.literal('poise/tab-state'), state: tabStateSchema }),
  /** Side panel -> content script: tell me your state now (answered with a TabState). */
  z.object({ type: z.literal('poise/get-state') }),
  /** Side panel -> content script: apply this rewrite to this finding of this draft (answered with an ApplyResult). */
  z.object({ type: z.literal('poise/apply'), draftKey: z.string(), findingId: z.string(), rewrite: z.string() }),
  /** Side panel -> content script: scroll the draft to this finding and select its words. */
  z.object({ type: z.literal('poise/select'), draftKey: z.string(), findingId: z.string() }),
  /** Side panel -> content script: dismiss this finding in this draft (remembered as the tooltip's Dismiss is). */
  z.object({ type: z.literal('poise/dismiss'), draftKey: z.string(), findingId: z.string() }),
  /** Side panel -> content script: put the caret back in the draft (Escape in the panel). */
  z.object({ type: z.literal('poise/focus-draft'), draftKey: z.string() }),
  /** Content script (tooltip's "Open the coach") -> background: open the side panel for my tab. */
  z.object({ type: z.literal('poise/open-coach') }),
  /**
   * Content script -> background: the rep sent a coached draft; add this entry to the history. The entry schema is
   * strict and holds only counts, rule ids, scores and a time: a message carrying any text is refused.
   */
  z.object({ type: z.literal('poise/record-send'), entry: entrySchema }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The message, if it is well-formed and comes from this extension; null otherwise. */
export function acceptMessage(raw: unknown, sender: SenderLike, extensionId: string): Message | null {
  if (sender.id !== extensionId) return null;
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A content script's answer to get-state, if well-formed. */
export function acceptTabState(raw: unknown): TabState | null {
  const parsed = tabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A content script's answer to apply, if well-formed. */
export function acceptApplyResult(raw: unknown): ApplyResultMessage | null {
  const parsed = applyResultSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
