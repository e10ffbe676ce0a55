import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_V2 } from '../fixtures/history';
import { PUBLISHED_IDS } from '../fixtures/published-ids';
import { DESKTOP, launch, MOBILE, SCREENSHOTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(options: BrowserContextOptions, url: string): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}
const site = (path = '/privacy/') => inject('siteUrl') + path;

/** Where a heading sits in the viewport (top), and whether anything covers its start. */
const placement = (page: Page, id: string) =>
  page.evaluate((target) => {
    const h = document.getElementById(target)!;
    const rect = h.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + 5, rect.top + 5);
    return {
      top: rect.top,
      visible: rect.top >= 0 && rect.top < innerHeight,
      uncovered: !!top && (h.contains(top) || top.contains(h) || top.closest('section') === h.closest('section')),
    };
  }, id);

/** After loading each published deep link: the one-row bar `selector` is on screen, one row high, and clear of the heading. */
async function expectBarOnEveryDeepLink(page: Page, selector: string) {
  for (const id of PUBLISHED_IDS) {
    await page.goto(site(`/privacy/#${id}`), { waitUntil: 'domcontentloaded' });
    const state = await page.evaluate(
      ([bar, target]) => {
        const element = document.querySelector(bar)!;
        const rect = element.getBoundingClientRect();
        const heading = document.getElementById(target)!.querySelector('h2')!.getBoundingClientRect();
        // Nothing else pinned over it: what is at its middle is the bar.
        const onTop = element.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2));
        return { barTop: rect.top, barHeight: rect.height, clear: heading.top >= rect.bottom, onTop };
      },
      [selector, id],
    );
    expect(state.barTop, id).toBeGreaterThanOrEqual(0);
    expect(state.barHeight, id).toBeLessThan(60);
    expect(state.clear, id).toBe(true);
    expect(state.onTop, id).toBe(true);
  }
}

