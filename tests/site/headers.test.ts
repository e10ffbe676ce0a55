import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, META_CONTENT_SECURITY_POLICY, netlifyHeadersFile, SECURITY_HEADERS } from '@/lib/security-headers';
import { createStaticServer } from '@/lib/static-server';
import { builtPage } from './built-site';

const island = `/islands/${readdirSync('out/islands').find((f) => f.endsWith('.js'))}`;
const css = `/_next/static/chunks/${readdirSync('out/_next/static/chunks').find((f) => f.endsWith('.css'))}`;
/** One address of every page type and asset class. */
export const SAMPLE_PATHS = [
  '/privacy/',
  '/privacy/versions/',
  '/privacy/versions/2024-10-02/',
  '/privacy/versions/2024-10-02/changes/',
  css,
  island,
  '/privacy/feed.xml',
  '/privacy/versions.json',
  '/privacy/versions/2024-10-02.md',
  '/favicon.svg',
];

describe('npm start serves every page and asset with the defined headers', () => {
  const server = createStaticServer('out');
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('sends the security headers, the right Content-Type and Cache-Control, and no X-Powered-By or Server', async () => {
    for (const path of [...SAMPLE_PATHS, '/no-such-page/']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      for (const [name, value] of Object.entries(headersFor(path === '/no-such-page/' ? '/404.html' : path)))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('server')).toBeNull();
    }
  });

  it('redirects /privacy to /privacy/ with the security headers', async () => {
    const res = await fetch(`${base}/privacy`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/privacy/');
    expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('serves precompressed text to browsers that accept it', async () => {
    const res = await fetch(`${base}/privacy/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(readFileSync('out/privacy/index.html', 'utf8'));
  });
});

describe('hosts without our server', () => {
  it('get out/_headers, generated from the same definition', () => {
    expect(readFileSync('out/_headers', 'utf8')).toBe(netlifyHeadersFile());
  });

  it('get the CSP as a <meta> as the first thing after the charset, in every page', () => {
    const pages = [
      'index.html',
      '404.html',
      'privacy/index.html',
      'privacy/versions/index.html',
      'privacy/versions/2024-10-02/index.html',
      'privacy/versions/2024-10-02/changes/index.html',
    ];
    for (const path of pages) {
      expect(existsSync(join('out', path)), path).toBe(true);
      const head = builtPage(path).$$('head > *');
      expect(head[1].properties.httpEquiv, path).toEqual(['Content-Security-Policy']);
      expect(head[1].properties.content, path).toBe(META_CONTENT_SECURITY_POLICY);
    }
  });

  it('no page has an inline script, inline style or event-handler attribute the CSP would block', () => {
    for (const path of ['index.html', '404.html', 'privacy/index.html', 'privacy/versions/index.html']) {
      const html = readFileSync(join('out', path), 'utf8');
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, path).not.toMatch(/<style[\s>]|\sstyle="|\son[a-z]+=/i);
    }
  });
});
