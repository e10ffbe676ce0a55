import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { PAGE_TYPES, pageUrl } from './page-types';

/**
 * The width matrix: the widths people use, light and dark and with 200% text. No sideways scroll with any
 * menu open, every open menu inside the window, every focused control in view, the header on one row
 * from 768px. One browser page, resized in place, keeps the whole matrix to well under a minute.
 */
const WIDTHS = [320, 375, 414, 600, 768, 820, 1024, 1152, 1280, 1440, 1920];
const MODES = [
  { name: 'light', colorScheme: 'light', text: '100%' },
  { name: 'dark', colorScheme: 'dark', text: '100%' },
  { name: '200% text', colorScheme: 'light', text: '200%' },
] as const;
type Mode = (typeof MODES)[number];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(() => browser?.close());

async function load(url: string, mode: Mode) {
  await page.emulateMedia({ colorScheme: mode.colorScheme });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The CSP refuses inline styles, so the text is enlarged through the CSSOM (as a reader's zoom would).
  await page.evaluate((size) => (document.documentElement.style.fontSize = size), mode.text);
}

/** What is wrong on the page now: sideways scroll, and the given elements outside the window. */
function problems(where: string, selectors: string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ where, selectors }) => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width)
        out.push(`${where}: page scrolls sideways (${document.documentElement.scrollWidth}px)`);
      for (const selector of selectors) {
        const el = selector === ':focus' ? document.activeElement : document.querySelector(selector);
        if (!el || el === document.body) continue;
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`;
        if (r.left < -0.5 || r.right > width + 0.5) out.push(`${where}: ${name} spans x ${Math.round(r.left)}–${Math.round(r.right)}`);
        if (selector === ':focus' && (r.top < -0.5 || r.bottom > innerHeight + 0.5))
          out.push(`${where}: focused ${name} off-screen at y ${Math.round(r.top)}–${Math.round(r.bottom)}`);
      }
      return out;
    },
    { where, selectors },
  );
}

/** From 768px the logo, the menus, Login and Get Started share one row, as on the published page. */
function headerRows(): Promise<number> {
  return page.evaluate(() => {
    // The actions shown (the small-screen menu's own links are in the list too, hidden outside the overlay).
    const actions = [...document.querySelectorAll<HTMLElement>('.nav-actions a')].filter((a) => a.offsetParent !== null);
    const items = [
      document.querySelector('.site-header .logo')!,
      document.querySelector('.site-header .submenu-toggle')!,
      actions[0],
      actions.at(-1)!,
    ].map((el) => el.getBoundingClientRect());
    const centres = items.map((r) => r.top + r.height / 2);
    return Math.max(...centres) - Math.min(...centres) > 8 ? 2 : 1;
  });
}

/** Opens each menu (in the small-screen overlay when there is one), then tabs through its links. */
async function menus(where: string): Promise<string[]> {
  const out: string[] = [];
  const overlay = await page.locator('.menu-button').isVisible();
  if (overlay) {
    await page.locator('.menu-button').click();
    out.push(...(await problems(`${where}, menu open`, ['#site-nav', ':focus'])));
  }
  const toggles = page.locator('.submenu-toggle');
  for (let i = 0; i < (await toggles.count()); i++) {
    const toggle = toggles.nth(i);
    const label = `${where}, ${await toggle.textContent()} open`;
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = `#${await toggle.getAttribute('aria-controls')}`;
    out.push(...(await problems(label, [panel, ':focus'])));
    for (let n = await page.locator(`${panel} a`).count(); n > 0; n--) {
      await page.keyboard.press('Tab');
      out.push(...(await problems(label, [panel, ':focus'])));
    }
    await page.keyboard.press('Escape');
  }
  if (overlay) await page.keyboard.press('Escape');
  return out;
}

describe('every width from 320 to 1920px', () => {
  for (const mode of MODES) {
    it(`the notice's header, menus and Quick Links hold, ${mode.name}`, async () => {
      await load(pageUrl(PAGE_TYPES[0]), mode);
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => scrollTo(0, 0));
        const where = `${width}px ${mode.name}`;
        found.push(...(await problems(where, ['.site-header'])));
        if (width >= 768 && mode.text === '100%' && (await headerRows()) > 1) found.push(`${where}: the header wraps`);
        found.push(...(await menus(where)));
        // Quick Links: collapsed below 1024px; opened, they must fit too.
        const summary = page.locator('.quick-links summary');
        if (width < 1024) {
          await summary.click();
          found.push(...(await problems(`${where}, Quick Links open`, ['.quick-links ul'])));
          await summary.click();
        }
      }
      expect(found).toEqual([]);
    });
  }

  for (const pageType of PAGE_TYPES.slice(1)) {
    it(`the ${pageType.name} page never scrolls sideways`, async () => {
      const found: string[] = [];
      for (const mode of MODES) {
        await load(pageUrl(pageType), mode);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          found.push(...(await problems(`${width}px ${mode.name}`)));
        }
      }
      expect(found).toEqual([]);
    });
  }
});