describe('Quick Links', () => {
  it('each of the seventeen links puts its heading in view and sets the URL hash', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await open(options, site());
      for (const id of PUBLISHED_IDS) {
        if (options === MOBILE) await page.locator('.quick-links summary').click(); // the collapsed list
        await page.locator(`.quick-links a[href="#${id}"]`).click();
        await page.waitForFunction((h) => location.hash === `#${h}`, id);
        const where = await placement(page, id);
        expect(where.visible, id).toBe(true);
        expect(where.uncovered, id).toBe(true);
      }
      await page.context().close();
    }
  });

  it('a deep link loaded directly lands on its section', async () => {
    const page = await open(DESKTOP, site('/privacy/#EEA_infoprocessinglegal'));
    const where = await placement(page, 'EEA_infoprocessinglegal');
    expect(where.visible).toBe(true);
    expect(where.top).toBeLessThan(100);
    await page.context().close();
  });

  it('an anchor of an earlier version lands on the section that declares it as an alias', async () => {
    for (const [alias, heading] of [
      ['information_retention', 'data_retention'],
      ['children', 'contact_us'],
    ]) {
      const page = await open(DESKTOP, `${inject('historyUrl')}/privacy/#${alias}`);
      const where = await placement(page, heading);
      expect(where.visible, alias).toBe(true);
      expect(where.top, alias).toBeLessThan(120);
      // A removed section (children, merged into Contact Us) is named where the reader lands, with the
      // version that last had it; a renamed one (information_retention) needs no note.
      const note = page.locator('.removed-note');
      if (alias === 'children') {
        expect(await note.textContent()).toMatch(
          /^The link you followed is to “Children.*”, a section this version no longer has: read it in the version of October 2, 2024\. Its links now lead here, to “Contact Us”\.$/,
        );
        expect(await note.locator('a').getAttribute('href')).toBe('/privacy/versions/2024-10-02/#children');
        expect(await note.isVisible()).toBe(true);
      } else {
        expect(await note.count(), alias).toBe(0);
      }
      await page.context().close();
    }
  });

  it('marks the section being read with aria-current, and names it in the collapsed list on phones', async () => {
    const page = await open(DESKTOP, site('/privacy/#your_rights'));
    await page.waitForSelector('.quick-links a[aria-current="true"]');
    expect(await page.locator('.quick-links a[aria-current="true"]').getAttribute('href')).toBe('#your_rights');
    expect(await page.locator('.quick-links a[aria-current]').count()).toBe(1);
    await page.context().close();

    const phone = await open(MOBILE, site('/privacy/#children'));
    await phone.waitForFunction(() => document.querySelector('.quick-links-current')?.textContent !== '');
    expect(await phone.locator('.quick-links-current').textContent()).toBe(': Children Under Age 13');
    expect(await phone.locator('.quick-links details').getAttribute('open')).toBeNull();
    await phone.context().close();
  });
  /** The one Quick Link marked current, once the page has settled. */
  const marked = async (page: Page) => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.locator('.quick-links a[aria-current]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  };

  it('marks exactly the section chosen, 17 of 17, after each click and each deep link, at every desktop size', async () => {
    const sizes = [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
      { width: 1024, height: 768 },
    ];
    for (const viewport of sizes) {
      const page = await open({ viewport }, site());
      // In the order a reader might pick them: from the end back, so every jump goes up the page too.
      for (const id of [...PUBLISHED_IDS].reverse()) {
        await page.locator(`.quick-links a[href="#${id}"]`).click();
        await page.waitForFunction((h) => location.hash === `#${h}`, id);
        expect(await marked(page), `${viewport.width}×${viewport.height} click ${id}`).toEqual([`#${id}`]);
      }
      for (const id of PUBLISHED_IDS) {
        await page.goto(site(`/privacy/#${id}`), { waitUntil: 'load' });
        expect(await marked(page), `${viewport.width}×${viewport.height} load #${id}`).toEqual([`#${id}`]);
      }
      await page.context().close();
    }
  });

  it('marks the chosen section on phones too, and the section being read once the reader scrolls on', async () => {
    const page = await open({ ...MOBILE, viewport: { width: 390, height: 844 } }, site());
    for (const id of PUBLISHED_IDS) {
      await page.locator('.quick-links summary').click();
      await page.locator(`.quick-links a[href="#${id}"]`).click();
      await page.waitForFunction((h) => location.hash === `#${h}`, id);
      expect(await marked(page), `390 click ${id}`).toEqual([`#${id}`]);
    }
    // Scrolled by the reader from "Your Rights" to well inside the section after it.
    await page.goto(site('/privacy/#your_rights'), { waitUntil: 'load' });
    await page.evaluate(() =>
      window.scrollTo(0, document.getElementById('outside_unitedstates')!.getBoundingClientRect().top + scrollY + 10),
    );
    expect(await marked(page)).toEqual(['#outside_unitedstates']);
    // At the very end of the page, the last section.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await marked(page)).toEqual(['#contact_us']);
    await page.context().close();
  });

  it('on a phone, keeps a one-row control that opens Quick Links in view on every deep link, covering no heading', async () => {
    const page = await open({ ...MOBILE, viewport: { width: 390, height: 844 } }, site());
    await expectBarOnEveryDeepLink(page, '.quick-links summary');
    // Opened from the end of the page, it lists every section over the page and moves nothing.
    const before = await page.evaluate(() => scrollY);
    await page.locator('.quick-links summary').click();
    expect(await page.locator('.quick-links a[href="#scope"]').isVisible()).toBe(true);
    // (Playwright may nudge the page a pixel or two to click; opening the list itself moves nothing.)
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(4);
    await page.keyboard.press('Escape');
    expect(await page.locator('.quick-links details').getAttribute('open')).toBeNull();
    await page.context().close();
  });

  it('without JavaScript, on a phone, keeps a link back to Quick Links in view after every deep link, covering no heading', async () => {
    const page = await open({ ...MOBILE, viewport: { width: 390, height: 844 }, javaScriptEnabled: false }, site());
    const link = page.locator('.quick-links-return');
    await expectBarOnEveryDeepLink(page, '.quick-links-return');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#quick-links-title');
    expect(await page.locator('#quick-links-title').isVisible()).toBe(true);
    await page.context().close();
    // With JavaScript the sticky Quick Links control does this, and the link is not shown.
    const scripted = await open({ ...MOBILE, viewport: { width: 390, height: 844 } }, site());
    expect(await scripted.locator('.quick-links-return').isVisible()).toBe(false);
    await scripted.context().close();
  }, 90_000);

  it('closes when the window narrows from the sidebar, so the list does not cover the page', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 } }, site('/privacy/#children'));
    expect(await page.locator('.quick-links details').getAttribute('open')).not.toBeNull();
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.waitForFunction(() => !(document.querySelector('.quick-links details') as HTMLDetailsElement).open);
    expect(await page.locator('.quick-links a[href="#scope"]').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => (document.querySelector('.quick-links details') as HTMLDetailsElement).open);
    await page.context().close();
  });

  it('is not pinned to the screen at 400% zoom (320 × 200 CSS px), where it would take a quarter of it', async () => {
    const page = await open({ viewport: { width: 320, height: 200 } }, site('/privacy/#children'));
    expect(await page.locator('quick-links').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await page.context().close();
  });

  it('does not move the list when the marked item changes (no re-wrap)', async () => {
    const page = await open(DESKTOP, site());
    const heights: number[] = [];
    for (const id of PUBLISHED_IDS) {
      await page.locator(`.quick-links a[href="#${id}"]`).click();
      await page.waitForFunction((h) => location.hash === `#${h}`, id);
      await marked(page);
      heights.push(await page.locator('.quick-links ul').evaluate((ul) => ul.scrollHeight));
    }
    expect(new Set(heights).size).toBe(1);
    await page.context().close();
  });

  it('keeps the marked link in view when the sidebar list scrolls (a short window)', async () => {
    const page = await open({ viewport: { width: 1280, height: 420 } }, site('/privacy/#contact_us'));
    await page.waitForSelector('.quick-links a[aria-current="true"][href="#contact_us"]');
    const inView = await page.evaluate(() => {
      const list = document.querySelector('.quick-links ul')!;
      const link = list.querySelector('a[aria-current="true"]')!;
      const [l, a] = [list.getBoundingClientRect(), link.getBoundingClientRect()];
      return { scrolls: list.scrollHeight > list.clientHeight, visible: a.top >= l.top && a.bottom <= l.bottom };
    });
    expect(inView).toEqual({ scrolls: true, visible: true });
    await page.context().close();
  });
});

