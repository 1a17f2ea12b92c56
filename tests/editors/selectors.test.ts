// @vitest-environment jsdom
/**
 * The host selectors against the fixture pages: each fallback alone still finds every draft, the adapters survive the
 * primary breaking, the traps the README describes are never returned, and non-English labels do not matter.
 */

import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../src/editors/gmail/selectors';
import { OUTLOOK_SELECTORS } from '../../src/editors/outlook/selectors';
import { findBodies } from '../../src/editors/query';
import { gmailAdapter } from '../../src/editors/gmail/adapter';
import { outlookAdapter } from '../../src/editors/outlook/adapter';
import { adapterFor, expected, fixtureNames, loadFixture } from './load';

const SELECTORS = { gmail: GMAIL_SELECTORS, outlook: OUTLOOK_SELECTORS };

/** Renames an attribute in place, as a Gmail or OWA build that dropped it would look. */
function renameAttribute(doc: Document, selector: string, from: string): number {
  const found = [...doc.querySelectorAll(selector)];
  for (const el of found) {
    el.setAttribute(`data-was-${from}`, el.getAttribute(from) ?? '');
    el.removeAttribute(from);
  }
  return found.length;
}

describe.each(fixtureNames)('selectors on %s', (name) => {
  const fixture = expected.fixtures[name]!;
  const { body, notBody } = SELECTORS[fixture.client];
  const adapter = adapterFor(fixture.client);

  it.each(body.map((selector, i) => [i === 0 ? 'primary' : `fallback ${i}`, selector]))(
    '%s alone (%s) finds every draft',
    (_label, selector) => {
      const doc = loadFixture(name);
      const all = adapter.findDrafts(doc).map((d) => d.body);
      expect(findBodies(doc, [selector], notBody)).toEqual(all);
      expect(all).toHaveLength(fixture.drafts.length);
    },
  );
});

describe('the adapters fall back when the primary selector breaks', () => {
  it.each(['gmail-compose-new.html', 'gmail-reply-inline.html', 'gmail-two-composes.html'])(
    'Gmail without g_editable: %s',
    (name) => {
      const doc = loadFixture(name);
      expect(renameAttribute(doc, '[g_editable]', 'g_editable')).toBeGreaterThan(0);
      const drafts = gmailAdapter.findDrafts(doc);
      expect(drafts.map((d) => d.extract().text)).toEqual(expected.fixtures[name]!.drafts.map((d) => d.text));
    },
  );

  it.each(['outlook-compose-new.html', 'outlook-reply.html'])('Outlook without its aria-label: %s', (name) => {
    const doc = loadFixture(name);
    expect(renameAttribute(doc, '[id^="editorParent_"] > [contenteditable]', 'aria-label')).toBe(1);
    const drafts = outlookAdapter.findDrafts(doc);
    expect(drafts.map((d) => d.extract().text)).toEqual(expected.fixtures[name]!.drafts.map((d) => d.text));
  });

  it('Outlook without its aria-label or its editorParent_ wrapper id', () => {
    const doc = loadFixture('outlook-reply.html');
    renameAttribute(doc, '[id^="editorParent_"] > [contenteditable]', 'aria-label');
    renameAttribute(doc, '[id^="editorParent_"]', 'id');
    const drafts = outlookAdapter.findDrafts(doc);
    expect(drafts.map((d) => d.extract().text)).toEqual([expected.fixtures['outlook-reply.html']!.drafts[0]!.text]);
  });
});

describe('traps', () => {
  it('Gmail: the hidden plain-text textarea has the body label and comes first, and is never returned', () => {
    for (const name of ['gmail-compose-new.html', 'gmail-reply-inline.html', 'gmail-two-composes.html']) {
      const doc = loadFixture(name);
      const trap = doc.querySelector('[aria-label="Message Body"]')!;
      expect(trap.tagName).toBe('TEXTAREA');
      const bodies = gmailAdapter.findDrafts(doc).map((d) => d.body);
      expect(bodies).not.toContain(trap);
      expect(bodies.every((b) => b.tagName === 'DIV' && b.getAttribute('g_editable') === 'true')).toBe(true);
    }
  });

  it('Gmail: the read view of the prospect’s message is never returned, even made editable', () => {
    const doc = loadFixture('gmail-reply-inline.html');
    const readView = doc.querySelector('div.a3s.aiL')!;
    readView.setAttribute('contenteditable', 'true'); // a fallback matching it must still not return it
    readView.classList.add('Am', 'Al', 'editable');
    const bodies = gmailAdapter.findDrafts(doc).map((d) => d.body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.id).toBe(':rd');
  });

  it('Outlook: the To well is the first editable textbox, and is never returned', () => {
    for (const name of ['outlook-compose-new.html', 'outlook-reply.html']) {
      const doc = loadFixture(name);
      const toWell = doc.querySelector('[role="textbox"][contenteditable="true"]')!;
      expect(toWell.getAttribute('aria-label')).toBe('To');
      const bodies = outlookAdapter.findDrafts(doc).map((d) => d.body);
      expect(bodies).toHaveLength(1);
      expect(bodies).not.toContain(toWell);
    }
  });

  it('Outlook: a recipient well is rejected by where it sits, whatever its label says', () => {
    const doc = loadFixture('outlook-compose-new.html');
    const toWell = doc.querySelector<HTMLElement>('[role="textbox"][aria-label="To"]')!;
    toWell.setAttribute('aria-label', 'Message body'); // worst case: a label that matches the body's primary selector
    toWell.setAttribute('textprediction', 'false');
    expect(outlookAdapter.findDrafts(doc).map((d) => d.body)).not.toContain(toWell);
  });

  it('Outlook: the read view carries the body label and comes first, and is never returned', () => {
    const doc = loadFixture('outlook-reply.html');
    const readView = doc.querySelector('[aria-label="Message body"]')!;
    expect(readView.id).toBe('UniqueMessageBody_2');
    const drafts = outlookAdapter.findDrafts(doc);
    expect(drafts.map((d) => d.body)).not.toContain(readView);
    expect(drafts[0]!.body.parentElement!.id).toBe('editorParent_1');
  });
});

