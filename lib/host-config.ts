/**
 * The static hosts' configuration, from the one header definition (lib/security-headers.ts): `out/_headers`
 * for Cloudflare Pages and Netlify, and `deploy/nginx.conf` for an nginx host. Both are complete as written:
 * the headers are the same for every build, so nothing is read from the served tree and nothing needs
 * reloading after a deploy.
 */
import { ASSET_CLASSES, assetClass, isNeverServed, NEVER_SERVED, SECURITY_HEADERS } from './security-headers';

/**
 * `out/_headers`, from the files of the built site (`/privacy/index.html`, …). Those hosts join the values
 * of every rule that matches a path, so no header is set by two rules: the security headers for `/*`, and
 * Cache-Control (and a Content-Type the host would not guess) for each file's exact address. A missing
 * file matches no exact rule: its 404 is never cached as an asset.
 */
export function netlifyHeadersFile(sitePaths: string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  const GUESSED_BY_HOSTS = new Set(['html', 'json', 'svg']);
  const exact = [...sitePaths]
    .filter((path) => !isNeverServed(path) && path !== '/404.html')
    .sort()
    .map((path) => {
      const address = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      const asset = assetClass(address);
      return block(address, { ...(GUESSED_BY_HOSTS.has(asset.name) ? {} : { 'Content-Type': asset.type }), 'Cache-Control': asset.cache });
    });
  return [
    '# Generated from lib/security-headers.ts by scripts/post-build.ts: edit that module, not this file.',
    block('/*', SECURITY_HEADERS),
    ...exact,
  ].join('\n');
}

/**
 * `deploy/nginx.conf`: a complete server block (for the `http` context) serving out/ with the site's
 * headers. nginx drops server-level add_header lines in a location that has its own, so each location
 * repeats them.
 */
export function nginxConfig({ root = '/srv/privacy-notice/out', listen = '80' }: { root?: string; listen?: string } = {}): string {
  const block = (lines: string[], indent: string) => lines.map((l) => `${indent}${l}`).join('\n');
  const headerLines = (cache: string) => [
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`),
    `add_header Cache-Control "${cache}" always;`,
  ];
  // The bare type; the charset directive adds "; charset=utf-8" (gzip_types matches bare types only).
  const bare = (type: string) => type.split(';')[0];
  const html = ASSET_CLASSES.find((a) => a.name === 'html')!;
  const other = ASSET_CLASSES.find((a) => a.name === 'other')!;
  const regex = (pattern: RegExp) => `"${pattern.source.replaceAll('\\/', '/')}"`;
  const location = (match: string, asset: (typeof ASSET_CLASSES)[number], types: string) =>
    `    # ${asset.name}\n    location ${match} {\n        ${types}\n${block(headerLines(asset.cache), '        ')}\n    }`;
  return `# Generated from lib/host-config.ts (npm run deploy:config; a test keeps it in step): edit that module, not this file.
# Serves the exported site (out/) with the site's headers; include it in the http block. Complete as it is:
# a new out/ needs no reload. Put TLS in front of it, or add "listen 443 ssl" and certificates here.
server {
    listen ${listen};
    server_name _;
    root ${root};
    index index.html;
    server_tokens off;
    absolute_redirect off;

    charset utf-8;
    charset_types text/javascript application/json application/atom+xml text/markdown;

    # The build precompresses text files (.gz next to each): serve those, compress the rest on the fly.
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types application/json application/atom+xml text/markdown image/svg+xml;

    # nginx's own answers (a malformed request's 400, a redirect, a 405) carry the headers of a page.
${block(headerLines(html.cache), '    ')}

    if ($request_method !~ ^(GET|HEAD)$) {
        return 405;
    }

    error_page 404 /404.html;
    error_page 403 =404 /404.html;
    location = /404.html {
        internal;
        types { } default_type ${bare(html.type)};
${block(headerLines(html.cache), '        ')}
    }

    # Not pages: the hosts' _headers, precompressed copies (served in place of their file), dotfiles.
    location ~ ${regex(NEVER_SERVED)} {
        return 404;
    }

${ASSET_CLASSES.filter((a) => a !== html && a !== other)
  .map((a) => location(`~ ${regex(a.pattern)}`, a, `types { } default_type ${bare(a.type)};`))
  .join('\n\n')}

    # Pages: /privacy is answered 301 /privacy/, /privacy/ with its index.html; any other file is never guessed to be a page.
${location('/', html, `types { ${bare(html.type)} html; } default_type ${other.type};`)}
}
`;
}