describe('Search this notice', () => {
  it('takes exactly the room kept for it from the first paint: filling it moves nothing (no layout shift)', async () => {
    for (const viewport of [DESKTOP.viewport, { width: 390, height: 844 }]) {
      const page = await open({ viewport }, site());
      const { height, reserved, filled } = await page.locator('notice-search').evaluate((el) => ({
        height: el.getBoundingClientRect().height,
        reserved: parseFloat(getComputedStyle(el).minHeight),
        filled: el.querySelector('input') !== null,
      }));
      expect(filled).toBe(true);
      expect(reserved).toBeGreaterThan(0);
      expect(height, `${viewport.width}px`).toBe(reserved);
      await page.context().close();
    }
  });

  it('lists the passages of the notice holding the words typed, with their section, a link and the words marked', async () => {
    const page = await open(DESKTOP, site());
    await page.fill('#notice-search-input', 'delete');
    await page.waitForSelector('.notice-search-results li');
    const results = await page.locator('.notice-search-results li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href'),
        section: li.querySelector('a')!.textContent,
        text: li.querySelector('p')!.textContent!,
        marked: [...li.querySelectorAll('mark')].map((m) => m.textContent),
      })),
    );
    // "How do I delete my data?": the EEA bullet and the CCPA paragraph of Your Rights, among others.
    const rights = results.filter((r) => r.href === '#your_rights');
    expect(rights.map((r) => r.section)).toEqual(['Your Rights', 'Your Rights']);
    expect(rights[0].text).toMatch(/^If you wish to access, correct, update, or request deletion/);
    expect(rights[1].text).toMatch(/^Under the California Consumer Privacy Act/);
    expect(rights.flatMap((r) => r.marked)).toEqual(['deletion', 'deleted']);
    // Only the notice's own words: every result is a passage of the section it links to.
    for (const r of results) {
      const inSection = await page.locator(`section${r.href}`).evaluate((section, text) => section.textContent!.includes(text), r.text);
      expect(inSection, r.text).toBe(true);
    }
    expect(await page.locator('#notice-search-status').textContent()).toBe(`${results.length} passages in 3 sections.`);
    await page.locator('.notice-search-results a[href="#your_rights"]').first().click();
    await page.waitForFunction(() => location.hash === '#your_rights');
    await page.fill('#notice-search-input', 'zzzz');
    await page.waitForFunction(() => document.querySelectorAll('.notice-search-results li').length === 0);
    expect(await page.locator('#notice-search-status').textContent()).toBe('No passage of the notice has “zzzz”.');
    await page.context().close();
  });

  it('is not in the page without JavaScript: no control that does nothing', async () => {
    const page = await open({ ...DESKTOP, javaScriptEnabled: false }, site());
    expect(await page.locator('notice-search').innerHTML()).toBe('');
    expect(await page.getByText('Search this notice').count()).toBe(0);
    await page.context().close();
  });
});

