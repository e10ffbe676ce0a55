import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_V2 } from '../fixtures/history';
import { DESKTOP, launch, MOBILE, SCREENSHOTS, watchProblems } from './browser';

const axeSource = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Every page type, on the site whose content shows it best (the diff needs two versions). */
const PAGES = [
  { name: 'notice', base: 'siteUrl', path: '/privacy/' },
  { name: 'archived version', base: 'historyUrl', path: '/privacy/versions/2024-10-02/' },
  { name: 'changes', base: 'historyUrl', path: `/privacy/versions/${FIXTURE_V2}/changes/` },
  { name: 'versions list', base: 'historyUrl', path: '/privacy/versions/' },
  { name: '404', base: 'siteUrl', path: '/no-such-page/', status: 404 },
] as const;
const VIEWPORTS = { desktop: DESKTOP, mobile: MOBILE };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('axe-core (WCAG 2.2 AA) with no console error or failed request', () => {
  for (const pageType of PAGES) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`${pageType.name}, ${viewportName}, ${colorScheme}`, async () => {
          const context = await browser.newContext({ ...viewport, colorScheme });
          const page = await context.newPage();
          const problems = watchProblems(page, 'status' in pageType ? { [pageType.path]: pageType.status } : {});
          const response = await page.goto(inject(pageType.base) + pageType.path, { waitUntil: 'networkidle' });
          expect(response?.status()).toBe('status' in pageType ? pageType.status : 200);
          if (pageType.name === 'notice') {
            // With the search's results shown, so they are checked too.
            await page.fill('#notice-search-input', 'email');
            await page.waitForSelector('.notice-search-results li');
          }
          if (pageType.name === 'versions list') {
            // Run the in-page comparison too, so its rendered diff is checked.
            await page.click('.compare-form button');
            await page.waitForSelector('.compare-result .diff-summary');
          }
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
              }
            ).axe;
            const result = await axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            });
            return result.violations.map(
              (v) =>
                `${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 5)
                  .join(', ')}`,
            );
          });
          expect(violations).toEqual([]);
          expect(problems).toEqual([]);
          await page.screenshot({ path: join(SCREENSHOTS, `${pageType.name.replace(/\W+/g, '-')}-${viewportName}-${colorScheme}.png`) });
          await context.close();
        });
      }
    }
  }
});
