import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { htmlBlocks, normalize, noticeBlocks, blocksOfMarkdown } from '../support/notice-blocks';
import { openTermsArchiveExtract } from '../support/open-terms-archive';
import { DESKTOP, launch, MOBILE } from './browser';

/**
 * The live /privacy/ page, after its scripts have run, as the programs that read or record a privacy
 * notice get it, and as copy and paste gives it: every block of the notice, in order, and nothing else.
 * (tests/site/readers.test.ts does the same on the built HTML, as with JavaScript off.)
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const { current } = loadContent();
const expected = noticeBlocks(current);
const letters = (text: string) => text.replace(/[\s\u00a0]+/g, '');
const READABILITY = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');

async function open(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${inject('siteUrl')}/privacy/`, { waitUntil: 'networkidle' });
  // The islands have run: the copy buttons are there.
  await page.waitForSelector('#contact_us > button.copy-link');
  return page;
}

describe('the live notice, as programs read it', () => {
  it('Firefox Reader View (Mozilla Readability, in the page after its scripts) keeps every block and adds none', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await open(options);
      // Readability runs on a clone of the live document, as Firefox does.
      const article = await page.evaluate(`(() => { ${READABILITY}; return new Readability(document.cloneNode(true)).parse(); })()`);
      const { title, content, textContent } = article as { title: string; content: string; textContent: string };
      expect(title).toBe(current.title);
      expect(htmlBlocks(content)).toEqual(expected.slice(1));
      expect(letters(textContent)).toBe(letters(expected.slice(1).join('')));
      await page.context().close();
    }
  });

  it('Open Terms Archive (rendering the page in a browser, tracking #privacy-notice) records every block and nothing else', async () => {
    const page = await open(DESKTOP);
    const recorded = openTermsArchiveExtract(await page.content(), page.url(), '#privacy-notice');
    expect(blocksOfMarkdown(recorded)).toEqual(expected);
    expect(recorded).not.toMatch(/\[\]\(/);
    await page.context().close();
  });
});

describe('copy and paste', () => {
  it('a paragraph copies as the published sentence, link descriptions left out', async () => {
    const page = await open(DESKTOP);
    for (const href of ['https://actionnetwork.org/users/edit', 'https://ico.org.uk/']) {
      const paragraph = page.locator(`#privacy-notice li:has(> a[href="${href}"]), #privacy-notice p:has(> a[href="${href}"])`).first();
      await paragraph.click({ position: { x: 2, y: 5 }, clickCount: 3 });
      await page.keyboard.press('Control+C');
      const copied = normalize(await page.evaluate(() => navigator.clipboard.readText()));
      const published = expected.find((block) => block.startsWith(copied.slice(0, 40)));
      expect(copied, href).toBe(published);
    }
    await page.context().close();
  });

  it('the whole notice copies as its blocks, one per line, and nothing else', async () => {
    const page = await open(DESKTOP);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('privacy-notice')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').map(normalize).filter(Boolean)).toEqual(expected);
    await page.context().close();
  });
});