describe('permalinks, copy buttons and back to top', () => {
  it('copies a section link with an announced confirmation', async () => {
    const context = await browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site(), { waitUntil: 'networkidle' });
    const button = page.locator('#contact_us > button.copy-link[aria-label="Copy link to this section: Contact Us"]');
    await button.click();
    // The announcement follows the (asynchronous) clipboard write.
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent !== '');
    expect(await page.locator('.copy-status').textContent()).toBe(`Link copied: ${site()}#contact_us`);
    expect(await page.locator('.copy-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site()}#contact_us`);
    await context.close();
  });

  it('each section heading links to its section; one Back to top link follows the notice, outside it', async () => {
    const page = await open(DESKTOP, site());
    for (const id of PUBLISHED_IDS) expect(await page.locator(`section#${id} > h2 > a.permalink[href="#${id}"]`).count(), id).toBe(1);
    expect(await page.locator('.back-to-top a[href="#privacy-notice"]').count()).toBe(1);
    expect(await page.locator('#privacy-notice .back-to-top').count()).toBe(0);
    await page.locator('.back-to-top a').click();
    await page.waitForFunction(() => location.hash === '#privacy-notice');
    expect(await page.evaluate(() => document.getElementById('privacy-notice')!.getBoundingClientRect().top)).toBeLessThan(100);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows the whole notice, Quick Links, every navigation and footer link, usable', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await open({ ...options, javaScriptEnabled: false }, site());
      expect(await page.locator('#contact_us > h2').isVisible()).toBe(true);
      if (options === MOBILE) await page.locator('.quick-links summary').click();
      for (const id of PUBLISHED_IDS) expect(await page.locator(`.quick-links a[href="#${id}"]`).isVisible(), id).toBe(true);
      // Menus are <details>: each opens and shows its links.
      for (const summary of await page.locator('summary.submenu-toggle').all()) {
        await summary.click();
        const links = summary.locator('xpath=..').locator('a');
        for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
        await summary.click();
      }
      for (const link of await page.locator('footer a').all()) expect(await link.isVisible(), (await link.textContent()) ?? '').toBe(true);
      expect(await page.locator('.cookie-line p').isVisible()).toBe(true);
      expect(await page.locator('.cookie-dismiss').isVisible()).toBe(false); // it needs JavaScript
      await page.screenshot({ path: join(SCREENSHOTS, `no-javascript-${options === MOBILE ? 'mobile' : 'desktop'}.png`) });
      await page.context().close();
    }
  });
});

