import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launch, MOBILE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(options: typeof DESKTOP | typeof MOBILE, path = '/privacy/'): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(inject('siteUrl') + path, { waitUntil: 'networkidle' });
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? { tag: el.tagName.toLowerCase(), text: el.textContent?.trim().slice(0, 40) ?? '', id: el.id, cls: el.className } : null;
  });

describe('keyboard', () => {
  it('the first Tab reaches "Skip to content", which moves focus into <main>', async () => {
    const page = await open(DESKTOP);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to content' });
    // Visible when focused: wholly inside the viewport.
    const inView = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'content' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await page.context().close();
  });

  it('every menu opens with Enter and Space, one at a time, and Escape closes it back on its button', async () => {
    const page = await open(DESKTOP);
    const toggles = page.locator('.submenu-toggle');
    expect(await toggles.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const toggle = toggles.nth(i);
      const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
      await toggle.focus();
      await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.isVisible()).toBe(true);
      expect(await page.locator('.submenu-toggle[aria-expanded="true"]').count()).toBe(1);
      await page.keyboard.press('Tab'); // into the panel
      expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await panel.isVisible()).toBe(false);
      expect(await toggle.evaluate((t) => t === document.activeElement)).toBe(true);
    }
    // Opening a second menu closes the first.
    await toggles.nth(0).click();
    await toggles.nth(1).click();
    expect(await toggles.nth(0).getAttribute('aria-expanded')).toBe('false');
    expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
  });

  it('the mobile menu overlay keeps focus inside, and Escape returns it to the menu button', async () => {
    const page = await open(MOBILE);
    const button = page.locator('.menu-button');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Close' });
    expect(await page.locator('main').evaluate((m) => (m as HTMLElement).inert)).toBe(true);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.getElementById('site-nav')!.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape'); // the first may close an open submenu
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.locator('main').evaluate((m) => (m as HTMLElement).inert)).toBe(false);
    // The Close button does the same.
    await button.click();
    await page.locator('.menu-close').click();
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('widening the window with the mobile menu open closes it and leaves focus on something visible', async () => {
    const page = await open(MOBILE);
    await page.locator('.menu-button').click();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Close' });
    await page.setViewportSize(DESKTOP.viewport);
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-menu-open'));
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement!.checkVisibility())).toBe(true);
    await page.context().close();
  });

  it('focus is always visible and never hidden under a sticky element', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await open(options);
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          // The first line box: a link wrapped over two lines has an empty middle.
          const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
          const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(rect.top + Math.min(rect.height, 20) / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          return {
            what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            onTop: !!top && (el.contains(top) || top.contains(el)),
          };
        });
        if (!state) continue;
        expect(state.outline, `outline on ${state.what}`).toBe(true);
        expect(state.onTop, `${state.what} is covered`).toBe(true);
      }
      await page.context().close();
    }
  });
});
