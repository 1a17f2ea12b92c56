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
