import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { brotli, gzip } from './compression';

/** One file a page makes the browser fetch, with its size raw, gzipped and brotli-compressed. */
export interface Transfer {
  path: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  transfers: Transfer[];
  /** The stylesheet inline in the page's HTML (its <style> text; part of the HTML's transfer). */
  inlineCss: Omit<Transfer, 'path' | 'kind'>;
  /** The island scripts inline in the page's HTML (each <script type="module"> text, together). */
  inlineJs: Omit<Transfer, 'path' | 'kind'>;
  total: Omit<Transfer, 'path' | 'kind'>;
  byKind: Record<Transfer['kind'], Omit<Transfer, 'path' | 'kind'>>;
}

const KIND: [RegExp, Transfer['kind']][] = [
  [/\.html$/, 'html'],
  [/\.css$/, 'css'],
  [/\.m?js$/, 'js'],
  [/\.(woff2?|ttf|otf)$/, 'font'],
  [/\.(svg|png|jpe?g|gif|webp|avif|ico)$/, 'image'],
];

function sizeOf(bytes: Buffer): Omit<Transfer, 'path' | 'kind'> {
  return {
    raw: bytes.length,
    gzip: gzip(bytes).length,
    brotli: brotli(bytes).length,
  };
}

/**
 * What loading `page` (a URL path of the built site in `outDir`) transfers: the HTML and every
 * same-origin stylesheet, script, icon, image and font it references. Exact bytes, not measurements
 * of a network, so budgets over them are deterministic.
 */
export function pageWeight(outDir: string, page: string): PageWeight {
  const file = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file(page));
  const referenced = new Set<string>();
  let [inlineCss, inlineJs] = ['', ''];
  visit(unified().use(rehypeParse).parse(html.toString('utf8')), 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'style') inlineCss += toString(node);
    if (node.tagName === 'script' && p.src === undefined) inlineJs += toString(node);
    const rel = Array.isArray(p.rel) ? p.rel.map(String) : [];
    const url =
      (node.tagName === 'link' &&
        (rel.includes('stylesheet') || rel.includes('icon') || rel.includes('modulepreload') || rel.includes('preload')) &&
        p.href) ||
      ((node.tagName === 'script' || node.tagName === 'img') && p.src);
    if (typeof url === 'string' && url.startsWith('/')) referenced.add(url.split(/[?#]/)[0]);
  });
  const transfers: Transfer[] = [{ path: page, kind: 'html', ...sizeOf(html) }];
  for (const path of referenced) {
    transfers.push({ path, kind: KIND.find(([re]) => re.test(path))?.[1] ?? 'other', ...sizeOf(readFileSync(file(path))) });
  }
  const sum = (list: Transfer[]) =>
    list.reduce((t, x) => ({ raw: t.raw + x.raw, gzip: t.gzip + x.gzip, brotli: t.brotli + x.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const kinds: Transfer['kind'][] = ['html', 'css', 'js', 'font', 'image', 'other'];
  return {
    page,
    transfers,
    inlineCss: sizeOf(Buffer.from(inlineCss)),
    inlineJs: sizeOf(Buffer.from(inlineJs)),
    total: sum(transfers),
    byKind: Object.fromEntries(kinds.map((k) => [k, sum(transfers.filter((t) => t.kind === k))])) as PageWeight['byKind'],
  };
}

/** Budgets for /privacy/ (bytes, compressed as served: brotli; gzip checked too, for hosts without brotli). */
export const BUDGETS = { total: 25 * 1024, islands: 6 * 1024 };
