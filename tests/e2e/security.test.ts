import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx } from '../../scripts/support/nginx';
import { FIXTURE_V2 } from '../fixtures/history';
import { samplePaths } from '../support/built-paths';
import { DESKTOP, launch } from './browser';

const SAMPLE_PATHS = [...samplePaths(), '/no-such-page/'];
/** Headers that legitimately differ between two servers (dates, validators, lengths, the server's name). */
const VARYING = new Set([
  'date',
  'etag',
  'last-modified',
  'content-length',
  'connection',
  'keep-alive',
  'server',
  'transfer-encoding',
  'accept-ranges',
  'content-encoding',
  'vary',
]);

describe('nginx with deploy/nginx.conf and npm start', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    nginx = await startNginx('out');
  });
  afterAll(() => nginx?.stop());

  it('send identical headers for every page type and asset class', async () => {
    for (const path of SAMPLE_PATHS) {
      const [ours, theirs] = await Promise.all(
        [inject('siteUrl'), nginx.url].map((base) => fetch(base + path, { headers: { 'accept-encoding': 'identity' } })),
      );
      expect(theirs.status, path).toBe(ours.status);
      const relevant = (h: Headers) => Object.fromEntries([...h].filter(([name]) => !VARYING.has(name)));
      expect(relevant(theirs.headers), path).toEqual(relevant(ours.headers));
      expect(await theirs.text(), path).toBe(await ours.text());
    }
  });

  it('redirect /privacy to /privacy/, gzip text, and hide the server version', async () => {
    const redirect = await fetch(`${nginx.url}/privacy`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/privacy/');
    const page = await fetch(`${nginx.url}/privacy/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('server')).toBe('nginx');
  });
});

describe('Content-Security-Policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  const PAGES = [
    [inject('siteUrl'), '/privacy/'],
    [inject('siteUrl'), '/no-such-page/'],
    [inject('historyUrl'), '/privacy/versions/'],
    [inject('historyUrl'), '/privacy/versions/2024-10-02/'],
    [inject('historyUrl'), `/privacy/versions/${FIXTURE_V2}/changes/`],
  ];

  it('reports no violation on any page type, the version comparison included', async () => {
    for (const [base, path] of PAGES) {
      const page = await browser.newPage(DESKTOP);
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (path === '/privacy/versions/') {
        await page.click('.compare-form button');
        await page.waitForSelector('.compare-result .diff-summary');
      }
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });

  it('blocks an injected inline script and inline style', async () => {
    const page = await browser.newPage(DESKTOP);
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.goto(`${inject('siteUrl')}/privacy/`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const el = document.createElement('div');
      el.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 100));
      return {
        script: (window as unknown as { injected?: boolean }).injected === true,
        style: getComputedStyle(el).color === 'rgb(1, 2, 3)',
      };
    });
    expect(ran).toEqual({ script: false, style: false });
    expect(violations.some((v) => v.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });
});