describe('layout', () => {
  const PATHS = ['/privacy/', '/privacy/versions/', '/privacy/versions/2024-10-02/', `/privacy/versions/${FIXTURE_V2}/changes/`, '/nope/'];
  const url = (path: string) => (path.includes(FIXTURE_V2) ? inject('historyUrl') : inject('siteUrl')) + path;

  it('opens one header menu at a time: opening another closes the first, and a menu closes again', async () => {
    const page = await open({ ...DESKTOP, javaScriptEnabled: false }, site());
    const summaries = page.locator('details.submenu > summary');
    expect(await summaries.count()).toBeGreaterThan(1);
    const openMenus = () => page.locator('details.submenu[open]').count();
    await summaries.nth(0).click();
    expect(await openMenus()).toBe(1);
    await summaries.nth(1).click();
    expect(await openMenus()).toBe(1);
    expect(await page.locator('details.submenu').nth(1).getAttribute('open')).not.toBeNull();
    await summaries.nth(1).click();
    expect(await openMenus()).toBe(0);
    await page.context().close();
  });

  it('never scrolls sideways at 320px (WCAG 1.4.10)', async () => {
    for (const path of PATHS) {
      const page = await open({ viewport: { width: 320, height: 640 } }, url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await page.context().close();
    }
  });

  it('clips nothing at 200% text size', async () => {
    for (const path of PATHS) {
      const page = await open(DESKTOP, url(path));
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(async () => {
        // The page's CSP refuses inline styles: zoom the text through the CSSOM instead.
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      });
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        if (document.documentElement.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
        for (const el of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
          const style = getComputedStyle(el);
          if (el.classList.contains('sr-only')) continue; // clipped on purpose: text for screen readers only
          if (
            style.overflow === 'hidden' &&
            (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) &&
            el.clientHeight > 0
          )
            out.push(el.className || el.tagName);
        }
        return out;
      });
      expect(clipped, path).toEqual([]);
      await page.context().close();
    }
  });

  it('makes targets at least 24×24 px, inline links excepted (WCAG 2.5.8)', async () => {
    for (const options of [DESKTOP, MOBILE]) {
      const page = await open(options, site());
      if (options === MOBILE) await page.locator('.menu-button').click();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, summary, select')]
          .filter((el) => el.offsetParent !== null && !el.closest('[inert]'))
          .filter((el) => !(getComputedStyle(el).display === 'inline' && el.closest('p, li')))
          .map((el) => ({ el, rect: el.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width < 24 || rect.height < 24)
          .map(
            ({ el, rect }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
          ),
      );
      expect(small).toEqual([]);
      await page.context().close();
    }
  });
});

describe('print', () => {
  it('prints the notice alone, with its title, date, address and link targets', async () => {
    const page = await open(DESKTOP, site());
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.announcements', '.site-header', '.site-footer', '.cookie-line', '.quick-links', '.skip-link']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const hidden of ['.notice-versions', '.back-to-top']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    for (const shown of ['#privacy-notice h1', '.notice-revised', '#contact_us > h2'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    // The address is printed under the title by CSS, so it is on paper but not in the notice's text.
    const address = await page.locator('.notice-title').evaluate((h) => getComputedStyle(h, '::after').content);
    expect(address).toBe('"https://actionnetwork.org/privacy/"');
    const after = await page.locator('a[href="https://ico.org.uk/"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (https://ico.org.uk/)"');
    // A link whose words are its address is not printed twice.
    const own = await page
      .locator('#privacy-notice a[href="https://actionnetwork.org/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(own).toBe('none');
    // Headings, and the bold sub-headings written as paragraphs (whose words are all bold), stay with their text.
    const loose = await page.locator('#privacy-notice section').evaluateAll((sections) =>
      sections
        .flatMap((s) => [...s.querySelectorAll('h2, h3, p')])
        .filter((el) => el.tagName !== 'P' || [...el.querySelectorAll('strong')].map((b) => b.textContent).join(' ') === el.textContent)
        .filter((el) => getComputedStyle(el).breakAfter !== 'avoid')
        .map((el) => el.textContent),
    );
    expect(loose).toEqual([]);
    await page.pdf({ path: join(SCREENSHOTS, 'notice-print.pdf'), format: 'A4' });
    await page.context().close();
  });
});

describe('cookie line', () => {
  it('is dismissed with the keyboard, remembered, and never covers the text', async () => {
    const page = await open(DESKTOP, site());
    const line = page.locator('cookie-line');
    expect(await line.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await page.locator('.cookie-dismiss').focus();
    await page.keyboard.press('Enter');
    expect(await line.isVisible()).toBe(false);
    // Focus moves on to the next link, not to <body> or a block that does nothing.
    expect(await page.evaluate(() => document.activeElement?.matches('a[href], button'))).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await line.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('screenshots', () => {
  /** The page's background and text colours, as [r, g, b] each. */
  const colours = (p: Page) =>
    p.evaluate(() => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const style = getComputedStyle(document.body);
      const html = getComputedStyle(document.documentElement);
      return {
        background: rgb(style.backgroundColor === 'rgba(0, 0, 0, 0)' ? html.backgroundColor : style.backgroundColor),
        text: rgb(style.color),
      };
    });
  const brightness = ([r, g, b]: number[]) => (r + g + b) / 3;
  /** The first link of the menu whose toggle is expanded. */
  const firstMenuLink = async (p: Page) => {
    const panel = await p.locator('.submenu-toggle[aria-expanded="true"]').getAttribute('aria-controls');
    return p.locator(`[id="${panel}"] a`).first();
  };

  it('desktop, mobile, mobile menu open, dark: each shows what it is named for', async () => {
    const shots: [string, BrowserContextOptions, ((p: Page) => Promise<void>) | undefined, (p: Page) => Promise<void>][] = [
      [
        'desktop',
        DESKTOP,
        undefined,
        async (p) => {
          expect(await p.locator('#privacy-notice h1').isVisible()).toBe(true);
          expect(await p.locator('.quick-links ul').isVisible()).toBe(true); // the open sidebar
          expect(await p.locator('.menu-button').isVisible()).toBe(false);
        },
      ],
      [
        'mobile',
        MOBILE,
        undefined,
        async (p) => {
          expect(await p.locator('.menu-button').isVisible()).toBe(true);
          expect(await p.locator('#site-nav').isVisible()).toBe(false);
          expect(await p.locator('.quick-links ul').isVisible()).toBe(false); // collapsed
        },
      ],
      [
        'mobile-menu-open',
        MOBILE,
        async (p) => {
          await p.locator('.menu-button').click();
          await p.locator('.submenu-toggle').first().click();
        },
        async (p) => {
          expect(await p.locator('.menu-button').getAttribute('aria-expanded')).toBe('true');
          expect(await (await firstMenuLink(p)).isVisible()).toBe(true);
        },
      ],
      [
        'dark',
        { ...DESKTOP, colorScheme: 'dark' },
        undefined,
        async (p) => {
          const { background, text } = await colours(p);
          expect(brightness(background)).toBeLessThan(64);
          expect(brightness(text)).toBeGreaterThan(160);
        },
      ],
      [
        'desktop-menu-open',
        DESKTOP,
        async (p) => {
          await p.locator('.submenu-toggle').first().click();
        },
        async (p) => {
          expect(await (await firstMenuLink(p)).isVisible()).toBe(true);
          expect(await p.locator('.submenu-toggle[aria-expanded="true"]').count()).toBe(1);
        },
      ],
    ];
    for (const [name, options, act, check] of shots) {
      const page = await open(options, site());
      await act?.(page);
      await check(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
      await page.context().close();
    }
  });
});
