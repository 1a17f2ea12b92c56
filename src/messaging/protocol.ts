/**
 * The one typed protocol between content scripts, background, side panel and popup. Every message is validated on
 * arrival and every sender checked: a message from anything other than this extension's own pages and scripts is
 * ignored (PRODUCT.md: messages from anything other than the extension's own pages).
 */
import { z } from 'zod';

export const messageSchema = z.discriminatedUnion('type', [
  /** Content script -> background: inject the analyser bundle into my frame (compromise loads on first compose). */
  z.object({ type: z.literal('poise/load-analyzer') }),
]);

export type Message = z.infer<typeof messageSchema>;

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
