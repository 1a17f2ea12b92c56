/** Loads the captured-structure pages of tests/fixtures/ into their own jsdom windows, with expected.json typed. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { extract } from '../../src/editors/extract';
import { gmailAdapter } from '../../src/editors/gmail/adapter';
import { outlookAdapter } from '../../src/editors/outlook/adapter';
import type { EditorAdapter } from '../../src/editors/types';

export interface ExpectedPhrase {
  text: string;
  category: string;
  note?: string;
  start: number;
  end: number;
}

export interface ExpectedDraft {
  index: number;
  text: string;
  lines: string[];
  phrases: ExpectedPhrase[];
  clean_sentences: string[];
  body_id?: string;
  composeid?: string;
  draft?: string;
  body_aria_label?: string;
}

export interface ExpectedFixture {
  client: 'gmail' | 'outlook';
  state: string;
  drafts: ExpectedDraft[];
  decoys: { text: string; where: string; would_trigger: string }[];
}

// A path, not a URL: in the jsdom environment the global URL is jsdom's, which node:fs does not accept.
const FIXTURES = join(fileURLToPath(import.meta.url), '../../fixtures');

export const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  fixtures: Record<string, ExpectedFixture>;
};

export const fixtureNames = Object.keys(expected.fixtures);

/** The fixtures' prospect messages, by the README's extraction rules (gmail-reply-inline.html, outlook-reply.html). */
export const GMAIL_PROSPECT = [
  'Hi Jordan,',
  '',
  'Thanks for sending this over. Before I take it to our CFO, can you give us a discount on the annual plan? If you can do 20% off, we could sign by Friday.',
  '',
  'To be honest, I need to hit my budget number this quarter, so a lower price would really help me out.',
  '',
  'Sorry to bother you with one more thing: is onboarding included?',
  '',
  'Dana',
].join('\n');

export const OUTLOOK_PROSPECT = [
  'Hi Jordan,',
  '',
  'Thanks for the proposal. We like the pilot, but the price is above what we budgeted.',
  'Is there any discount if we commit this week? Our CFO needs this signed before Friday or it slips to next quarter.',
  'Sorry to bother you with one more question: does the pilot include API access?',
  '',
  'Thanks,',
  'Morgan',
].join('\n');

/** A fresh window per call, so a test that edits the DOM cannot leak into another. */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  return new JSDOM(html, { url: 'https://fixture.example/' }).window.document;
}

/** Builds a document from a body snippet (edge cases), in its own window. */
export function loadHtml(bodyHtml: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><body>${bodyHtml}</body></html>`, { url: 'https://fixture.example/' }).window
    .document;
}

export function adapterFor(client: 'gmail' | 'outlook'): EditorAdapter {
  return client === 'gmail' ? gmailAdapter : outlookAdapter;
}

/** What a Range covers, normalised by the same rules as the draft (so a `<br>` inside it reads as "\n"). */
export function rangeText(range: Range): string {
  return extract(range.cloneContents()).text;
}
