/**
 * The one definition of the HTTP headers the site is served with. It produces what `npm start`'s server
 * sends (lib/static-server.ts), `out/_headers` for Netlify / Cloudflare Pages-style hosts,
 * `deploy/nginx.conf` (with the build's out/.nginx-csp-hashes.conf), and the CSP <meta> each page carries
 * for hosts that cannot set headers. The one input is the hashes of the pages' inline stylesheet and
 * island scripts, which the build computes from what it inlines (lib/csp-hashes.ts).
 */
import { createHash } from 'node:crypto';

/** The CSP source allowing an inline <style> or <script> whose text is exactly `text`: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A CSP hash source, as cspHash writes it. */
export const CSP_HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** The hashes of a site's inline stylesheets and inline scripts: all that may run or apply inline. */
export interface InlineHashes {
  styles: readonly string[];
  scripts: readonly string[];
}

/** A site with nothing inline. */
export const NOTHING_INLINE: InlineHashes = { styles: [], scripts: [] };

/**
 * Content-Security-Policy directives, with the sources of `script-src` and `style-src` given. What is
 * inline (each page's stylesheet, its island scripts) is allowed by its hash, never by 'unsafe-inline'.
 */
function cspDirectives(scriptSrc: string[], styleSrc: string[]): [string, ...string[]][] {
  return [
    ['default-src', "'none'"],
    ['script-src', ...scriptSrc],
    ['style-src', ...styleSrc],
    ['img-src', "'self'", 'data:'],
    // The version comparison fetches sections.json from this site.
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ['upgrade-insecure-requests'],
  ];
}

/** A directive's sources: this site's files, and what is inline with these hashes. */
function sources(hashes: readonly string[]): string[] {
  for (const hash of hashes) if (!CSP_HASH.test(hash)) throw new Error(`Not a CSP sha256 source: ${hash}`);
  return ["'self'", ...[...new Set(hashes)].sort()];
}

const directivesFor = (hashes: InlineHashes) => cspDirectives(sources(hashes.scripts), sources(hashes.styles));

/** Directives a <meta http-equiv> policy cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (directives: string[][]) => directives.map((d) => d.join(' ')).join('; ');

/** The CSP header value, allowing the inline stylesheets and scripts with these hashes. */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  return serialize(directivesFor(hashes));
}
/** The same policy for <meta http-equiv="Content-Security-Policy">, minus header-only directives. */
export function metaContentSecurityPolicy(hashes: InlineHashes): string {
  return serialize(directivesFor(hashes).filter(([name]) => !HEADER_ONLY.has(name)));
}

/** Powerful features the notice never uses, all denied. (Clipboard writing stays allowed for "copy link".) */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
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

