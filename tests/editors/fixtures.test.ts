// @vitest-environment jsdom
/**
 * The mail-client layer against every fixture page: the drafts a rep has open are found, in order; the text the
 * analyser gets is exactly expected.json's; every planted phrase can be highlighted over the right words; nothing from
 * the quote, the signature, the read view or the message list leaks in.
 */

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/editors/extract';
import { adapterFor, expected, fixtureNames, loadFixture, rangeText } from './load';

describe.each(fixtureNames)('%s', (name) => {
  const fixture = expected.fixtures[name]!;
  const adapter = adapterFor(fixture.client);

  it('finds exactly the drafts expected.json lists, in its order', () => {
    const doc = loadFixture(name);
    const drafts = adapter.findDrafts(doc);
    expect(drafts).toHaveLength(fixture.drafts.length);
    drafts.forEach((draft, i) => {
      const want = fixture.drafts[i]!;
      expect(want.index).toBe(i);
      expect(draft.client).toBe(fixture.client);
      expect(draft.body.getAttribute('contenteditable')).toBe('true');
      expect(draft.body.tagName).toBe('DIV');
      if (want.body_id !== undefined) expect(draft.body.id).toBe(want.body_id);
      if (want.body_aria_label !== undefined) expect(draft.body.getAttribute('aria-label')).toBe(want.body_aria_label);
      if (want.composeid !== undefined) expect(draft.key).toBe(`gmail:compose:${want.composeid}`);
    });
    expect(new Set(drafts.map((d) => d.key)).size).toBe(drafts.length);
  });

  it('extracts each draft exactly as expected.json says', () => {
    const drafts = adapterFor(fixture.client).findDrafts(loadFixture(name));
    drafts.forEach((draft, i) => {
      const want = fixture.drafts[i]!;
      const { text } = draft.extract();
      expect(text).toBe(want.text);
      expect(text.split('\n')).toEqual(want.lines);
    });
  });

  it('maps every planted phrase to a Range over exactly its words', () => {
    const drafts = adapter.findDrafts(loadFixture(name));
    drafts.forEach((draft, i) => {
      const extraction = draft.extract();
      for (const phrase of fixture.drafts[i]!.phrases) {
        expect(extraction.text.slice(phrase.start, phrase.end), phrase.text).toBe(phrase.text);
        const range = extraction.rangeFor(phrase.start, phrase.end);
        expect(range, phrase.text).not.toBeNull();
        expect(rangeText(range!)).toBe(phrase.text);
        // The Range lies inside this draft's body, and maps back to the same offsets.
        expect(draft.body.contains(range!.commonAncestorContainer)).toBe(true);
        expect(extraction.offsetOf(range!.startContainer, range!.startOffset)).toBe(phrase.start);
        expect(extraction.offsetOf(range!.endContainer, range!.endOffset)).toBe(phrase.end);
      }
    });
  });

  it('maps every character of the draft to its own DOM position and back', () => {
    for (const draft of adapter.findDrafts(loadFixture(name))) {
      const { text, rangeFor, offsetOf } = draft.extract();
      for (let i = 0; i < text.length; i += 1) {
        const range = rangeFor(i, i + 1);
        if (text[i] === '\n') {
          expect(range).toBeNull(); // a line break has no text node of its own
          continue;
        }
        expect(range!.toString().replace(/\u00A0/g, ' ')).toBe(text[i]);
        expect(offsetOf(range!.startContainer, range!.startOffset)).toBe(i);
        expect(offsetOf(range!.endContainer, range!.endOffset)).toBe(i + 1);
      }
    }
  });

  it('keeps every clean sentence, and no decoy, in the extracted text', () => {
    const doc = loadFixture(name);
    const texts = adapter.findDrafts(doc).map((d) => d.extract().text);
    const page = extract(doc.body).text;
    fixture.drafts.forEach((want, i) => {
      for (const sentence of want.clean_sentences) expect(texts[i]).toContain(sentence);
    });
    for (const decoy of fixture.decoys) {
      expect(page, `decoy is on the page: ${decoy.text}`).toContain(decoy.text);
      for (const text of texts) expect(text).not.toContain(decoy.text);
    }
  });

  it('gives no offset for a point in the quote, the signature or outside the body', () => {
    const doc = loadFixture(name);
    for (const draft of adapter.findDrafts(doc)) {
      const { offsetOf } = draft.extract();
      const outside = doc.querySelector('title')!.firstChild!;
      expect(offsetOf(outside, 0)).toBeNull();
      const signature = draft.body.querySelector('.gmail_signature, #Signature');
      if (signature !== null) {
        expect(offsetOf(signature, 0)).toBeNull();
        expect(offsetOf(signature.querySelector('div')!.firstChild!, 0)).toBeNull();
      }
    }
  });
});
