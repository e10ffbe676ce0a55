import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/support/chromium';

/** Where the suite's screenshots go (ignored by git). */
export const SCREENSHOTS = join('test-results', 'screenshots');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install chromium, or set CHROME_PATH.`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
  });
}

export const DESKTOP = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;
export const MOBILE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} satisfies BrowserContextOptions;

/** Problems a page reported while loading: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export function watchProblems(page: Page, expectedStatus: Record<string, number> = {}): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The browser logs the expected status of a page (the 404 page) as an error too.
    const expected = m.location().url && new URL(m.location().url).pathname in expectedStatus;
    if (m.type() === 'error' && !expected) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() >= 400 && expectedStatus[path] !== r.status()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}
