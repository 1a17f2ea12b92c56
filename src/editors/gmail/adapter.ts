/**
 * Gmail (mail.google.com): popup composes in the mole strip, inline replies, several composes at once.
 * All selectors come from ./selectors.ts.
 */

import { extract } from '../extract';
import { focusedAmong } from '../lifecycle';
import { lastBefore, messageText } from '../prospect';
import { closestAny, elementKey, findBodies, matchesAny, queryAllAny, queryFirst } from '../query';
import type { Draft, EditorAdapter, Extraction } from '../types';
import { GMAIL_SELECTORS as S } from './selectors';

/** Quote and signature subtrees are not draft; everything else in the body is. */
export function isGmailNonDraft(el: Element): boolean {
  return matchesAny(el, S.notDraft);
}

function toDraft(body: HTMLElement): Draft {
  const root = closestAny(body, S.composeRoot) as HTMLElement | null ?? body;
  return {
    client: 'gmail',
    key: `gmail:${composeKey(root, body)}`,
    body,
    root,
    extract: (): Extraction => extract(body, { excluded: isGmailNonDraft }),
    prospectMessage: () => gmailProspectMessage(body),
  };
}

/**
 * The prospect's last message for a Gmail compose body: the newest message of the quote inside the body (the outermost
 * quote's blockquote, without the "On … wrote:" line, the older quotes nested in it or a signature); when the quote is
 * not in the body (folded behind "Show trimmed content") and the compose is an inline reply, the read view of the
 * message it sits under; '' for a new compose.
 */
export function gmailProspectMessage(body: HTMLElement): string {
  const quote = queryAllAny(body, S.quote)[0];
  if (quote !== undefined) {
    const message = queryFirst(quote, S.quotedMessage) ?? quote;
    return messageText(message, { notMessage: S.notMessage });
  }
  const thread = closestAny(body, S.threadMessage);
  if (thread === null) return '';
  const readView = lastBefore(thread, S.readView, body);
  return readView === null ? '' : messageText(readView, { notMessage: S.notMessage });
}

/**
 * The compose id first: Gmail sets it when the compose opens, while the draft id stays empty until the first autosave
 * and would change the key under an open compose. The draft id, then the body's own id, when it is missing.
 */
function composeKey(root: HTMLElement, body: HTMLElement): string {
  const value = (selectors: readonly string[]): string => {
    if (root === body) return '';
    const input = queryFirst(root, selectors);
    // `.value` of a hidden input reflects its attribute, so this sees what Gmail last wrote either way.
    return input !== null ? String((input as HTMLInputElement).value ?? '').trim() : '';
  };
  const composeId = value(S.composeId);
  if (composeId !== '') return `compose:${composeId}`;
  const draftId = value(S.draftId);
  if (draftId !== '' && draftId !== 'undefined') return `draft:${draftId}`;
  return `body:${elementKey(body)}`;
}

export const gmailAdapter: EditorAdapter = {
  client: 'gmail',
  sendControls: { send: S.send, discard: S.discard, sendScope: S.sendScope },
  findDrafts: (doc) => findBodies(doc, S.body, S.notBody).map(toDraft),
  focusedDraft: (doc) => focusedAmong(doc, gmailAdapter.findDrafts(doc)),
};
