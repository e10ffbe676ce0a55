import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { urls } from '@/lib/urls';
import { SITE_OUT } from './built-site';

/**
 * Firefox Reader View on the pages around the notice (readers.test.ts does the notice itself): Firefox
 * offers it when isProbablyReaderable says so, then shows what Readability extracts. A page with its own
 * text (the list of versions, a comparison) must give that text, never the site footer; a page too short
 * to be an article (the 404, the first version's changes page) must not be offered as one made of the footer.
 */
const { versions, site } = loadContent();
const footerWords = site.footer.statement.slice(0, 60);
const read = (path: string) => {
  const file = join(SITE_OUT, path.endsWith('/') ? `${path}index.html` : path);
  const doc = () => new JSDOM(readFileSync(file, 'utf8'), { url: `${site.origin}${path}` }).window.document;
  const h1 = doc().querySelector('h1')?.textContent ?? '';
  return { h1, offered: isProbablyReaderable(doc()), article: new Readability(doc()).parse() };
};

const withText = [urls.versions, ...versions.filter((v) => v.previous).map((v) => urls.changes(v.date))];
const short = ['/404.html', ...versions.filter((v) => !v.previous).map((v) => urls.changes(v.date))];

describe('Reader View on the pages around the notice', () => {
  it('knows the pages it reads', () => {
    for (const path of [...withText, ...short])
      expect(existsSync(join(SITE_OUT, path.endsWith('/') ? `${path}index.html` : path)), path).toBe(true);
  });

  for (const path of withText)
    it(`${path}: gives the page's title and its own text, no footer`, () => {
      const { h1, article } = read(path);
      expect(article?.title).toContain(h1);
      const text = (article?.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).not.toContain(footerWords);
      expect(text).toMatch(
        path === urls.versions ? /Every version of this notice/ : /sections? (added|removed|renamed|changed|moved|unchanged)/,
      );
    });

  for (const path of short)
    it(`${path}: is not offered as an article (which would be the footer)`, () => {
      expect(read(path).offered).toBe(false);
    });
});
