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
