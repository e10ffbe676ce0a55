import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, type BuiltPage } from './built-site';

/** Every HTML page of out/, by URL path. */
function pages(dir = 'out'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [`/${relative('out', path).replace(/index\.html$/, '')}`] : [];
  });
}

/** The file a URL path is served from, as npm start and nginx resolve it. */
function fileFor(path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join('out', path, 'index.html')] : [join('out', path), join('out', path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

describe('every internal link and #fragment of the built site resolves (external links are not fetched)', () => {
  const all = pages();
  const parsed = new Map<string, BuiltPage>(all.map((p) => [p, builtPage(p.endsWith('/') ? `${p}index.html` : p)]));
  const idsOf = (page: string) =>
    new Set(
      parsed
        .get(page)!
        .$$('[id]')
        .map((el) => String(el.properties.id)),
    );

  it('crawls every page', () => {
    expect(all).toEqual(expect.arrayContaining(['/', '/privacy/', '/privacy/versions/', '/404.html']));
  });

  it('finds no broken link, asset or fragment', () => {
    const broken: string[] = [];
    for (const [page, doc] of parsed) {
      for (const el of doc.$$('a[href], link[href], script[src], img[src]')) {
        const ref = String(el.properties.href ?? el.properties.src);
        if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) continue; // external (https:, mailto:): not fetched
        const [pathPart, fragment] = ref.split('#');
        const target =
          pathPart === ''
            ? page
            : posix.resolve(posix.dirname(page.endsWith('/') ? `${page}x` : page), pathPart.split('?')[0]) +
              (pathPart.endsWith('/') ? '/' : '');
        if (pathPart !== '' && !fileFor(target)) {
          broken.push(`${page} → ${ref}: no file`);
          continue;
        }
        if (
          fragment &&
          (target.endsWith('/') || target.endsWith('.html')) &&
          parsed.has(target) &&
          !idsOf(target).has(decodeURIComponent(fragment))
        ) {
          broken.push(`${page} → ${ref}: no id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
