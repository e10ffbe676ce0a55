import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../lib/security-headers';
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

  it('never serve by its own address what is not a page: _headers, precompressed copies, hidden files', async () => {
    for (const path of ['/_headers', '/privacy/index.html.gz', '/privacy/index.html.br', '/.out.stamp.json', '/.git/config', '/404.html']) {
      const res = await fetch(nginx.url + path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(readFileSync('out/404.html', 'utf8'));
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
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    browser = await launch();
    nginx = await startNginx('out');
  });
  afterAll(async () => {
    nginx?.stop();
    await browser?.close();
  });

  const PAGES = () => [
    [inject('siteUrl'), '/privacy/'],
    [inject('siteUrl'), '/no-such-page/'],
    [inject('historyUrl'), '/privacy/versions/'],
    [inject('historyUrl'), '/privacy/versions/2024-10-02/'],
    [inject('historyUrl'), `/privacy/versions/${FIXTURE_V2}/changes/`],
    // The same site through nginx with deploy/nginx.conf.
    ...['/privacy/', '/no-such-page/', '/privacy/versions/', '/privacy/versions/2024-10-02/changes/'].map((path) => [nginx.url, path]),
  ];

  it('reports no violation on any page type, the version comparison included, and applies the inline stylesheet', async () => {
    for (const [base, path] of PAGES()) {
      const where = `${base === nginx.url ? 'nginx' : 'npm start'} ${path}`;
      const page = await browser.newPage(DESKTOP);
      const violations: string[] = [];
      page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const response = await page.goto(base + path, { waitUntil: 'networkidle' });
      // The header carries what a <meta> cannot (frame-ancestors); the page's <meta> allows its inline texts by hash.
      expect(response?.headers()['content-security-policy'], where).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), where).toMatch(
        /script-src 'sha256-[^;]*; style-src 'sha256-/,
      );
      // The real site has one version so far: the comparison exists on the fixture history.
      if (path === '/privacy/versions/' && base === inject('historyUrl')) {
        await page.click('.compare-form button');
        await page.waitForSelector('.compare-result .diff-summary');
      }
      expect(violations, where).toEqual([]);
      // Styled by the page's own <style> (a blocked one has no sheet): Tailwind's preflight takes the
      // browser's 8px body margin away and sizes boxes by their border.
      const styled = await page.evaluate(() => ({
        rules:
          document.querySelector('head > style') instanceof HTMLStyleElement
            ? ((document.querySelector('head > style') as HTMLStyleElement).sheet?.cssRules.length ?? 0)
            : 0,
        stylesheets: document.querySelectorAll('link[rel~="stylesheet"]').length,
        margin: getComputedStyle(document.body).marginTop,
        boxSizing: getComputedStyle(document.body).boxSizing,
      }));
      expect(styled.rules, where).toBeGreaterThan(0);
      expect({ ...styled, rules: 'some' }, where).toEqual({ rules: 'some', stylesheets: 0, margin: '0px', boxSizing: 'border-box' });
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
