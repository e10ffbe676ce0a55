import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_STYLESHEET_FILE } from '../../lib/unused-css';
import { DESKTOP, launch, MOBILE } from './browser';
import { PAGE_TYPES, pageUrl, siteDir } from './page-types';

/**
 * Each page carries only its share of the stylesheet (lib/unused-css.ts). Here every page type, in the
 * states its islands and its reader can put it in, must compute exactly the same style for every element
 * and pseudo-element (sizes and positions included) with its share as with the whole stylesheet. A rule
 * pruned that the page needed shows as a difference, named by element and property.
 */
const wholeStylesheet = (type: (typeof PAGE_TYPES)[number]) => readFileSync(join(siteDir(type), WHOLE_STYLESHEET_FILE), 'utf8');

/** The states a page can be put in, each reached from the one before it. */
type Step = { name: string; act: (page: Page) => Promise<unknown> };
const LOADED: Step = { name: 'as loaded', act: async () => {} };
const DESKTOP_STEPS: Step[] = [LOADED, { name: 'printed', act: (page) => page.emulateMedia({ media: 'print' }) }];
const PHONE_STEPS: Step[] = [
  LOADED,
  {
    name: 'Quick Links open',
    act: async (page) => (await page.locator('quick-links summary').count()) > 0 && page.click('quick-links summary'),
  },
  { name: 'menu open', act: (page) => page.click('.menu-button') },
  { name: 'a menu open inside the menu', act: (page) => page.locator('.submenu-toggle').first().click() },
];
/** The header is the same on every page: its menus are opened on one. */
const MENU_STEPS: Step[] = [0, 1, 2].map((i) => ({
  name: `header menu ${i + 1} open`,
  act: (page: Page) => page.locator('.submenu-toggle').nth(i).click(),
}));
const COMPARE_STEPS: Step[] = [
  {
    name: 'a comparison shown',
    act: async (page) => {
      const options = await page.locator('select[name=from] option').evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
      await page.locator('select[name=from]').selectOption(options.at(-1)!);
      await page.locator('select[name=to]').selectOption(options[0]!);
      await page.click('.compare-form button');
      await page.locator('.compare-result :is(ins, del)').first().waitFor();
    },
  },
];

/**
 * Every element's and pseudo-element's computed style (all properties) with the page's own <style>, then
 * with `css` in its place: what differs, at most 20. Pseudo-elements count where either side draws them.
 */
function differences(page: Page, css: string): Promise<string[]> {
  return page.evaluate((whole) => {
    const style = document.querySelector('style')!;
    const own = style.textContent;
    const elements = [document.documentElement, ...document.querySelectorAll('body, body *')];
    const pseudos = [null, '::before', '::after', '::marker'] as const;
    const styles = (el: Element, pseudo: string | null) => {
      const cs = getComputedStyle(el, pseudo);
      // A pseudo-element that is not drawn has no style worth comparing (and most elements have none).
      if (pseudo === '::marker' ? getComputedStyle(el).display !== 'list-item' : pseudo && cs.content === 'none') return ['none'];
      const values: string[] = [];
      // Custom properties are left out: a variable no rule uses may go; one that is used shows in its users.
      for (let i = 0; i < cs.length; i++) if (!cs[i]!.startsWith('--')) values.push(`${cs[i]}: ${cs.getPropertyValue(cs[i]!)}`);
      return values;
    };
    const snapshot = () => elements.map((el) => pseudos.map((pseudo) => styles(el, pseudo)));
    const pruned = snapshot();
    style.textContent = whole;
    const full = snapshot();
    style.textContent = own;
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 3).join('.')}` : ''}>`;
    const out: string[] = [];
    elements.forEach((el, e) =>
      pseudos.forEach((pseudo, p) => {
        const [mine, theirs] = [pruned[e]![p]!, full[e]![p]!];
        if (mine.join(';') === theirs.join(';')) return;
        const only = (a: string[], b: string[]) =>
          a
            .filter((v) => !b.includes(v))
            .slice(0, 3)
            .join('; ');
        out.push(`${name(el)}${pseudo ?? ''} ${only(mine, theirs)} (whole: ${only(theirs, mine)})`);
      }),
    );
    return out.slice(0, 20);
  }, css);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("each page's share of the stylesheet looks exactly like the whole", () => {
  const runs = [
    { name: 'desktop, dark', options: { ...DESKTOP, colorScheme: 'dark' as const }, steps: DESKTOP_STEPS },
    { name: 'phone, light', options: { ...MOBILE, colorScheme: 'light' as const }, steps: PHONE_STEPS },
    { name: 'desktop, menus', options: DESKTOP, steps: MENU_STEPS, only: 'notice' },
    { name: 'desktop, comparing', options: DESKTOP, steps: COMPARE_STEPS, only: 'versions list' },
  ];
  for (const type of PAGE_TYPES)
    for (const run of runs) {
      if (run.only && run.only !== type.name) continue;
      it(`${type.name}, ${run.name}`, async () => {
        // The swap below puts a stylesheet under no hash; the page's own CSP would refuse it.
        const context = await browser.newContext({ ...run.options, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(pageUrl(type), { waitUntil: 'networkidle' });
        const css = wholeStylesheet(type);
        const found: string[] = [];
        for (const step of run.steps) {
          await step.act(page);
          found.push(...(await differences(page, css)).map((d) => `${step.name}: ${d}`));
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
});

it('the comparison above sees a rule the page lacks', async () => {
  const context = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(pageUrl(PAGE_TYPES[0]), { waitUntil: 'networkidle' });
  const found = await differences(page, `${wholeStylesheet(PAGE_TYPES[0])}\nh2{letter-spacing:1px}`);
  await context.close();
  expect(found.some((d) => d.includes('letter-spacing: 1px'))).toBe(true);
});