/** Sent with every response, given the CSP (contentSecurityPolicy). */
function securityHeadersWith(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** Per hashes object: a server asks for every response, with the same object until the site is rebuilt. */
const securityHeadersOf = new WeakMap<InlineHashes, Readonly<Record<string, string>>>();

/** Sent with every response, for a site whose pages carry inline stylesheets and scripts with these hashes. */
export function securityHeaders(hashes: InlineHashes): Readonly<Record<string, string>> {
  let headers = securityHeadersOf.get(hashes);
  if (!headers) securityHeadersOf.set(hashes, (headers = Object.freeze(securityHeadersWith(contentSecurityPolicy(hashes)))));
  return headers;
}

/** How each kind of file is typed and cached. Order matters: the first match wins. */
export const ASSET_CLASSES = [
  // Content-hashed: the name changes whenever the bytes do, so caches keep them for good. (The build puts
  // the stylesheet and the island scripts inline in each page: no .css file is served, nor a page's island.)
  {
    name: 'hashed script',
    pattern: /^\/islands\/[\w-]+-[A-Z0-9]{8}\.js$/,
    type: 'text/javascript; charset=utf-8',
    cache: 'public, max-age=31536000, immutable',
  },
  // Everything else may change with a new version: caches revalidate (ETag) before using it.
  { name: 'feed', pattern: /\.xml$/, type: 'application/atom+xml; charset=utf-8', cache: 'no-cache' },
  { name: 'json', pattern: /\.json$/, type: 'application/json; charset=utf-8', cache: 'no-cache' },
  { name: 'markdown', pattern: /\.md$/, type: 'text/markdown; charset=utf-8', cache: 'no-cache' },
  { name: 'svg', pattern: /\.svg$/, type: 'image/svg+xml', cache: 'public, max-age=86400' },
  { name: 'html', pattern: /(\/|\.html)$/, type: 'text/html; charset=utf-8', cache: 'no-cache' },
  // Anything else the build might copy from public/: never guessed to be a page.
  { name: 'other', pattern: /$/, type: 'application/octet-stream', cache: 'no-cache' },
] as const;

/**
 * Files in out/ that are not pages and are never served by their own URL: the hosts' `_headers`, the
 * precompressed copies (served in place of their file), dotfiles (the build stamp), the 404 page's own
 * address (it is the answer to every missing path, with status 404).
 */
export const NEVER_SERVED = /^\/_headers$|\.(br|gz)$|\/\.|^\/404(\.html|\/.*)$/;

/** True for a (decoded, normalised) path that answers 404 even though a file of that name exists. */
export function isNeverServed(pathname: string): boolean {
  return NEVER_SERVED.test(pathname);
}

/**
 * All headers for a response to `pathname` (as requested: `/privacy/`, `/islands/x-HASH.js`, …) from a
 * site whose inline stylesheets and scripts have these hashes.
 */
export function headersFor(pathname: string, hashes: InlineHashes): Record<string, string> {
  const asset = ASSET_CLASSES.find((a) => a.pattern.test(pathname))!;
  return { ...securityHeaders(hashes), 'Content-Type': asset.type, 'Cache-Control': asset.cache };
}

/**
 * `out/_headers` for Netlify and Cloudflare Pages, from the files of the built site (`/privacy/index.html`, …).
 * Those hosts join the values of every rule that matches a path, so no header is set by two rules: the
 * security headers for `/*`, and Cache-Control (and a Content-Type the host would not guess) for each
 * file's exact address. A missing file matches no exact rule: its 404 is never cached as an asset.
 */
export function netlifyHeadersFile(sitePaths: string[], hashes: InlineHashes): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  const GUESSED_BY_HOSTS = new Set(['html', 'hashed script', 'json', 'svg']);
  const exact = [...sitePaths]
    .filter((path) => !isNeverServed(path) && path !== '/404.html')
    .sort()
    .map((path) => {
      const address = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      const asset = ASSET_CLASSES.find((a) => a.pattern.test(address))!;
      return block(address, { ...(GUESSED_BY_HOSTS.has(asset.name) ? {} : { 'Content-Type': asset.type }), 'Cache-Control': asset.cache });
    });
  return [
    '# Generated from lib/security-headers.ts by scripts/post-build.ts: edit that module, not this file.',
    block('/*', securityHeaders(hashes)),
    ...exact,
  ].join('\n');
}

/** The file the build writes into the site for nginx: `map`s giving `script-src` and `style-src` their hashes (a dotfile: never served). */
export const NGINX_CSP_HASHES_FILE = '.nginx-csp-hashes.conf';
/** The nginx variables holding `script-src`'s and `style-src`'s sources. */
const NGINX_SCRIPT_SRC = '$privacy_notice_script_src';
const NGINX_STYLE_SRC = '$privacy_notice_style_src';

/** out/.nginx-csp-hashes.conf: `script-src`'s and `style-src`'s sources for deploy/nginx.conf, from the build's hashes. */
export function nginxCspHashesFile(hashes: InlineHashes): string {
  const map = (variable: string, list: readonly string[]) => `map "" ${variable} {\n    default "${sources(list).join(' ')}";\n}\n`;
  return `# Generated by scripts/post-build.ts from the hashes of what the pages have inline; deploy/nginx.conf includes it.
${map(NGINX_SCRIPT_SRC, hashes.scripts)}${map(NGINX_STYLE_SRC, hashes.styles)}`;
}

/** Statuses nginx answers with its own short page: each gets the headers of an HTML page, like npm start's. */
const NGINX_ERROR_STATUSES = [405, 412, 413];

/**
 * `deploy/nginx.conf`: `map`s and a complete server block (all for the `http` context) serving out/
 * with the same headers and the same answers as `npm start`, to good requests and bad ones alike.
 * nginx drops server-level add_header lines in a location that has its own, so each location repeats them.
 * The CSP's hashes change with the CSS and the islands, so they come from the built site
 * (nginxCspHashesFile), not from this file, which changes only with this module.
 */
