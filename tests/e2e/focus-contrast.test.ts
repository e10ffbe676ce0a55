import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { PAGE_TYPES, pageUrl } from './page-types';

/**
 * WCAG 2.4.11 / 2.4.13: tabbing through every page type, each focused control shows an indicator that
 * differs from its unfocused look by at least 3:1, over an area at least a 2px line around it. Measured on
 * pixels, as the criterion is: a screenshot of the control and its surroundings focused, then unfocused.
 */
const PAD = 8;
/** Tab stops checked per page; the notice has about a hundred. */
const MAX_STOPS = 150;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

function luminance(r: number, g: number, b: number): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

async function pixels(png: Buffer) {
  return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** Pixels whose colour changed by ≥ 3:1 between the focused and unfocused screenshots. */
async function changedPixels(focused: Buffer, unfocused: Buffer): Promise<number> {
  const [a, b] = await Promise.all([pixels(focused), pixels(unfocused)]);
  let count = 0;
  for (let i = 0; i + 2 < Math.min(a.data.length, b.data.length); i += 3) {
    const la = luminance(a.data[i], a.data[i + 1], a.data[i + 2]);
    const lb = luminance(b.data[i], b.data[i + 1], b.data[i + 2]);
    if (contrast(la, lb) >= 3) count++;
  }
  return count;
}

async function checkPage(page: Page): Promise<string[]> {
  const weak: string[] = [];
  const seen = new Set<string>();
  for (let stop = 0; stop < MAX_STOPS; stop++) {
    await page.keyboard.press('Tab');
    const target = await page.evaluate((pad) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.focusProbe = '';
      // Browsers scroll a focused control just into view; its ring, outside it, may be cut at the edge.
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      // A link wrapping over lines is outlined as one shape: its boxes' perimeters, less the edges lines share.
      const boxes = [...el.getClientRects()];
      const perimeter = boxes.reduce(
        (sum, box, i) =>
          sum +
          2 * (box.width + box.height) -
          (i > 0 ? 2 * Math.max(0, Math.min(box.right, boxes[i - 1].right) - Math.max(box.left, boxes[i - 1].left)) : 0),
        0,
      );
      return {
        perimeter,
        key: `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 40)} ${Math.round(r.top + scrollY)}`,
        name: `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`,
        clip: {
          x: Math.max(0, r.left - pad),
          y: Math.max(0, r.top - pad),
          width: Math.min(innerWidth, r.right + pad) - Math.max(0, r.left - pad),
          height: Math.min(innerHeight, r.bottom + pad) - Math.max(0, r.top - pad),
        },
      };
    }, PAD);
    if (!target) continue;
    if (seen.has(target.key)) break; // back at the start: every stop is done
    seen.add(target.key);
    if (target.clip.width <= 0 || target.clip.height <= 0) {
      weak.push(`${target.name}: focused but not in view`);
      continue;
    }
    const focused = await page.screenshot({ clip: target.clip, animations: 'disabled', caret: 'hide' });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const unfocused = await page.screenshot({ clip: target.clip, animations: 'disabled', caret: 'hide' });
    // A 2px line around the control (its perimeter times two), at the least.
    const needed = 2 * Math.min(target.perimeter, 2 * (target.clip.width + target.clip.height));
    const changed = await changedPixels(focused, unfocused);
    if (changed < needed) weak.push(`${target.name}: ${changed} px at ≥3:1, needs ${Math.round(needed)}`);
    // Focus back where it was (with keyboard modality, so :focus-visible holds), for the next Tab.
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-focus-probe]')!;
      delete el.dataset.focusProbe;
      el.focus();
    });
  }
  return weak;
}

describe('focus indicators have 3:1 contrast against what they cover', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const pageType of PAGE_TYPES) {
      it(`${pageType.name}, ${colorScheme}`, { timeout: 120_000 }, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, reducedMotion: 'reduce' });
        await page.goto(pageUrl(pageType), { waitUntil: 'networkidle' });
        expect(await checkPage(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
