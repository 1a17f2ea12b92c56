/**
 * Reading a reply saved as text: the prospect's last message is the first quoted one, without its header or the
 * older history under it, and the draft keeps every character where it was, the quote blanked.
 */
import { describe, expect, it } from 'vitest';
import { splitReply } from '../../src/cli/reply';

/** The draft as the analyser reads it: the blanked quote is only spaces and line breaks. */
const visible = (draft: string) => draft.split('\n').map((l) => l.trimEnd()).join('\n').trim();

describe('splitReply', () => {
  it('reads >-quoted lines under an "On … wrote:" line, leaving out the header and the nested >> history', () => {
    const text = [
      'Hi Dana,',
      '',
      'Understood. What would fixing the manual reconciliation be worth to your team this year?',
      '',
      'Jordan',
      '',
      'On Tue, 3 Mar 2026 at 10:02, Dana Lee <dana@lee.example> wrote:',
      '> Thanks Jordan. We simply don\'t have budget for this until next year.',
      '>',
      '> Dana',
      '>',
      '> On Mon, 2 Mar 2026 at 16:05, Jordan Reyes <jordan@brightline.example> wrote:',
      '>> Honestly, you need this, and the price goes up on Friday.',
      '>> Jordan',
      '',
    ].join('\n');
    const { draft, prospect } = splitReply(text);
    expect(prospect).toBe("Thanks Jordan. We simply don't have budget for this until next year.\n\nDana");
    expect(draft).toHaveLength(text.length);
    expect(visible(draft)).toBe('Hi Dana,\n\nUnderstood. What would fixing the manual reconciliation be worth to your team this year?\n\nJordan');
    // Every character of the draft is where it was in the file: a finding's line and column stay true.
    expect(draft.indexOf('reconciliation')).toBe(text.indexOf('reconciliation'));
    expect(draft.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('reads >-quoted lines with no header, and a >> older quote right under them is not theirs', () => {
    const { prospect, draft } = splitReply('Sure, here it is.\n\n> Can you send the security questionnaire?\n>> Here is our overview deck.\n');
    expect(prospect).toBe('Can you send the security questionnaire?');
    expect(visible(draft)).toBe('Sure, here it is.');
  });

  it('reads an attribution wrapped onto two lines, and CRLF line ends', () => {
    const text = 'Thanks Sam.\r\n\r\nOn Tue, 3 Mar 2026 at 10:02, Sam Ortiz\r\n<sam@ortiz.example> wrote:\r\n> Let me think it over.\r\n';
    const { prospect, draft } = splitReply(text);
    expect(prospect).toBe('Let me think it over.');
    expect(visible(draft.replace(/\r/g, ''))).toBe('Thanks Sam.');
    expect(draft).toHaveLength(text.length);
  });

  it('reads an Outlook plain-text reply: the message after "From: … Sent: …", up to the older one', () => {
    const text = [
      'Hi Morgan,',
      'Thanks for letting me know. If the rollout hits a snag, I am a call away.',
      '',
      '________________________________',
      'From: Morgan Lee <morgan@lakeshore.example>',
      'Sent: Tuesday, March 3, 2026 9:42 AM',
      'To: Jordan Reyes <jordan@brightline.example>',
      'Subject: RE: Brightline proposal',
      '',
      'We have signed with another provider for this year.',
      '',
      'Morgan',
      '',
      '-----Original Message-----',
      'From: Jordan Reyes <jordan@brightline.example>',
      'Sent: Monday, March 2, 2026 4:05 PM',
      'Subject: Brightline proposal',
      '',
      'I need to hit my number this quarter.',
    ].join('\n');
    const { prospect, draft } = splitReply(text);
    expect(prospect).toBe('We have signed with another provider for this year.\n\nMorgan');
    expect(visible(draft)).toBe('Hi Morgan,\nThanks for letting me know. If the rollout hits a snag, I am a call away.');
  });

  it('stops the quoted message at its "-- " signature', () => {
    expect(splitReply('Of course.\n\n> Ping me after the holidays.\n> -- \n> Sam Ortiz, COO\n').prospect).toBe('Ping me after the holidays.');
  });

  it('keeps the rep’s lines written under the quote in the draft', () => {
    const { prospect, draft } = splitReply('On Tue, 3 Mar 2026, Dana <d@x.example> wrote:\n> Does it integrate with NetSuite?\n\nYes: a native connector, set up in a day.\n');
    expect(prospect).toBe('Does it integrate with NetSuite?');
    expect(visible(draft)).toBe('Yes: a native connector, set up in a day.');
  });

  it('a text with no quote has no prospect message and is left exactly as it was', () => {
    const text = 'Hi Sam,\n\nOn Tuesday we talked about the rollout. From: the ops team, Sent: last week.\nFrom what you said, Thursday works.\nOn the call you wrote:\nwe need it live by May.\n';
    expect(splitReply(text)).toEqual({ draft: text, prospect: '' });
  });
});