describe('localised labels', () => {
  it('Gmail in Spanish ("Cuerpo del mensaje") still finds and reads both composes', () => {
    const doc = loadFixture('gmail-two-composes.html');
    for (const el of doc.querySelectorAll('[aria-label="Message Body"]')) el.setAttribute('aria-label', 'Cuerpo del mensaje');
    const drafts = gmailAdapter.findDrafts(doc);
    expect(drafts.map((d) => d.extract().text)).toEqual(
      expected.fixtures['gmail-two-composes.html']!.drafts.map((d) => d.text),
    );
  });

  it.each([
    ['German', 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden'],
    ['Spanish', 'Cuerpo del mensaje'],
    ['Chinese', '邮件正文'],
  ])('Outlook in %s ("%s") still finds and reads the draft', (_language, label) => {
    for (const name of ['outlook-compose-new.html', 'outlook-reply.html']) {
      const doc = loadFixture(name);
      const body = doc.querySelector('[id^="editorParent_"] > [contenteditable]')!;
      body.setAttribute('aria-label', label);
      // The read view and the To well are localised too; neither may slip in.
      doc.querySelector('[id^="UniqueMessageBody_"]')?.setAttribute('aria-label', label);
      doc.querySelector('[role="textbox"][aria-label="To"]')!.setAttribute('aria-label', 'Para');
      const drafts = outlookAdapter.findDrafts(doc);
      expect(drafts.map((d) => d.body)).toEqual([body]);
      expect(drafts[0]!.extract().text).toBe(expected.fixtures[name]!.drafts[0]!.text);
    }
  });
});

describe('selector files', () => {
  it.each(Object.entries(SELECTORS))('%s: every selector is a non-empty array of valid selectors', (_client, table) => {
    const doc = loadFixture('gmail-compose-new.html');
    for (const [key, list] of Object.entries(table)) {
      expect(list.length, key).toBeGreaterThan(0);
      for (const selector of list) expect(() => doc.querySelector(selector), selector).not.toThrow();
    }
  });
});

describe('send and discard controls', () => {
  /** Every element any entry of `selectors` matches, as `sendWatch` asks (an entry the engine rejects is skipped). */
  const all = (doc: Document, selectors: readonly string[]) => [...new Set(selectors.flatMap((s) => [...doc.querySelectorAll(s)]))];

  it.each(fixtureNames)('%s: the send selectors find each compose\'s Send and never "More send options"', (name) => {
    const fixture = expected.fixtures[name]!;
    const doc = loadFixture(name);
    const { send } = SELECTORS[fixture.client];
    const found = all(doc, send);
    expect(found).toHaveLength(fixture.drafts.length);
    for (const el of found) expect(el.textContent?.trim()).toBe('Send');
    expect(found.some((el) => el.getAttribute('aria-label') === 'More send options')).toBe(false);
  });

  it.each([
    ['gmail-compose-new.html', 'data-tooltip', '.IZ'],
    ['outlook-compose-new.html', 'aria-label', '[data-testid="ComposeSendButton"]'],
  ] as const)('%s: with the structural primary gone, the label fallbacks find Send in other languages', (name, attr, structural) => {
    const fixture = expected.fixtures[name]!;
    for (const label of ['Enviar', 'Senden', 'Envoyer', '送信']) {
      const doc = loadFixture(name);
      // A build in that language whose structure also changed: only the localised labels are left to find Send.
      for (const el of doc.querySelectorAll(structural)) el.removeAttribute(el.matches('.IZ') ? 'class' : 'data-testid');
      const button = all(loadFixture(name), SELECTORS[fixture.client].send)[0]!;
      const target = [...doc.querySelectorAll(button.tagName)].find((el) => el.textContent?.trim() === 'Send' && el.getAttribute('aria-label') === button.getAttribute('aria-label'))!;
      for (const a of ['data-tooltip', 'aria-label', 'title', 'name']) target.removeAttribute(a);
      target.setAttribute(attr, label);
      expect(all(doc, SELECTORS[fixture.client].send), label).toEqual([target]);
    }
  });

  it('Outlook: Discard is found, and Send\'s scope holds the editor', () => {
    const doc = loadFixture('outlook-compose-new.html');
    expect(all(doc, OUTLOOK_SELECTORS.discard).map((e) => e.getAttribute('aria-label'))).toEqual(['Discard']);
    const send = all(doc, OUTLOOK_SELECTORS.send)[0]!;
    const scope = OUTLOOK_SELECTORS.sendScope.map((s) => send.closest(s)).find((e) => e !== null)!;
    expect(scope.contains(outlookAdapter.findDrafts(doc)[0]!.body)).toBe(true);
  });
});
