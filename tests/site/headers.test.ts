import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, META_CONTENT_SECURITY_POLICY, netlifyHeadersFile, SECURITY_HEADERS } from '@/lib/security-headers';
import { samplePaths } from '../support/built-paths';

/** Every file of the built site, as an address (`/privacy/index.html`). */
function siteFiles(dir = 'out', prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? siteFiles(dir, `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}
import { serveBuiltSite } from '../support/serve';
import { builtPage } from './built-site';

describe('npm start serves every page and asset with the defined headers', () => {
  const site = serveBuiltSite();

  it('sends the security headers, the right Content-Type and Cache-Control, and no X-Powered-By or Server', async () => {
    for (const path of [...samplePaths(), '/no-such-page/']) {
      const res = await fetch(site.url() + path);
      expect(res.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      for (const [name, value] of Object.entries(headersFor(path === '/no-such-page/' ? '/404.html' : path)))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('server')).toBeNull();
    }
  });

  it('redirects /privacy to /privacy/ with the security headers', async () => {
    const res = await fetch(`${site.url()}/privacy`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/privacy/');
    expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('serves precompressed text to browsers that accept it', async () => {
    const res = await fetch(`${site.url()}/privacy/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(readFileSync('out/privacy/index.html', 'utf8'));
  });
});

describe('hosts without our server', () => {
  it('get out/_headers, generated from the same definition', () => {
    expect(readFileSync('out/_headers', 'utf8')).toBe(netlifyHeadersFile(siteFiles()));
  });

  it('whose rules never set one header twice for a path (Netlify and Cloudflare Pages join them), nor cache a 404', () => {
    const rules = readFileSync('out/_headers', 'utf8')
      .split(/\n(?=\/)/)
      .filter((block) => block.startsWith('/'))
      .map((block) => {
        const [path, ...lines] = block.trim().split('\n');
        const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
        return { pattern, names: lines.map((line) => line.trim().split(':')[0].toLowerCase()) };
      });
    const addresses = siteFiles().map((path) => path.replace(/index\.html$/, ''));
    for (const address of [...addresses, '/islands/Missing-ABCDEFGH.js', '/_next/static/chunks/missing.css']) {
      const names = rules.filter((rule) => rule.pattern.test(address)).flatMap((rule) => rule.names);
      expect(
        names.filter((name, i) => names.indexOf(name) !== i),
        address,
      ).toEqual([]);
      expect(names, address).toContain('content-security-policy');
      if (address.includes('Missing') || address.includes('missing')) expect(names, address).not.toContain('cache-control');
    }
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
