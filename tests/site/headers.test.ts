import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { netlifyHeadersFile } from '@/lib/host-config';
import { cspHash, headersFor, metaContentSecurityPolicy, SECURITY_HEADERS } from '@/lib/security-headers';
import { samplePaths } from '../support/built-paths';

/** Every file of the built site, as an address (`/privacy/index.html`). */
function siteFiles(dir = 'out', prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? siteFiles(dir, `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}
import { serveBuiltSite } from '../support/serve';
import { builtPage } from './built-site';

/** Every page of the built site (404 and redirect pages included), as a path under out/. */
const PAGES = siteFiles()
  .filter((path) => path.endsWith('.html'))
  .map((path) => path.slice(1));
/** The CSP hashes of a page's inline stylesheets and scripts, from their text as an HTML parser reads it (as a browser does). */
const pageHashes = (path: string) => ({
  styles: builtPage(path)
    .$$('style')
    .map((style) => cspHash(toString(style))),
  scripts: builtPage(path)
    .$$('script')
    .map((script) => cspHash(toString(script))),
});

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
    for (const path of [
      'index.html',
      '404.html',
      'privacy/index.html',
      'privacy/versions/index.html',
      'privacy/versions/2024-10-02/index.html',
      'privacy/versions/2024-10-02/changes/index.html',
    ])
      expect(existsSync(join('out', path)), path).toBe(true);
    for (const path of PAGES) {
      const head = builtPage(path).$$('head > *');
      expect(head[1].properties.httpEquiv, path).toEqual(['Content-Security-Policy']);
      expect(head[1].properties.content, path).toBe(metaContentSecurityPolicy(pageHashes(path)));
    }
  });

  it('no page has an event-handler or style attribute, a script that is not an island module, or an inline style other than its stylesheet', () => {
    for (const path of PAGES) {
      const html = readFileSync(join('out', path), 'utf8');
      expect(html, path).not.toMatch(/<script(?! type="module">)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle="|\son[a-z]+=/i);
      expect(builtPage(path).$$('style'), path).toEqual(builtPage(path).$$('head > style'));
    }
  });
});

describe('the stylesheet and the islands, inline in every page and allowed by their hashes', () => {
  it('are in every page, where the <link> and <script src> were, and no page loads a stylesheet or script any more', () => {
    for (const path of PAGES) {
      const page = builtPage(path);
      expect(page.$$('link[rel~="stylesheet"], script[src], link[rel~="modulepreload"]'), path).toEqual([]);
      expect(page.$$('head > style'), path).toHaveLength(1);
      expect(toString(page.$('head > style')!).length, path).toBeGreaterThan(1000);
    }
    expect(builtPage('privacy/index.html').$$('script[type="module"]').length).toBeGreaterThan(0);
    expect(siteFiles().filter((path) => /\.(css|js)(\.(br|gz))?$/.test(path))).toEqual([]);
  });

  it('are one stylesheet for the whole site, and a handful of island scripts', () => {
    expect(new Set(PAGES.flatMap((path) => pageHashes(path).styles)).size).toBe(1);
    expect(new Set(PAGES.flatMap((path) => pageHashes(path).scripts)).size).toBeLessThanOrEqual(8);
  });

  it("are allowed by each page's <meta> and by nothing else: no header, _headers or nginx config names a hash", () => {
    const headersFile = readFileSync('out/_headers', 'utf8');
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    for (const text of [headersFile, nginx, JSON.stringify(SECURITY_HEADERS)]) expect(text).not.toMatch(/sha256-|unsafe-inline/);
    for (const path of PAGES) {
      const meta = String(builtPage(path).$('meta[http-equiv="Content-Security-Policy"]')!.properties.content);
      expect(meta, path).toBe(metaContentSecurityPolicy(pageHashes(path)));
    }
  });
});

describe('the built site', () => {
  it('holds no hidden file (a host may serve whatever a build leaves in it)', () => {
    expect(siteFiles().filter((path) => /\/\./.test(path))).toEqual([]);
  });
});
