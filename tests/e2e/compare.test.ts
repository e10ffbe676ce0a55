import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('comparing two versions on /privacy/versions/', () => {
  it('goes older to newer whichever way they are picked, and announces one short line', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${inject('historyUrl')}/privacy/versions/`, { waitUntil: 'networkidle' });
    const [from, to] = [page.locator('select[name=from]'), page.locator('select[name=to]')];
    const [older, newer] = [await from.inputValue(), await to.inputValue()];
    expect(older < newer).toBe(true);
    await from.selectOption(newer);
    await to.selectOption(older);
    await page.click('.compare-form button');
    await page.waitForSelector('.compare-result .diff-summary');
    expect([await from.inputValue(), await to.inputValue()]).toEqual([older, newer]);
    const status = (await page.locator('[role=status].compare-status').textContent()) ?? '';
    expect(status).toMatch(/^\d+ sections? \w+/);
    expect(status.length).toBeLessThan(200);
    // The result reads like the notice: a paragraph per block, not one run-together text.
    expect(await page.locator('.compare-result .diff-renamed .diff-text > p').count()).toBeGreaterThan(1);
    expect(await page.locator('.compare-result .diff-text p :is(ins, del)').count()).toBeGreaterThan(0);
    // List items keep their bullets: a bulleted list of the notice is a <ul> of <li> in the result too.
    const list = page.locator('.compare-result .diff-text ul:has(> li)').first();
    expect(await list.evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('disc');
    // The long result is not a live region: screen readers are not read the whole diff.
    expect(await page.locator('.compare-result').getAttribute('aria-live')).toBeNull();
    await page.close();
  });
});
