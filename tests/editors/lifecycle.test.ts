// @vitest-environment jsdom
/**
 * What the content script needs around a draft: which one the rep is in (the side panel follows it), when one goes
 * away (sent, discarded, closed), and which adapter runs on which host.
 */

import { describe, expect, it, vi } from 'vitest';
import { adapterForHost, clientForHost, gmailAdapter, isOpen, outlookAdapter, watchRemoval } from '../../src/editors';
import { loadFixture } from './load';

/** Lets a MutationObserver deliver its records. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('focusedDraft', () => {
  it('is null when the rep is not in a compose', () => {
    const doc = loadFixture('gmail-two-composes.html');
    expect(gmailAdapter.focusedDraft(doc)).toBeNull();
  });

  it('follows focus from one Gmail compose to the other', () => {
    const doc = loadFixture('gmail-two-composes.html');
    const [priya, sam] = gmailAdapter.findDrafts(doc);
    sam!.body.focus();
    expect(gmailAdapter.focusedDraft(doc)?.key).toBe(sam!.key);
    priya!.body.focus();
    expect(gmailAdapter.focusedDraft(doc)?.key).toBe(priya!.key);
    expect(priya!.key).not.toBe(sam!.key);
  });

  it('follows the selection when focus is elsewhere on the page', () => {
    const doc = loadFixture('gmail-two-composes.html');
    const [, sam] = gmailAdapter.findDrafts(doc);
    const range = sam!.extract().rangeFor(9, 34)!; // "Sorry to bother you again"
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    expect(gmailAdapter.focusedDraft(doc)?.key).toBe(sam!.key);
  });

  it('counts focus in a compose’s own subject field as that compose', () => {
    const doc = loadFixture('gmail-two-composes.html');
    const [, sam] = gmailAdapter.findDrafts(doc);
    sam!.root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.focus();
    expect(gmailAdapter.focusedDraft(doc)?.key).toBe(sam!.key);
  });

  it('finds the Outlook reply body, not the read view the rep clicked in before', () => {
    const doc = loadFixture('outlook-reply.html');
    doc.querySelector<HTMLElement>('[id^="UniqueMessageBody_"]')!.focus();
    expect(outlookAdapter.focusedDraft(doc)).toBeNull();
    const [draft] = outlookAdapter.findDrafts(doc);
    draft!.body.focus();
    expect(outlookAdapter.focusedDraft(doc)?.key).toBe('outlook:editorParent_1');
  });
});

describe('watchRemoval', () => {
  it('reports once when a Gmail compose is closed, and not for the other compose', async () => {
    const doc = loadFixture('gmail-two-composes.html');
    const [priya, sam] = gmailAdapter.findDrafts(doc);
    const priyaGone = vi.fn();
    const samGone = vi.fn();
    const controller = new AbortController();
    watchRemoval(priya!, priyaGone, controller.signal);
    watchRemoval(sam!, samGone, controller.signal);
    priya!.body.closest('.AD')!.remove(); // sent or discarded: Gmail removes the popup
    await settle();
    doc.body.append(doc.createElement('div')); // later page changes do not report it again
    await settle();
    expect(priyaGone).toHaveBeenCalledTimes(1);
    expect(samGone).not.toHaveBeenCalled();
    expect(isOpen(priya!)).toBe(false);
    expect(isOpen(sam!)).toBe(true);
    controller.abort();
  });

  it('reports an Outlook body that stops being editable (sending)', async () => {
    const doc = loadFixture('outlook-compose-new.html');
    const [draft] = outlookAdapter.findDrafts(doc);
    const gone = vi.fn();
    watchRemoval(draft!, gone, new AbortController().signal);
    draft!.body.setAttribute('contenteditable', 'false');
    await settle();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('does not report a body moved within one task, nor anything after abort', async () => {
    const doc = loadFixture('gmail-compose-new.html');
    const [draft] = gmailAdapter.findDrafts(doc);
    const gone = vi.fn();
    const controller = new AbortController();
    watchRemoval(draft!, gone, controller.signal);
    const popup = draft!.body.closest('.AD')!;
    const parent = popup.parentElement!;
    popup.remove();
    parent.append(popup); // re-parented, as when a popup is restored
    await settle();
    expect(gone).not.toHaveBeenCalled();
    controller.abort();
    popup.remove();
    await settle();
    expect(gone).not.toHaveBeenCalled();
  });

  it('reports at once a draft that is already gone', () => {
    const doc = loadFixture('gmail-compose-new.html');
    const [draft] = gmailAdapter.findDrafts(doc);
    draft!.body.remove();
    const gone = vi.fn();
    watchRemoval(draft!, gone, new AbortController().signal);
    expect(gone).toHaveBeenCalledTimes(1);
  });
});

describe('adapterForHost', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['outlook.cloud.microsoft', 'outlook'],
    ['Outlook.Live.com.', 'outlook'],
  ])('%s -> %s', (host, client) => {
    expect(clientForHost(host)).toBe(client);
    expect(adapterForHost(host)?.client).toBe(client);
  });

  it.each(['google.com', 'mail.google.com.evil.example', 'evil-mail.google.com', 'outlook.com', 'docs.google.com', '', 'constructor'])(
    'gives nothing for %s',
    (host) => {
      expect(adapterForHost(host)).toBeNull();
    },
  );
});
