import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import type { NoticeVersion } from '@/lib/content';
import { urls } from '@/lib/urls';
import { SITE_OUT } from './built-site';

/**
 * Firefox Reader View on the pages around the notice (readers.test.ts does the notice itself): what
 * Readability extracts, which Firefox shows and read-later apps and archivers keep. Every page must give
 * its own title and text, never the site footer: the list of versions, the changes, and on the pages
 * with no text of their own (the 404, the first version's changes page) how the notice begins.
 */
const { versions, current, site } = loadContent();
const footerWords = site.footer.statement.slice(0, 60);
const read = (path: string) => {
  const file = join(SITE_OUT, path.endsWith('/') ? `${path}index.html` : path);
  const doc = () => new JSDOM(readFileSync(file, 'utf8'), { url: `${site.origin}${path}` }).window.document;
  const h1 = doc().querySelector('h1')?.textContent ?? '';
  return { h1, article: new Readability(doc()).parse() };
};
const openingOf = (version: NoticeVersion) => version.sections[0].blocks.find((block) => block.kind === 'p')?.text ?? '';

/** Each page, with words Reader View must show from it. */
const pages: [string, RegExp | string][] = [
  [urls.versions, /Every version of this notice/],
  ...versions.map((v): [string, RegExp | string] =>
    v.previous ? [urls.changes(v.date), /sections? (added|removed|renamed|changed|moved|unchanged)/] : [urls.changes(v.date), openingOf(v)],
  ),
  ['/404.html', openingOf(current)],
];

describe('Reader View on the pages around the notice', () => {
  it('knows the pages it reads', () => {
    for (const [path] of pages) expect(existsSync(join(SITE_OUT, path.endsWith('/') ? `${path}index.html` : path)), path).toBe(true);
  });

  for (const [path, words] of pages)
    it(`${path}: gives the page's title and its own text, no footer`, () => {
      const { h1, article } = read(path);
      expect(article?.title).toContain(h1);
      const text = (article?.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).not.toContain(footerWords);
      if (typeof words === 'string') {
        expect(words.length, 'the version opens with a paragraph').toBeGreaterThan(0);
        expect(text).toContain(words);
      } else expect(text).toMatch(words);
    });
});
