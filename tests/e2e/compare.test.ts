import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_V2 } from '../fixtures/history';
import { normalize } from '../support/notice-blocks';
import { DESKTOP, launch, MOBILE } from './browser';

const READABILITY = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');

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

  it('has its own address: ?from=…&to=… reopens the comparison, and Back leaves it', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${inject('historyUrl')}/privacy/versions/`, { waitUntil: 'networkidle' });
    const [older, newer] = [await page.locator('select[name=from]').inputValue(), await page.locator('select[name=to]').inputValue()];
    await page.click('.compare-form button');
    await page.waitForSelector('.compare-result .diff-summary');
    const address = new URL(page.url());
    expect([address.searchParams.get('from'), address.searchParams.get('to')]).toEqual([older, newer]);
    const summary = await page.locator('.compare-result .diff-summary').textContent();
    // Opened afresh (a shared link), the address shows the same comparison.
    const again = await browser.newPage(DESKTOP);
    await again.goto(address.href, { waitUntil: 'networkidle' });
    await again.waitForSelector('.compare-result .diff-summary');
    expect(await again.locator('.compare-result .diff-summary').textContent()).toBe(summary);
    await again.close();
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('.compare-result')!.hasChildNodes());
    await page.close();
  });

  it('in Reader View (Mozilla Readability, on the page after its scripts) gives the comparison, not the footer', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${inject('historyUrl')}/privacy/versions/`, { waitUntil: 'networkidle' });
    await page.click('.compare-form button');
    await page.waitForSelector('.compare-result .diff-summary');
    const summary = normalize((await page.locator('.compare-result .diff-summary').textContent()) ?? '');
    const changed = normalize((await page.locator('.compare-result :is(ins, del)').first().textContent()) ?? '');
    const footer = normalize((await page.locator('.footer-statement').textContent()) ?? '');
    // Readability runs on a clone of the live document, as Firefox does.
    const article = (await page.evaluate(`(() => { ${READABILITY}; return new Readability(document.cloneNode(true)).parse(); })()`)) as {
      textContent: string;
    } | null;
    const text = normalize(article?.textContent ?? '');
    expect(summary.length).toBeGreaterThan(0);
    expect(text).toContain(summary);
    expect(text).toContain(changed);
    expect(text).not.toContain(footer.slice(0, 60));
    await page.close();
  });
});

describe('what changed, changes first', () => {
  it('the first change is on the first screen of the changes page and of the compare result, at 390 and 1280 px', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await browser.newPage(options);
      await page.goto(`${inject('historyUrl')}/privacy/versions/${FIXTURE_V2}/changes/`, { waitUntil: 'networkidle' });
      const first = page.locator('.diff-section').first();
      expect(await first.evaluate((el) => el.classList.contains('diff-unchanged'))).toBe(false);
      expect(await first.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
      // The unchanged sections come after every change, collapsed.
      const kinds = await page.locator('.diff-section').evaluateAll((els) => els.map((el) => el.classList.contains('diff-unchanged')));
      expect(kinds.indexOf(true)).toBe(kinds.lastIndexOf(false) + 1);
      await page.goto(`${inject('historyUrl')}/privacy/versions/?from=2024-10-02&to=${FIXTURE_V2}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.compare-result .diff-summary');
      const result = page.locator('.compare-result .diff-section').first();
      expect(await result.evaluate((el) => el.classList.contains('diff-unchanged'))).toBe(false);
      await page.close();
    }
  });
});
