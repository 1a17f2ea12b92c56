/**
 * The coach in a real Chromium with the built extension, on the fixture pages served at the real Gmail and Outlook
 * URLs. What a rep would notice: the words highlighted, the tooltip, the text Apply leaves, what Ctrl+Z restores,
 * the HTML that would be sent, and that nothing leaves the machine.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyRewrite, rewriteEdit } from '../../src/analyzer';
import { browserAvailable, FIXTURES, useHarness, type Harness } from './browser';
import { BODY, expectExactlyTheFindings, expected, firstRewriteOf } from './expectations';
import { hoverTooltip, painted, settled } from './page-helpers';

describe.skipIf(!browserAvailable())('the coach in Chromium with the built extension', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  describe.each(Object.keys(expected.fixtures))('%s', (fixture) => {
    const { client, drafts } = expected.fixtures[fixture]!;

    it('highlights exactly what the analyser finds in each draft: every planted phrase, no decoy, no clean sentence', async () => {
      const page = await h.open(fixture);
      expectExactlyTheFindings(fixture, await settled(page, BODY[client], drafts.length));
      expect(h.errors).toEqual([]);
      await page.close();
    }, 60_000);
  });

  it('coaches two composes independently', async () => {
    const page = await h.open('gmail-two-composes.html');
    const body = BODY.gmail!;
    const before = await settled(page, body, 2);
    const second = page.locator(body).nth(1);
    await second.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Honestly, your team needs this.');
    await expect.poll(async () => (await painted(page, body)).filter((r) => r.body === 1 && r.text === 'your team needs this').length, { timeout: 5000 }).toBe(1);
    const after = await settled(page, body, 2);
    expect(after.filter((r) => r.body === 0)).toEqual(before.filter((r) => r.body === 0));
    await page.close();
  }, 60_000);

  it('shows the tooltip on hover: the sentence to write by hand where nothing can be applied, and an Apply that Ctrl+Z undoes; the HTML is untouched by highlights', async () => {
    const page = await h.open('gmail-compose-new.html');
    const body = BODY.gmail!;
    await settled(page, body);
    const original = await page.locator(body).evaluate((el) => el.innerHTML);
    const sourceHtml = readFileSync(join(FIXTURES, 'gmail-compose-new.html'), 'utf8');
    const parsed = await page.evaluate(([html, sel]) => new DOMParser().parseFromString(html!, 'text/html').querySelector(sel!)!.innerHTML, [sourceHtml, body]);
    expect(original, 'highlights wrote nothing into the editor').toBe(parsed);
    const textNow = () => page.locator(body).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '));
    const originalText = await textNow();

    // "you need this": every better sentence keeps a blank, so the tooltip offers the first to write by hand, no Apply.
    const demand = analyze(expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text).findings.find((f) => f.text === 'you need this')!;
    const byHand = await hoverTooltip(page, 'you need this');
    expect(await byHand.locator('.poise-message').textContent()).toBe(demand.message);
    expect(await byHand.locator('.poise-apply').count()).toBe(0);
    expect(await byHand.locator('.poise-example').textContent()).toBe(`Try, in your own words: ${demand.example}`);
    await page.mouse.move(1200, 20, { steps: 4 });
    await expect.poll(() => byHand.isVisible(), { timeout: 3000 }).toBe(false);

    // "I need to hit my number this quarter, so it would really help me out.": the whole line is the rep's need, so
    // Apply removes it (the Apply gate passes this removal), and the tooltip shows that line struck, labelled as such.
    const quota = firstRewriteOf('gmail-compose-new.html', 'I need to hit my number this quarter');
    expect(quota.replaced.trim()).toBe('I need to hit my number this quarter, so it would really help me out.');
    const offered = await hoverTooltip(page, 'I need to hit my number this quarter');
    const removal = offered.locator('.poise-rewrites li').first();
    expect((await removal.locator('del').textContent())?.replace(/\u00A0/g, ' ')).toBe(quota.replaced.trim());
    expect(await removal.locator('.poise-apply').getAttribute('aria-label')).toBe(quota.label);
    await page.mouse.move(1200, 20, { steps: 4 });
    await expect.poll(() => offered.isVisible(), { timeout: 3000 }).toBe(false);

    const words = 'I know you’re busy';
    const tooltip = await hoverTooltip(page, words);
    const { finding, rewrite, replaced, label } = firstRewriteOf('gmail-compose-new.html', words);
    expect(await tooltip.locator('.poise-message').textContent()).toBe(finding.message);
    expect(await tooltip.locator('.poise-why').textContent()).toBe(finding.why);
    // The edit takes the unit the fault lives in (here the whole sentence, the apology being all it says): the tooltip
    // shows the words that go struck.
    expect(replaced).toContain(words);
    const first = tooltip.locator('.poise-rewrites li').first();
    expect((await first.locator('del').textContent())?.replace(/\u00A0/g, ' ')).toBe(replaced.trim());
    expect(await first.locator('.poise-apply').getAttribute('aria-label')).toBe(label);
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots/gmail-tooltip.png') });

    await first.locator('.poise-apply').click();
    // Exactly those words go; every other line reads as before.
    const applied = originalText.replace(replaced, rewrite);
    await expect.poll(textNow, { timeout: 3000 }).toBe(applied);
    await page.locator(body).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(textNow, { timeout: 3000 }).toBe(originalText);
    await expect.poll(() => page.locator(body).evaluate((el) => el.innerHTML), { timeout: 3000 }).toBe(original);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows a better sentence to write by hand, with no Apply, where an edit would take the rep\'s words with the fault', async () => {
    const page = await h.open('gmail-compose-new.html');
    const body = BODY.gmail!;
    await settled(page, body);
    const textNow = () => page.locator(body).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '));
    // A new line after the ask, above the sign-off (the signature is never analysed).
    await page.locator(body).getByText('Would a 20-minute call', { exact: false }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const typed = 'The spares ship on Monday, you really need this upgrade, and the fitter can come on Thursday.';
    await page.keyboard.type(typed);
    await expect.poll(async () => (await painted(page, body)).map((r) => r.text), { timeout: 5000 }).toContain('you really need this');
    const before = await textNow();
    const tooltip = await hoverTooltip(page, 'you really need this');
    const finding = analyze(typed).findings.find((f) => f.rule === 'hard_close/you-need-this')!;
    expect(finding.rewrites).toEqual([]);
    expect(await tooltip.locator('.poise-message').textContent()).toBe(finding.message);
    expect(await tooltip.locator('.poise-example').textContent()).toBe(`Try, in your own words: ${finding.example}`);
    expect(await tooltip.locator('.poise-apply').count()).toBe(0);
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots/gmail-tooltip-by-hand.png') });
    // Nothing in the draft changed.
    expect(await textNow()).toBe(before);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('Remove takes out the sentence (its rest would still apologise), and Ctrl+Z brings it back', async () => {
    const page = await h.open('gmail-compose-new.html');
    const body = BODY.gmail!;
    await settled(page, body);
    const original = await page.locator(body).evaluate((el) => el.innerHTML);
    const textNow = () => page.locator(body).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '));
    const originalText = await textNow();
    const tooltip = await hoverTooltip(page, 'Sorry to bother you');
    const remove = tooltip.locator('.poise-rewrites li').filter({ has: page.locator('.poise-apply', { hasText: 'Remove' }) });
    expect(await remove.locator('.poise-preview').textContent()).toBe('Sorry to bother you, I know you’re busy.');
    expect(await remove.locator('del').textContent()).toBe('Sorry to bother you, I know you’re busy.');
    expect(await remove.locator('.poise-apply').getAttribute('aria-label')).toBe('Remove the sentence: Sorry to bother you, I know you’re busy.');
    await remove.locator('.poise-apply').click();
    await expect.poll(textNow, { timeout: 3000 }).toBe(originalText.replace('Sorry to bother you, I know you’re busy.\n', ''));
    await page.locator(body).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(textNow, { timeout: 3000 }).toBe(originalText);
    await expect.poll(() => page.locator(body).evaluate((el) => el.innerHTML), { timeout: 3000 }).toBe(original);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the tooltip open while the pointer moves onto it, and closes it when the pointer leaves both', async () => {
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY.gmail!);
    const tooltip = await hoverTooltip(page, 'you need this');
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(200);
    expect(await tooltip.isVisible()).toBe(true);
    await page.mouse.move(1200, 20, { steps: 4 });
    await expect.poll(() => tooltip.isVisible(), { timeout: 3000 }).toBe(false);
    await page.close();
  }, 60_000);

  it('opens the tooltip from the keyboard with Alt+Shift+P, and Escape puts the caret back', async () => {
    const page = await h.open('outlook-compose-new.html');
    const body = BODY.outlook!;
    const ranges = await settled(page, body);
    const words = ranges.find((r) => r.category === 'timidity')!.text;
    // Caret three characters into a timid phrase, as a rep arrowing through the draft would leave it.
    await page.evaluate((w) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const target = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString() === w)!;
      const caret = document.createRange();
      caret.setStart(target.startContainer, target.startOffset + 3);
      (target.startContainer.parentElement!.closest('[contenteditable="true"]') as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(caret);
    }, words);
    await page.keyboard.press('Alt+Shift+P');
    const tooltip = page.locator('poise-tooltip .poise-tooltip');
    await expect.poll(() => tooltip.isVisible(), { timeout: 3000 }).toBe(true);
    expect(await tooltip.getAttribute('role')).toBe('dialog');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('poise-tooltip');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible(), { timeout: 3000 }).toBe(false);
    const caret = await page.evaluate(() => {
      const s = getSelection()!;
      return { text: s.focusNode?.textContent ?? '', offset: s.focusOffset, inBody: !!(s.focusNode?.parentElement?.closest('[contenteditable="true"]')) };
    });
    expect(caret.inBody).toBe(true);
    expect(caret.text.slice(caret.offset - 3, caret.offset + 6)).toBe(words.slice(0, 9));
    await page.close();
  }, 60_000);

  it('applies a reworded sentence as previewed, in Outlook, through the editor\'s input path', async () => {
    const page = await h.open('outlook-compose-new.html');
    const body = BODY.outlook!;
    await settled(page, body);
    const text = expected.fixtures['outlook-compose-new.html']!.drafts[0]!.text;
    const finding = analyze(text).findings.find((f) => f.rule === 'timidity/feel-free-to-ignore')!;
    const index = finding.rewrites.findIndex((r) => /\p{L}{2}/u.test(r));
    expect(index).toBeGreaterThanOrEqual(0);
    const rewrite = finding.rewrites[index]!;
    // Apply never inserts a blank: the sentence it gives is one the rep could send as it stands.
    expect(rewrite).not.toMatch(/\[[^\]]+\]/);
    const tooltip = await hoverTooltip(page, finding.text);
    const item = tooltip.locator('.poise-rewrites li').nth(index);
    const edit = rewriteEdit(text, finding, rewrite);
    const lineAfter = applyRewrite(text, finding, rewrite).text.split('\n').find((l) => l.includes(rewrite.trim()))!;
    expect(await item.locator('.poise-apply').getAttribute('aria-label')).toBe(`Apply: ${lineAfter}`);
    expect(await tooltip.locator(`.poise-replaces del, .poise-rewrites li:nth-child(${index + 1}) del`).first().textContent()).toBe(text.slice(edit.start, edit.end).trim());
    await item.locator('.poise-apply').click();
    const read = async () => (await page.locator(body).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '))).split('\n');
    await expect.poll(read, { timeout: 3000 }).toContain(lineAfter);
    expect((await read()).join('\n')).not.toContain(finding.text);
    await page.close();
  }, 60_000);

  it('remembers Dismiss across reloads without storing the words, and Turn off this rule in settings', async () => {
    const page = await h.open('gmail-compose-new.html');
    const body = BODY.gmail!;
    await settled(page, body);
    await (await hoverTooltip(page, 'Sorry to bother you')).locator('.poise-dismiss').click();
    await expect.poll(async () => (await painted(page, body)).map((r) => r.text), { timeout: 3000 }).not.toContain('Sorry to bother you');
    await page.reload();
    const after = await settled(page, body);
    expect(after.map((r) => r.text)).not.toContain('Sorry to bother you');
    expect(after.map((r) => r.text)).toContain('you need this');

    await (await hoverTooltip(page, 'you need this')).locator('.poise-turn-off').click();
    await expect.poll(async () => (await painted(page, body)).map((r) => r.text), { timeout: 5000 }).not.toContain('you need this');

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const stored = await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get());
    expect((stored.settings as { disabledRules: string[] }).disabledRules).toContain('hard_close/you-need-this');
    const everything = JSON.stringify(stored);
    for (const words of ['Sorry to bother you', 'you need this', 'Dana', 'dispatch']) expect(everything).not.toContain(words);
    // Leave the profile as the other tests expect it: every rule on, nothing dismissed.
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await options.close();
    await page.close();
  }, 60_000);

  it('leaves no error when a compose is closed mid-analysis', async () => {
    const page = await h.open('gmail-two-composes.html');
    const body = BODY.gmail!;
    await settled(page, body, 2);
    const first = page.locator(body).first();
    await first.click();
    await page.keyboard.type(' Honestly, your warehouse needs this. Sorry to bother you.');
    // Close the compose window while its analysis is debounced or running, as Gmail does on Discard.
    await page.evaluate((sel) => document.querySelectorAll(sel)[0]!.closest('div.M9, [role="dialog"]')!.remove(), body);
    await page.waitForTimeout(1200);
    const left = await painted(page, body);
    expect(left.filter((r) => r.body === -1), 'no highlight left on a closed compose').toEqual([]);
    expect(left.length).toBeGreaterThan(0); // the other compose is still coached
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
