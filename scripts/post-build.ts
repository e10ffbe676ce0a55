/**
 * Runs after `next build`: strips Next's client runtime and RSC payload from out/, so visitors get
 * HTML only; puts the stylesheet and the island modules inline in each page (no request before the
 * first paint) and removes the .css files; puts the CSP, allowing what is inline by its hashes, in each
 * page as a <meta>; writes each published version's Markdown, byte for byte, to /privacy/versions/YYYY-MM-DD.md,
 * and beside it a plain Markdown rendering for reading (YYYY-MM-DD.plain.md); writes out/_headers;
 * precompresses text files (.br, .gz) for the servers that serve them; and records the hashes for the
 * servers (out/.csp-hashes.json for npm start, out/.nginx-csp-hashes.conf for nginx). Fails if a page
 * still points at a missing file.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotli, gzip } from '../lib/compression';
import { loadContent } from '../lib/checker';
import { plainMarkdown } from '../lib/content/markdown';
import { formatDate } from '../lib/dates';
import { urls } from '../lib/urls';
import { metaContentSecurityPolicy, netlifyHeadersFile, NGINX_CSP_HASHES_FILE, nginxCspHashesFile } from '../lib/security-headers';
import { finishExportedPage } from '../lib/exported-page';
import { writeCspHashes } from '../lib/csp-hashes';
import { pruneStylesheet, WHOLE_STYLESHEET_FILE } from '../lib/unused-css';

/** The exported site: out/, or $OUT_DIR for fixture builds. */
const OUT = process.env.OUT_DIR ?? 'out';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

if (!existsSync(OUT)) throw new Error('out/ does not exist: run next build first.');

let pages = 0;
let removed = 0;
/** The text of each file inlined, by its path: read once for all the pages that use it. */
const inlined = new Map<string, string>();
const hashes = { styles: new Set<string>(), scripts: new Set<string>() };
// Next's stylesheets and the island modules, by URL.
const inline = (url: string) => {
  const file = join(OUT, url);
  if (!/^\/(_next\/.*\.css|islands\/[\w-]+\.js)$/.test(url) || !existsSync(file))
    throw new Error(`post-build: a page refers to ${url}, not a stylesheet or island of this build.`);
  if (!inlined.has(file)) inlined.set(file, readFileSync(file, 'utf8'));
  return inlined.get(file)!;
};
for (const path of [...files(OUT)]) {
  const rel = relative(OUT, path);
  if (path.endsWith('.html')) {
    const page = await finishExportedPage(readFileSync(path, 'utf8'), {
      inline,
      pruneStyles: pruneStylesheet,
      contentSecurityPolicy: metaContentSecurityPolicy,
    });
    writeFileSync(path, page.html);
    page.hashes.styles.forEach((hash) => hashes.styles.add(hash));
    page.hashes.scripts.forEach((hash) => hashes.scripts.add(hash));
    pages++;
  } else if (
    // RSC payloads (index.txt, __next.*.txt), Next's JS chunks and build manifests, the island manifest.
    /(^|\/)(index|__next\.[^/]*)\.txt$/.test(rel) ||
    (rel.startsWith('_next/') && rel.endsWith('.js')) ||
    rel === 'islands/manifest.json'
  ) {
    rmSync(path);
    removed++;
  }
}
// The Markdown of every published version, exactly as stored (its sha256 is in versions.json).
const { versions } = loadContent({ production: true });
for (const version of versions) {
  writeFileSync(join(OUT, urls.markdown(version.date)), readFileSync(version.file));
  const plain = plainMarkdown(version.source, { title: version.title, revised: formatDate(version.date) });
  writeFileSync(join(OUT, urls.plainMarkdown(version.date)), plain);
}

// Every page has its share of the stylesheet inline now: the files are no longer requested. (The island
// files stay, though no page loads them now: the browser tests and the servers' checks use one as a hashed
// script.) The whole stylesheet is kept as a dotfile, never served: the browser tests check that each
// page looks the same with it as with its share.
const inlinedCss = [...inlined.keys()].filter((file) => file.endsWith('.css'));
const wholeStylesheet = inlinedCss.map((file) => inlined.get(file)).join('\n');
for (const file of inlinedCss) rmSync(file);
removed += inlinedCss.length;
const inlineHashes = { styles: [...hashes.styles], scripts: [...hashes.scripts] };

// Next's internal not-found route duplicates 404.html.
rmSync(join(OUT, '_not-found'), { recursive: true, force: true });
removeEmptyDirs(join(OUT, '_next'));

// Every local asset a page refers to must still exist.
const missing: string[] = [];
for (const path of files(OUT)) {
  if (!path.endsWith('.html')) continue;
  for (const [, url] of readFileSync(path, 'utf8').matchAll(/(?:src|href)="(\/[^"#?]*)/g)) {
    const target = join(OUT, url);
    if (!existsSync(target) && !existsSync(join(target, 'index.html'))) missing.push(`${relative(OUT, path)} → ${url}`);
  }
}
// Headers for hosts that read a _headers file (Netlify, Cloudflare Pages).
writeFileSync(
  join(OUT, '_headers'),
  netlifyHeadersFile(
    [...files(OUT)].map((path) => `/${relative(OUT, path)}`),
    inlineHashes,
  ),
);

// Precompressed copies, served by npm start and nginx to browsers that accept them.
let compressed = 0;
for (const path of [...files(OUT)]) {
  if (!/\.(html|css|js|json|xml|md|svg)$/.test(path)) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotli(bytes));
  writeFileSync(`${path}.gz`, gzip(bytes));
  compressed++;
}

// The hashes, for the servers that send the CSP as a header, and the whole stylesheet (dotfiles: never
// served, never compressed).
writeCspHashes(OUT, inlineHashes);
writeFileSync(join(OUT, WHOLE_STYLESHEET_FILE), wholeStylesheet);
writeFileSync(join(OUT, NGINX_CSP_HASHES_FILE), nginxCspHashesFile(inlineHashes));

if (missing.length > 0) {
  console.error(`post-build: pages refer to files that do not exist:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(
  `post-build: stripped Next's runtime from ${pages} pages and inlined ${inlinedCss.length} stylesheet(s) and ${inlined.size - inlinedCss.length} island(s) (${hashes.styles.size} style and ${hashes.scripts.size} script hashes), removed ${removed} runtime and .css files, wrote ${versions.length} Markdown versions and _headers, precompressed ${compressed} files.`,
);

function removeEmptyDirs(dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeEmptyDirs(path);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
