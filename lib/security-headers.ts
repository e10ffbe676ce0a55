/**
 * The one definition of the HTTP headers the site is served with: what `npm start` sends, what
 * `out/_headers` and `deploy/nginx.conf` give the hosts (lib/host-config.ts), and the CSP <meta> each page
 * carries. The headers are the same for every build: what a page has inline (its stylesheet, its island
 * scripts) is allowed by hash in that page's own <meta> policy only, so no hash ever leaves the page it
 * is about, and no server needs to be told about a rebuild.
 */
import { createHash } from 'node:crypto';

/** The CSP source allowing an inline <style> or <script> whose text is exactly `text`: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A CSP hash source, as cspHash writes it. */
export const CSP_HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** The hashes of what one page has inline: its stylesheet and its island scripts. */
export interface InlineHashes {
  styles: readonly string[];
  scripts: readonly string[];
}

/**
 * The header policy: only directives that do not depend on a page's inline content. Browsers enforce
 * it together with the page's <meta> policy (each must allow a load), so it adds what a <meta> cannot
 * carry (frame-ancestors) and holds for responses that are not pages.
 */
const HEADER_CSP = "base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

/** A directive's sources: what is inline with these hashes (no file of the site is a script or a stylesheet). */
function hashSources(hashes: readonly string[]): string {
  for (const hash of hashes) if (!CSP_HASH.test(hash)) throw new Error(`Not a CSP sha256 source: ${hash}`);
  const sorted = [...new Set(hashes)].sort();
  return sorted.length > 0 ? sorted.join(' ') : "'none'";
}

/**
 * The page's own policy, for <meta http-equiv="Content-Security-Policy">: nothing loads but what the page
 * has inline, allowed by hash (never 'unsafe-inline'), its images and the JSON the version comparison
 * fetches from this site.
 */
export function metaContentSecurityPolicy(hashes: InlineHashes): string {
  return [
    "default-src 'none'",
    `script-src ${hashSources(hashes.scripts)}`,
    `style-src ${hashSources(hashes.styles)}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/** Powerful features the notice never uses, all denied. (Clipboard writing stays allowed for "copy link".) */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': HEADER_CSP,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

/** How each kind of file is typed and cached: caches revalidate (ETag) before reusing any of them, but the icon. Order matters: the first match wins. */
export const ASSET_CLASSES = [
  { name: 'feed', pattern: /\.xml$/, type: 'application/atom+xml; charset=utf-8', cache: 'no-cache' },
  { name: 'json', pattern: /\.json$/, type: 'application/json; charset=utf-8', cache: 'no-cache' },
  { name: 'markdown', pattern: /\.md$/, type: 'text/markdown; charset=utf-8', cache: 'no-cache' },
  { name: 'svg', pattern: /\.svg$/, type: 'image/svg+xml', cache: 'public, max-age=86400' },
  { name: 'html', pattern: /(\/|\.html)$/, type: 'text/html; charset=utf-8', cache: 'no-cache' },
  // Anything else the build might copy from public/: never guessed to be a page.
  { name: 'other', pattern: /$/, type: 'application/octet-stream', cache: 'no-cache' },
] as const;

/** The class of the file at `pathname` (as requested: `/privacy/`, `/privacy/feed.xml`, …). */
export function assetClass(pathname: string): (typeof ASSET_CLASSES)[number] {
  return ASSET_CLASSES.find((a) => a.pattern.test(pathname))!;
}

/**
 * Files in out/ that are never served by their own URL: the hosts' `_headers`, the precompressed copies
 * (served in place of their file), the 404 page's own address (it is the answer to every missing path).
 */
export const NEVER_SERVED = /^\/_headers$|\.(br|gz)$|\/\.|^\/404(\.html|\/.*)$/;

/** True for a (decoded, normalised) path that answers 404 even though a file of that name exists. */
export function isNeverServed(pathname: string): boolean {
  return NEVER_SERVED.test(pathname);
}

/** All headers for a response to `pathname`. */
export function headersFor(pathname: string): Record<string, string> {
  const asset = assetClass(pathname);
  return { ...SECURITY_HEADERS, 'Content-Type': asset.type, 'Cache-Control': asset.cache };
}
