import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxConfig, netlifyHeadersFile } from './host-config';
import { cspHash, headersFor, metaContentSecurityPolicy, SECURITY_HEADERS } from './security-headers';

// Stand-ins for a page's inline texts (tests/site/headers.test.ts checks the built pages' own).
const SHEET = cspHash('body{margin:0}');
const OTHER = cspHash('p{color:red}');
const ISLAND = cspHash('customElements.define("x-y",class extends HTMLElement{})');

describe("a page's <meta> policy", () => {
  it('allows what the page has inline by hash only, nothing from elsewhere', () => {
    // printf 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(SHEET).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(metaContentSecurityPolicy({ styles: [SHEET], scripts: [ISLAND] })).toBe(
      `default-src 'none'; script-src ${ISLAND}; style-src ${SHEET}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; upgrade-insecure-requests`,
    );
  });

  it("lists each distinct hash once, in a stable order; 'none' when nothing is inline; refuses anything else as a hash", () => {
    const styles = (...list: string[]) => metaContentSecurityPolicy({ styles: list, scripts: [] });
    expect(styles(SHEET, OTHER, SHEET)).toBe(styles(OTHER, SHEET));
    expect(styles(OTHER, SHEET).match(/sha256-/g)).toHaveLength(2);
    expect(styles()).toContain("script-src 'none'; style-src 'none';");
    expect(() => styles("'unsafe-inline'")).toThrow(/Not a CSP sha256 source/);
    expect(() => metaContentSecurityPolicy({ styles: [], scripts: ["'sha256-x'; script-src *"] })).toThrow(/Not a CSP sha256 source/);
  });

  it('carries no header-only directive (browsers ignore frame-ancestors in a <meta>)', () => {
    expect(metaContentSecurityPolicy({ styles: [SHEET], scripts: [] })).not.toMatch(/frame-ancestors|report-uri|sandbox|unsafe-/);
  });
});

describe('the headers', () => {
  it('are the same for every build: no hash, nothing that depends on what a page has inline', () => {
    expect(JSON.stringify(SECURITY_HEADERS)).not.toMatch(/sha256|unsafe-|nonce-/);
    // Only directives that cannot block what a page's own policy allows (those would need its hashes).
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
      "base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('send HSTS, nosniff, referrer, permissions, COOP, CORP and frame denial', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/^(?:[a-z-]+=\(\), )+[a-z-]+=\(\)$/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
  });

  it('type and cache each class of file', () => {
    const of = (path: string) => [headersFor(path)['Content-Type'], headersFor(path)['Cache-Control']];
    expect(of('/privacy/')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    expect(of('/404.html')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    // The stylesheet and the islands are inline in every page: a .css or .js file is nothing the site serves.
    expect(of('/_next/static/chunks/abc123.css')).toEqual(['application/octet-stream', 'no-cache']);
    expect(of('/islands/SiteHeader-ABCD1234.js')).toEqual(['application/octet-stream', 'no-cache']);
    expect(of('/privacy/feed.xml')).toEqual(['application/atom+xml; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions.json')).toEqual(['application/json; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions/2024-10-02.md')).toEqual(['text/markdown; charset=utf-8', 'no-cache']);
    expect(of('/favicon.svg')).toEqual(['image/svg+xml', 'public, max-age=86400']);
  });
});

describe('the host configs', () => {
  it('are what deploy/nginx.conf holds (run npm run deploy:config after changing them)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig());
  });

  it('give nginx a complete server block: no include, every header as defined', () => {
    const conf = nginxConfig({ root: '/srv/site' });
    expect(conf).not.toMatch(/^\s*include\b/m);
    expect(conf).toContain('root /srv/site;');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(conf).toContain(`add_header ${name} "${value}" always;`);
  });

  it('give _headers hosts the security headers for every path and caching per file', () => {
    const file = netlifyHeadersFile([
      '/privacy/index.html',
      '/favicon.svg',
      '/privacy/versions/2024-10-02.md',
      '/privacy/index.html.br',
      '/404.html',
    ]);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${SECURITY_HEADERS['Content-Security-Policy']}\n`);
    expect(file).toContain('/privacy/\n  Cache-Control: no-cache\n');
    expect(file).toContain('/favicon.svg\n  Cache-Control: public, max-age=86400\n');
    expect(file).toContain('/privacy/versions/2024-10-02.md\n  Content-Type: text/markdown; charset=utf-8\n  Cache-Control: no-cache\n');
    expect(file).not.toMatch(/\.br\n|404\.html/);
  });
});
