/**
 * Outlook on the web: new message and inline reply in the reading pane, pop-out composes.
 * All selectors come from ./selectors.ts.
 */

import { extract } from '../extract';
import { focusedAmong } from '../lifecycle';
import { closestAny, elementKey, findBodies, matchesAny } from '../query';
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
  };
}

export const outlookAdapter: EditorAdapter = {
  client: 'outlook',
  sendControls: { send: S.send, discard: S.discard, sendScope: S.sendScope },
  findDrafts: (doc) => findBodies(doc, S.body, S.notBody).map(toDraft),
  focusedDraft: (doc) => focusedAmong(doc, outlookAdapter.findDrafts(doc)),
};
