import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspHash,
  headersFor,
  metaContentSecurityPolicy,
  nginxConfig,
  nginxCspHashesFile,
  NOTHING_INLINE,
  securityHeaders,
} from './security-headers';

// Stand-ins for the build's hashes (tests/site/headers.test.ts checks the built site's own).
const SHEET = cspHash('body{margin:0}');
const OTHER = cspHash('p{color:red}');
const ISLAND = cspHash('customElements.define("x-y",class extends HTMLElement{})');
const styles = (...list: string[]) => ({ styles: list, scripts: [] });

describe('the header definition', () => {
  it('has a strict CSP: inline scripts and styles only by the hashes given, nothing from elsewhere, no framing', () => {
    // printf 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(SHEET).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    const csp = contentSecurityPolicy({ styles: [SHEET], scripts: [ISLAND] });
    expect(csp).toBe(
      `default-src 'none'; script-src 'self' ${ISLAND}; style-src 'self' ${SHEET}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests`,
    );
    expect(csp).not.toMatch(/unsafe-|nonce-/);
    expect(csp.match(/sha256-/g)).toHaveLength(2);
    expect(contentSecurityPolicy(NOTHING_INLINE)).toContain("script-src 'self'; style-src 'self';");
  });

  it('lists each distinct hash once, in a stable order, and refuses anything else as a hash', () => {
    expect(contentSecurityPolicy(styles(SHEET, OTHER, SHEET))).toBe(contentSecurityPolicy(styles(OTHER, SHEET)));
    expect(contentSecurityPolicy(styles(OTHER, SHEET)).match(/sha256-/g)).toHaveLength(2);
    expect(() => contentSecurityPolicy(styles("'unsafe-inline'"))).toThrow(/Not a CSP sha256 source/);
    expect(() => contentSecurityPolicy({ styles: [], scripts: ["'sha256-x'; script-src *"] })).toThrow(/Not a CSP sha256 source/);
  });

  it('leaves header-only directives out of the <meta> policy, with the same hashes', () => {
    const meta = metaContentSecurityPolicy({ styles: [SHEET], scripts: [ISLAND] });
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain(`script-src 'self' ${ISLAND}; style-src 'self' ${SHEET};`);
    expect(meta).not.toMatch(/unsafe-/);
  });

  it('sends HSTS, nosniff, referrer, permissions, COOP, CORP and frame denial', () => {
    const SECURITY_HEADERS = securityHeaders(styles(SHEET));
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

  it('types and caches each class of file', () => {
    const of = (path: string) => [headersFor(path, styles(SHEET))['Content-Type'], headersFor(path, styles(SHEET))['Cache-Control']];
    expect(of('/privacy/')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    expect(of('/404.html')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    // The stylesheet is inline in every page: a .css file is nothing the site serves.
    expect(of('/_next/static/chunks/abc123.css')).toEqual(['application/octet-stream', 'no-cache']);
    expect(of('/islands/SiteHeader-ABCD1234.js')).toEqual(['text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(of('/privacy/feed.xml')).toEqual(['application/atom+xml; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions.json')).toEqual(['application/json; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions/2024-10-02.md')).toEqual(['text/markdown; charset=utf-8', 'no-cache']);
    expect(of('/favicon.svg')).toEqual(['image/svg+xml', 'public, max-age=86400']);
  });

  it('is what deploy/nginx.conf holds (run npm run deploy:config after changing it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig());
  });

  it("gives nginx the hashes from the built site's own file, not from deploy/nginx.conf", () => {
    const conf = nginxConfig({ root: '/srv/site' });
    expect(conf).toContain('include /srv/site/.nginx-csp-hashes.conf;');
    expect(conf).not.toMatch(/sha256-|unsafe-/);
    const csp = conf.match(/add_header Content-Security-Policy "([^"]*)" always;/g)!;
    expect(new Set(csp)).toEqual(
      new Set([
        `add_header Content-Security-Policy "${contentSecurityPolicy(NOTHING_INLINE)
          .replace("script-src 'self'", 'script-src $privacy_notice_script_src')
          .replace("style-src 'self'", 'style-src $privacy_notice_style_src')}" always;`,
      ]),
    );
    const include = nginxCspHashesFile({ styles: [OTHER, SHEET], scripts: [ISLAND] });
    expect(include).toContain(`map "" $privacy_notice_style_src {\n    default "'self' ${[OTHER, SHEET].sort().join(' ')}";\n}`);
    expect(include).toContain(`map "" $privacy_notice_script_src {\n    default "'self' ${ISLAND}";\n}`);
  });
});