export function nginxConfig({ root = '/srv/privacy-notice/out', listen = '80' }: { root?: string; listen?: string } = {}): string {
  const securityLines = Object.entries(securityHeadersWith(serialize(cspDirectives([NGINX_SCRIPT_SRC], [NGINX_STYLE_SRC])))).map(
    ([k, v]) => `add_header ${k} "${v}" always;`,
  );
  const headerLines = (cache: string) => [...securityLines, `add_header Cache-Control "${cache}" always;`];
  const block = (lines: string[], indent: string) => lines.map((l) => `${indent}${l}`).join('\n');
  const location = (match: string, asset: (typeof ASSET_CLASSES)[number], extra: string[] = []) =>
    [
      `    # ${asset.name}`,
      `    location ${match} {`,
      // The bare type here; the charset directive adds "; charset=utf-8" (gzip_types matches bare types only).
      `        types { } default_type ${asset.type.split(';')[0]};`,
      block([...headerLines(asset.cache), ...extra], '        '),
      '    }',
    ].join('\n');
  const html = ASSET_CLASSES.find((a) => a.name === 'html')!;
  const other = ASSET_CLASSES.find((a) => a.name === 'other')!;
  const regex = (pattern: RegExp) => `"${pattern.source.replaceAll('\\/', '/')}"`;
  return `# Generated from lib/security-headers.ts (npm run build writes it; a test keeps it in step): edit that module, not this file.
# Serves the exported site (out/) with the same headers and answers as \`npm start\`; include it in the
# http block. Put TLS in front of it, or add "listen 443 ssl" and certificates here; HSTS is sent either way.

# The CSP allows each page's inline stylesheet and scripts by their hashes, which the build writes beside
# the site: after deploying a new out/, reload nginx (nginx -s reload) so that it reads them.
include ${root}/${NGINX_CSP_HASHES_FILE};

# "Allow" goes on 405 answers only (an empty value sends no header).
map $status $privacy_notice_allow {
    405 "GET, HEAD";
    default "";
}

server {
    listen ${listen};
    server_name _;
    root ${root};
    index index.html;
    server_tokens off;
    absolute_redirect off;

    charset utf-8;
    charset_types text/css text/javascript application/json application/atom+xml text/markdown;

    # The build precompresses text files (.gz next to each): serve those, compress the rest on the fly.
    gzip_static on;
    gzip on;
    gzip_comp_level 6;
    gzip_vary on;
    gzip_types text/css text/javascript application/json application/atom+xml text/markdown image/svg+xml;

    # Ranges and conditions as npm start answers them (RFC 9110): one range per request (several get the
    # whole file, not a multipart answer); If-Modified-Since compared by order, not exact equality.
    max_ranges 1;
    if_modified_since before;

    # Answers made before a location is chosen (a malformed request's 400 or 414, an unknown method's 405)
    # and the error answers below carry the headers of an HTML page too.
${block(headerLines(html.cache), '    ')}
    add_header Allow $privacy_notice_allow always;

    # Only GET and HEAD: every other method is 405, whatever the path.
    if ($request_method !~ ^(GET|HEAD)$) {
        return 405;
    }

    # Missing files, and folders without a page, get the site's 404 page.
    error_page 404 /404.html;
    error_page 403 =404 /404.html;
    location = /404.html {
        internal;
        types { } default_type ${html.type.split(';')[0]};
${block(headerLines(html.cache), '        ')}
    }

    # Error answers of a location (a 416 for a script, say) take the HTML page headers, not its caching.
${NGINX_ERROR_STATUSES.map((status) => `    error_page ${status} @status${status};\n    location @status${status} {\n${block([...headerLines(html.cache), `add_header Allow $privacy_notice_allow always;`, `return ${status};`], '        ')}\n    }`).join('\n')}

    # A 416 keeps the headers its file's location added before the range was found unsatisfiable: adding
    # them again would send each twice (an empty add_header stops the server-level ones being inherited).
    error_page 416 @status416;
    location @status416 {
        add_header X-Range-Not-Satisfiable "" always;
        return 416;
    }

    # Files that are not pages: the hosts' _headers, precompressed copies (served in place of their file), dotfiles.
    location ~ ${regex(NEVER_SERVED)} {
        return 404;
    }

${ASSET_CLASSES.filter((a) => a !== html && a !== other)
  // The same regular expressions npm start's server uses, in the same order (nginx takes the first match).
  .map((a) => location(`~ ${regex(a.pattern)}`, a))
  .join('\n\n')}

    # Pages: /privacy is answered 301 /privacy/ (nginx's directory redirect), /privacy/ with its index.html;
    # any other file is ${other.type}, never guessed to be a page.
    location / {
        types { ${html.type.split(';')[0]} html; } default_type ${other.type};
${block(headerLines(html.cache), '        ')}
    }
}
`;
}
