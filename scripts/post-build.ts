/**
 * Runs after `next build`: strips Next's client runtime and RSC payload from out/, so visitors get
 * HTML only; puts the stylesheet and the island modules inline in each page (no request before the
 * first paint) and removes their files; puts the CSP, allowing what is inline by its hashes, in each
 * page as a <meta>; writes each published version's Markdown, byte for byte, to /privacy/versions/YYYY-MM-DD.md,
 * and beside it a plain Markdown rendering for reading (YYYY-MM-DD.plain.md); writes out/_headers;
 * precompresses text files (.br, .gz) for the servers that serve them. Fails if a page still points at a missing
 * file or the site holds a hidden file.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotli, gzip } from '../lib/compression';
import { loadContent } from '../lib/checker';
import { plainMarkdown } from '../lib/content/markdown';
import { formatDate } from '../lib/dates';
import { urls } from '../lib/urls';
import { metaContentSecurityPolicy } from '../lib/security-headers';
import { netlifyHeadersFile } from '../lib/host-config';
import { finishExportedPage } from '../lib/exported-page';

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
    const page = await finishExportedPage(readFileSync(path, 'utf8'), { inline, contentSecurityPolicy: metaContentSecurityPolicy });
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

// Every page has the stylesheet and its islands inline now: their files are no longer requested.
for (const file of inlined.keys()) rmSync(file);
removed += inlined.size;
rmSync(join(OUT, 'islands'), { recursive: true, force: true });

// Next's internal not-found route duplicates 404.html.
rmSync(join(OUT, '_not-found'), { recursive: true, force: true });
removeEmptyDirs(join(OUT, '_next'));

// Every local asset a page refers to must still exist.
/** What is wrong with the finished site: a page pointing at a missing file, a hidden file. */
const problems: string[] = [];
for (const path of files(OUT)) {
  if (!path.endsWith('.html')) continue;
  for (const [, url] of readFileSync(path, 'utf8').matchAll(/(?:src|href)="(\/[^"#?]*)/g)) {
    const target = join(OUT, url);
    if (!existsSync(target) && !existsSync(join(target, 'index.html'))) problems.push(`${relative(OUT, path)} → ${url}`);
  }
}
// Headers for hosts that read a _headers file (Netlify, Cloudflare Pages).
writeFileSync(join(OUT, '_headers'), netlifyHeadersFile([...files(OUT)].map((path) => `/${relative(OUT, path)}`)));

// Precompressed copies, served by npm start and nginx to browsers that accept them.
let compressed = 0;
for (const path of [...files(OUT)]) {
  if (!/\.(html|css|js|json|xml|md|svg)$/.test(path)) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotli(bytes));
  writeFileSync(`${path}.gz`, gzip(bytes));
  compressed++;
}

// Nothing served starts with a dot (a host may serve what a build left there).
const hidden = [...files(OUT)].filter((path) => /(^|\/)\./.test(relative(OUT, path)));
if (hidden.length > 0) problems.push(...hidden.map((path) => `${relative(OUT, path)}: a hidden file in the site`));

if (problems.length > 0) {
  console.error(`post-build: pages refer to files that do not exist, or the site holds hidden files:\n${problems.join('\n')}`);
  process.exit(1);
}
const inlinedStyles = [...inlined.keys()].filter((file) => file.endsWith('.css')).length;
console.log(
  `post-build: stripped Next's runtime from ${pages} pages and inlined ${inlinedStyles} stylesheet(s) and ${inlined.size - inlinedStyles} island(s) (${hashes.styles.size} style and ${hashes.scripts.size} script hashes), removed ${removed} runtime, stylesheet and island files, wrote ${versions.length} Markdown versions and _headers, precompressed ${compressed} files.`,
);

function removeEmptyDirs(dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeEmptyDirs(path);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
