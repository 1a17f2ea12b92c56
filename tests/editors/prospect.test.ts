// @vitest-environment jsdom
/**
 * The prospect's last message, as each client shows it beside a reply: exactly the newest quoted message's words, no
 * "On … wrote:" / "From: … Sent:" header, no older history, no signature; '' for a new compose. Reading it changes
 * nothing on the page and never lets the quote into the draft.
 */

import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../src/editors';
import { adapterFor, expected, fixtureNames, GMAIL_PROSPECT, loadFixture, loadHtml, OUTLOOK_PROSPECT } from './load';

const PROSPECT: Record<string, string[]> = {
  'gmail-compose-new.html': [''],
  'gmail-two-composes.html': ['', ''],
  'gmail-reply-inline.html': [GMAIL_PROSPECT],
  'outlook-compose-new.html': [''],
  'outlook-reply.html': [OUTLOOK_PROSPECT],
};

describe.each(fixtureNames)('%s', (name) => {
  const fixture = expected.fixtures[name]!;

  it('reads the prospect’s last message: the newest quoted message, or nothing for a new compose', () => {
    const doc = loadFixture(name);
    const before = doc.documentElement.outerHTML;
    const drafts = adapterFor(fixture.client).findDrafts(doc);
    expect(drafts.map((d) => d.prospectMessage())).toEqual(PROSPECT[name]);
    // Reading it leaves the page as it was, and the draft still holds none of it.
    expect(doc.documentElement.outerHTML).toBe(before);
    drafts.forEach((d, i) => expect(d.extract().text).toBe(fixture.drafts[i]!.text));
  });
});

describe('Gmail', () => {
  it('leaves out the attribution line, the older quote of the rep’s own email and its wbr/narrow-space header', () => {
    const [draft] = gmailAdapter.findDrafts(loadFixture('gmail-reply-inline.html'));
    const text = draft!.prospectMessage();
    expect(text).not.toMatch(/wrote:|Dana Whitfield|harborpine/);
    expect(text).not.toContain('you need this'); // the rep's older email, quoted inside the prospect's
    expect(text).not.toContain('Account Executive'); // the rep's signature above the quote
  });

  it('with the quote still folded away, reads the message the inline reply sits under', () => {
    const doc = loadFixture('gmail-reply-inline.html');
    const [draft] = gmailAdapter.findDrafts(doc);
    // Before "Show trimmed content": neither the signature nor the quote is in the editable.
    for (const el of draft!.body.querySelectorAll('.gmail_quote_container, .gmail_signature, .gmail_signature_prefix')) el.remove();
    expect(draft!.body.querySelector('.gmail_quote')).toBeNull();
    expect(draft!.prospectMessage()).toBe(GMAIL_PROSPECT);
  });

  it('reads an older quote shape: "On … wrote:" as bare text in div.gmail_quote, with the prospect’s signature', () => {
    const doc = loadHtml(
      '<div class="M9"><div g_editable="true" contenteditable="true" role="textbox">Thanks Sam,<div>Here is the summary.</div>'
      + '<div class="gmail_quote">On Tue, 3 Mar 2026 at 10:02, Sam Ortiz &lt;sam@ortiz.example&gt; wrote:<br>'
      + '<blockquote class="gmail_quote">Let me think it over and get back to you after the board meets.<br><br>'
      + '<div class="gmail_signature">Sam Ortiz | COO</div>'
      + '<div class="gmail_quote">On Mon, 2 Mar 2026 Jordan wrote:<blockquote class="gmail_quote">Sign today.</blockquote></div>'
      + '</blockquote></div></div></div>',
    );
    const [draft] = gmailAdapter.findDrafts(doc);
    expect(draft!.prospectMessage()).toBe('Let me think it over and get back to you after the board meets.');
    expect(draft!.extract().text).toBe('Thanks Sam,\nHere is the summary.');
  });

  it('a popup compose with no quote has no prospect message, even beside an open thread', () => {
    const doc = loadFixture('gmail-reply-inline.html');
    // A new compose in the mole strip while the thread is open: it replies to nobody.
    doc.querySelector('.dw .no')!.innerHTML = '<div class="M9"><div g_editable="true" contenteditable="true" role="textbox">Hi Priya,</div></div>';
    const drafts = gmailAdapter.findDrafts(doc);
    expect(drafts.map((d) => d.prospectMessage())).toEqual([GMAIL_PROSPECT, '']);
  });
});

describe('Outlook', () => {
  it('leaves out the From/Sent/To/Subject header, the older history and the rep’s signature', () => {
    const [draft] = outlookAdapter.findDrafts(loadFixture('outlook-reply.html'));
    const text = draft!.prospectMessage();
    expect(text).not.toMatch(/From:|Sent:|Subject:|lakeshorefreight/);
    expect(text).not.toContain('I need to hit my number'); // the rep's older email under the prospect's
    expect(text).not.toContain('yet another email'); // the rep's signature
  });

  it('with the history collapsed (no header in the editor), there is nothing to read', () => {
    const doc = loadFixture('outlook-reply.html');
    const [draft] = outlookAdapter.findDrafts(doc);
    let child = draft!.body.querySelector(':scope > #appendonsend');
    while (child) {
      const next = child.nextElementSibling;
      child.remove();
      child = next;
    }
    expect(draft!.prospectMessage()).toBe('');
    expect(draft!.extract().text).toBe(expected.fixtures['outlook-reply.html']!.drafts[0]!.text);
  });

  it('ends the prospect’s message at their signature when no older history follows', () => {
    const doc = loadHtml(
      '<div id="editorParent_1"><div role="textbox" contenteditable="true" aria-label="Message body">'
      + '<div class="elementToProof">Understood, Alex.</div><div id="Signature">Jordan</div><div id="appendonsend"></div><hr>'
      + '<div id="divRplyFwdMsg"><font><b>From:</b> Alex<br><b>Sent:</b> Monday<br><b>Subject:</b> RE: pilot</font><div>&nbsp;</div></div>'
      + '<div dir="ltr"><div class="x_elementToProof">We went with another vendor this year.</div>'
      + '<div id="x_Signature"><div>Alex Kim</div><div>Head of Ops</div></div></div>'
      + '</div></div>',
    );
    const [draft] = outlookAdapter.findDrafts(doc);
    expect(draft!.prospectMessage()).toBe('We went with another vendor this year.');
  });
});
