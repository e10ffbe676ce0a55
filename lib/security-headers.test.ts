import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFor, META_CONTENT_SECURITY_POLICY, nginxConfig, SECURITY_HEADERS } from './security-headers';

describe('the header definition', () => {
  it('has a strict CSP: nothing inline, nothing from elsewhere, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|sha256-|nonce-/);
  });

  it('leaves header-only directives out of the <meta> policy', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('sends HSTS, nosniff, referrer, permissions, COOP, CORP and frame denial', () => {
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
    const of = (path: string) => [headersFor(path)['Content-Type'], headersFor(path)['Cache-Control']];
    expect(of('/privacy/')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    expect(of('/404.html')).toEqual(['text/html; charset=utf-8', 'no-cache']);
    expect(of('/_next/static/chunks/abc123.css')).toEqual(['text/css; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(of('/islands/SiteHeader-ABCD1234.js')).toEqual(['text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(of('/privacy/feed.xml')).toEqual(['application/atom+xml; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions.json')).toEqual(['application/json; charset=utf-8', 'no-cache']);
    expect(of('/privacy/versions/2024-10-02.md')).toEqual(['text/markdown; charset=utf-8', 'no-cache']);
    expect(of('/favicon.svg')).toEqual(['image/svg+xml', 'public, max-age=86400']);
  });

  it('is what deploy/nginx.conf holds (run npm run deploy:config after changing it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig());
  });
});
