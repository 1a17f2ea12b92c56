/**
 * Outlook on the web: new message and inline reply in the reading pane, pop-out composes.
 * All selectors come from ./selectors.ts.
 */

import { extract } from '../extract';
import { focusedAmong } from '../lifecycle';
import { firstAfter, messageText } from '../prospect';
import { closestAny, elementKey, findBodies, matchesAny, queryFirst } from '../query';
import type { Draft, EditorAdapter, Extraction } from '../types';
import { OUTLOOK_SELECTORS as S } from './selectors';

/**
 * The body's first direct child where the draft ends (fixtures README, Extraction rules 2): a signature or history
 * marker, or an `<hr>` directly followed by the reply header. Null when the whole body is draft.
 */
export function outlookDraftEnd(body: Element): Element | null {
  for (let child = body.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (matchesAny(child, S.draftEnd)) return child;
    const next = child.nextElementSibling;
    if (child.tagName.toUpperCase() === 'HR' && next !== null && matchesAny(next, S.replyHeader)) return child;
  }
  return null;
}

function toDraft(body: HTMLElement): Draft {
  const root = closestAny(body, S.composeRoot) as HTMLElement | null ?? body;
  return {
    client: 'outlook',
    key: `outlook:${root !== body ? elementKey(root) : `body:${elementKey(body)}`}`,
    body,
    root,
    extract: (): Extraction => extract(body, { end: outlookDraftEnd(body) }),
    prospectMessage: () => outlookProspectMessage(body),
  };
}

/**
 * The prospect's last message for an Outlook compose body: what follows the first reply header (`#divRplyFwdMsg`,
 * "From: … Sent: …") up to the older history or the sender's signature. '' for a new message, and for a reply whose
 * history is still collapsed behind "…" (then the quote is not in the body at all; office-js issue #1779).
 */
export function outlookProspectMessage(body: HTMLElement): string {
  const header = queryFirst(body, S.quotedHeader);
  if (header === null) return '';
  return messageText(body, { after: header, before: firstAfter(body, S.quotedMessageEnd, header) });
}

export const outlookAdapter: EditorAdapter = {
  client: 'outlook',
  sendControls: { send: S.send, discard: S.discard, sendScope: S.sendScope },
  findDrafts: (doc) => findBodies(doc, S.body, S.notBody).map(toDraft),
  focusedDraft: (doc) => focusedAmong(doc, outlookAdapter.findDrafts(doc)),
};
