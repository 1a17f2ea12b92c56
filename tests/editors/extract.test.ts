// @vitest-environment jsdom
/**
 * The shared walker on the drafts the fixtures do not cover (PRODUCT.md "Bad input it must survive"): empty and
 * `<br>`-only bodies, emoji, right-to-left lines, zero-width characters, stale maps, and the README's line rules one by
 * one. Bodies are built in their own window, as a compose body would be.
 */

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/editors/extract';
import { gmailAdapter } from '../../src/editors/gmail/adapter';
import { outlookAdapter } from '../../src/editors/outlook/adapter';
import { loadHtml, rangeText } from './load';

function body(inner: string): HTMLElement {
  const doc = loadHtml(`<div id="b" contenteditable="true">${inner}</div>`);
  return doc.getElementById('b')!;
}

const textOf = (inner: string): string => extract(body(inner)).text;

describe('line rules (fixtures README, Extraction rules 3-5)', () => {
  it.each([
    ['bare first line, then div lines', 'Hi<div>there</div><div>you</div>', 'Hi\nthere\nyou'],
    ['a block holding only <br> is one empty line', 'Hi<div><br></div><div>you</div>', 'Hi\n\nyou'],
    ['consecutive boundaries add no empty line', '<div><div><p>a</p></div></div><div>b</div>', 'a\nb'],
    ['<br> ends a line; a trailing <br> in a block adds nothing', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['two <br>s make one empty line', 'a<br><br>b', 'a\n\nb'],
    ['list items carry no bullet', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['inline elements add nothing', 'the price <b>goes <i>up</i></b><a href="#">!</a><font>?</font>', 'the price goes up!?'],
    ['hr is a block', 'a<hr>b', 'a\nb'],
    ['headings, pre and blockquote are blocks', '<h1>T</h1><pre>x  y</pre><blockquote>q</blockquote>', 'T\nx  y\nq'],
    ['table rows and cells are lines', '<table><tr><td>Price</td><td>Total</td></tr></table>', 'Price\nTotal'],
    ['leading and trailing empty lines go', '<div><br></div><div><br></div>Hi<div><br></div><br>', 'Hi'],
    ['no-break space becomes a space', 'by\u00A0Friday&nbsp;2', 'by Friday 2'],
    ['zero-width characters and <wbr> go', 'a\u200Bb\u200Cc\u200Dd\uFEFFe lo<wbr>ng', 'abcde long'],
    ['no other collapsing or trimming in a line', '  two  spaces  ', '  two  spaces  '],
    ['curly quotes and dashes kept', 'don’t — “ok”', 'don’t — “ok”'],
    ['style and script content is not text', '<style>p{}</style>Hi<script>x()</script>', 'Hi'],
    ['source-formatting whitespace between blocks is not a line', '<div>a</div>\n  <div>b</div>\n', 'a\nb'],
    ['a line holding only a zero-width space is an empty line', 'a<div>\u200B</div><div>b</div>', 'a\n\nb'],
  ])('%s', (_rule, inner, want) => {
    expect(textOf(inner)).toBe(want);
  });
});

describe('edge cases', () => {
  it('an empty body is empty text, with no range and offset 0', () => {
    const el = body('');
    const x = extract(el);
    expect(x.text).toBe('');
    expect(x.rangeFor(0, 0)).toBeNull();
    expect(x.rangeFor(0, 1)).toBeNull();
    expect(x.offsetOf(el, 0)).toBe(0);
  });

  it('a body with only <br> (what an editor holds after select-all, delete) is empty text', () => {
    expect(textOf('<br>')).toBe('');
    expect(textOf('<div><br></div>')).toBe('');
    expect(textOf('<div class="elementToProof"><br></div><div><br></div>')).toBe('');
    expect(textOf('&nbsp;')).toBe(' '); // whitespace-only is kept: the analyser decides what to do with it
  });

  it('an emoji is two UTF-16 units, and a Range over it covers the whole emoji', () => {
    const el = body('<div>Hi 🙂 <b>team</b> 👋🏽</div>');
    const x = extract(el);
    expect(x.text).toBe('Hi 🙂 team 👋🏽');
    const smile = x.text.indexOf('🙂');
    expect(rangeText(x.rangeFor(smile, smile + 2)!)).toBe('🙂');
    const team = x.text.indexOf('team');
    expect(rangeText(x.rangeFor(team, team + 4)!)).toBe('team');
    const wave = x.text.indexOf('👋🏽');
    expect(rangeText(x.rangeFor(wave, x.text.length)!)).toBe('👋🏽');
    expect(x.offsetOf(el.querySelector('b')!.firstChild!, 4)).toBe(team + 4);
  });

  it('a right-to-left line keeps its logical order and maps like any other', () => {
    const el = body('<div dir="rtl">שלום, <b>תודה</b> רבה</div><div>Thanks</div><div dir="rtl">شكرا لك</div>');
    const x = extract(el);
    expect(x.text).toBe('שלום, תודה רבה\nThanks\nشكرا لك');
    const toda = x.text.indexOf('תודה רבה');
    expect(rangeText(x.rangeFor(toda, toda + 'תודה רבה'.length)!)).toBe('תודה רבה');
    const arabic = x.text.indexOf('شكرا');
    const range = x.rangeFor(arabic, x.text.length)!;
    expect(range.toString()).toBe('شكرا لك');
    expect(x.offsetOf(range.startContainer, range.startOffset)).toBe(arabic);
  });

  it('zero-width and no-break characters keep offsets exact in both directions', () => {
    const el = body('a\u200Bb\u00A0c\u200B');
    const x = extract(el);
    expect(x.text).toBe('ab c');
    const node = el.firstChild!;
    const b = x.rangeFor(1, 2)!;
    expect([b.startOffset, b.endOffset]).toEqual([2, 3]); // skips the ZWSP before "b"
    expect(x.rangeFor(1, 4)!.toString()).toBe('b\u00A0c'); // the DOM still holds the NBSP; the Range is over it
    expect(x.offsetOf(node, 0)).toBe(0);
    expect(x.offsetOf(node, 1)).toBe(1);
    expect(x.offsetOf(node, 2)).toBe(1); // between the ZWSP and "b": still before "b"
    expect(x.offsetOf(node, 5)).toBe(4);
  });

  it('a phrase split across bold, italic and link elements is one span and one Range', () => {
    const el = body('<div>if you <b>don’t</b> <i>sign</i> by <a href="#">Friday</a>.</div>');
    const x = extract(el);
    const start = x.text.indexOf('you');
    const range = x.rangeFor(start, x.text.indexOf('.'))!;
    expect(rangeText(range)).toBe('you don’t sign by Friday');
    expect(range.startContainer).toBe(el.querySelector('div')!.firstChild);
    expect(range.endContainer).toBe(el.querySelector('a')!.firstChild);
  });

  it('a span across a <br> or a line boundary reads with its line break', () => {
    const el = body('<div>sign today<br>before it’s gone</div><div>next line</div>');
    const x = extract(el);
    expect(rangeText(x.rangeFor(5, 27)!)).toBe('today\nbefore it’s gone');
    expect(rangeText(x.rangeFor(5, x.text.length)!)).toBe('today\nbefore it’s gone\nnext line');
    expect(x.rangeFor(10, 11)).toBeNull(); // only the "\n"
  });

  it('a caret between elements maps to the line it is on', () => {
    const el = body('<div>a</div><div><br></div><div>b</div>');
    const x = extract(el);
    expect(x.text).toBe('a\n\nb');
    const [first, empty, last] = [...el.children];
    expect(x.offsetOf(empty!, 0)).toBe(2); // the caret on the empty line
    expect(x.offsetOf(first!, 1)).toBe(1); // end of "a"
    expect(x.offsetOf(last!, 0)).toBe(3);
    expect(x.offsetOf(el, el.childNodes.length)).toBe(4);
    const caret = x.rangeFor(1, 1)!;
    expect(caret.collapsed).toBe(true);
    expect(x.offsetOf(caret.startContainer, caret.startOffset)).toBe(1);
  });

  it('refuses bad spans instead of throwing', () => {
    const x = extract(body('Hello'));
    for (const [start, end] of [[-1, 2], [3, 2], [0, 6], [0.5, 2], [Number.NaN, 1]] as const) {
      expect(x.rangeFor(start, end)).toBeNull();
    }
    expect(x.offsetOf(x.rangeFor(0, 1)!.startContainer, -1)).toBeNull();
  });

  it('goes quiet when the DOM changed since the extraction', () => {
    const el = body('<div>Sorry to bother you</div><div>Thanks</div>');
    const x = extract(el);
    const first = el.querySelector('div')!.firstChild as Text;
    first.data = 'Hi';
    expect(() => x.rangeFor(0, 19)).not.toThrow();
    expect(x.rangeFor(0, 19)).toBeNull();
    expect(x.offsetOf(first, 1)).toBeNull();
    el.querySelector('div')!.remove();
    expect(x.rangeFor(20, 26)!.toString()).toBe('Thanks'); // untouched nodes still map
    const added = el.ownerDocument.createTextNode('new');
    el.append(added);
    expect(x.offsetOf(added, 0)).toBeNull();
    expect(extract(el).text).toBe('Thanks\nnew');
  });

  it('reads a pasted document of about 1 MB in one linear pass, and maps its last line', () => {
    const line = 'Our onboarding covers every dispatcher, and the rollout plan fits your quarter.';
    const lines = Array.from({ length: 12_000 }, (_, i) => `${i} ${line}`);
    const el = body(lines.map((l, i) => (i % 2 ? `<div><b>${l}</b></div>` : `<div>${l}</div>`)).join(''));
    const x = extract(el);
    expect(x.text.length).toBeGreaterThan(1_000_000);
    expect(x.text).toBe(lines.join('\n'));
    const last = x.text.lastIndexOf('11999');
    expect(x.rangeFor(last, x.text.length)!.toString()).toBe(lines.at(-1));
  });
});

describe('Gmail: only the rep’s draft', () => {
  const compose = (inner: string): Document =>
    loadHtml(`<div class="M9"><form><input type="hidden" name="composeid" value="3"><input type="hidden" name="draft"
      value=""></form><div class="Ap"><div g_editable="true" contenteditable="true" role="textbox">${inner}</div></div></div>`);

  it.each([
    ['legacy gmail_extra quote', 'Thanks<div class="gmail_extra"><br><div class="gmail_quote">On Mon, X wrote:<blockquote class="gmail_quote">Sorry to bother you</blockquote></div></div>'],
    ['signature marked only by data-smartmail', 'Thanks<div><br></div>-- <br><div data-smartmail="gmail_signature">Sorry to bother you</div>'],
    ['bare quote container', 'Thanks<div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Mon wrote:<br></div><blockquote class="gmail_quote">Sorry to bother you</blockquote></div>'],
  ])('drops a %s', (_case, inner) => {
    const [draft] = gmailAdapter.findDrafts(compose(inner));
    expect(draft!.extract().text).not.toContain('Sorry to bother you');
    expect(draft!.extract().text.startsWith('Thanks')).toBe(true);
    expect(draft!.key).toBe('gmail:compose:3');
  });
});

describe('Outlook: the draft ends at the first signature or history child, and everything after it goes', () => {
  const editor = (inner: string): Document =>
    loadHtml(`<div id="editorParent_2"><div role="textbox" contenteditable="true" aria-label="Message body">${inner}</div></div>`);
  const textIn = (inner: string): string => outlookAdapter.findDrafts(editor(inner))[0]!.extract().text;

  it.each([
    ['#Signature', '<div>Hi</div><div id="Signature">Sig</div><div>after</div>'],
    ['#appendonsend', '<div>Hi</div><div id="appendonsend"></div><div>Sorry to bother you</div>'],
    ['hr directly followed by #divRplyFwdMsg', '<div>Hi</div><hr><div id="divRplyFwdMsg">From: X</div><div>old</div>'],
    ['#divRplyFwdMsg alone', '<div>Hi</div><div id="divRplyFwdMsg">From: X</div>'],
    ['#mail-editor-reference-message-container', '<div>Hi</div><div id="mail-editor-reference-message-container"><div>From: X</div><div>old</div></div>'],
    ['a loose text node after the boundary', '<div>Hi</div><div id="appendonsend"></div>Sorry to bother you<br>again'],
  ])('%s', (_case, inner) => {
    expect(textIn(inner)).toBe('Hi');
  });

  it('an <hr> in the draft that is not before a reply header is just a line boundary', () => {
    expect(textIn('<div>Hi</div><hr><div>Agenda</div>')).toBe('Hi\nAgenda');
  });

  it('quoted x_-prefixed lines inside the draft are not a boundary (only direct-child ids count)', () => {
    expect(textIn('<div>Hi</div><div><div id="x_Signature">pasted</div></div><div>Bye</div>')).toBe('Hi\npasted\nBye');
  });

  it('offsets in the history are null, offsets in the draft are not', () => {
    const doc = editor('<div>Hi</div><div id="appendonsend"></div>tail<div>old</div>');
    const draft = outlookAdapter.findDrafts(doc)[0]!;
    const x = draft.extract();
    expect(draft.key).toBe('outlook:editorParent_2');
    expect(x.offsetOf(draft.body.firstChild!.firstChild!, 2)).toBe(2);
    expect(x.offsetOf(draft.body.childNodes[2]!, 1)).toBeNull(); // the loose "tail" text
    expect(x.offsetOf(draft.body.lastChild!, 0)).toBeNull();
  });
});
