/**
 * Runs after `next build`: strips Next's client runtime and RSC payload from out/, so visitors get
 * HTML and the island modules only; puts the stylesheet inline in each page (no render-blocking request)
 * and removes the .css files; puts the CSP, allowing that inline stylesheet by its hash, in each page as
 * a <meta>; writes each published version's Markdown, byte for byte, to /privacy/versions/YYYY-MM-DD.md,
 * and beside it a plain Markdown rendering for reading (YYYY-MM-DD.plain.md); writes out/_headers;
 * precompresses text files (.br, .gz) for the servers that serve them; and records the style hashes for
 * the servers (out/.style-hashes.json for npm start, out/.nginx-style-src.conf for nginx). Fails if a page
 * still points at a missing file.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotli, gzip } from '../lib/compression';
import { loadContent } from '../lib/checker';
import { plainMarkdown } from '../lib/content/markdown';
import { formatDate } from '../lib/dates';
import { urls } from '../lib/urls';
import { metaContentSecurityPolicy, netlifyHeadersFile, NGINX_STYLE_SRC_FILE, nginxStyleSrcFile } from '../lib/security-headers';
import { finishExportedPage } from '../lib/exported-page';
import { writeStyleHashes } from '../lib/style-hashes';

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
const inlined = new Set<string>();
const styleHashes = new Set<string>();
const stylesheet = (href: string) => {
  const file = join(OUT, href);
  if (!href.startsWith('/_next/') || !existsSync(file))
    throw new Error(`post-build: a page links ${href}, not a stylesheet of this build.`);
  inlined.add(file);
  return readFileSync(file, 'utf8');
};
for (const path of [...files(OUT)]) {
  const rel = relative(OUT, path);
  if (path.endsWith('.html')) {
    const page = finishExportedPage(readFileSync(path, 'utf8'), { stylesheet, contentSecurityPolicy: metaContentSecurityPolicy });
    writeFileSync(path, page.html);
    page.styleHashes.forEach((hash) => styleHashes.add(hash));
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

// Every page has its stylesheet inline now: the files are no longer requested.
for (const file of inlined) rmSync(file);
removed += inlined.size;

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
    [...styleHashes],
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

// The style hashes, for the servers that send the CSP as a header (dotfiles: never served, never compressed).
writeStyleHashes(OUT, [...styleHashes]);
writeFileSync(join(OUT, NGINX_STYLE_SRC_FILE), nginxStyleSrcFile([...styleHashes]));

if (missing.length > 0) {
  console.error(`post-build: pages refer to files that do not exist:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(
  `post-build: stripped Next's runtime from ${pages} pages and inlined ${inlined.size} stylesheet(s) (CSP ${[...styleHashes].join(' ')}), removed ${removed} runtime and .css files, wrote ${versions.length} Markdown versions and _headers, precompressed ${compressed} files.`,
);

function removeEmptyDirs(dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeEmptyDirs(path);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
