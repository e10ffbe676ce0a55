import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { XMLParser } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { join } from 'node:path';
import { contentDirectory } from '@/lib/content';
import { builtPage, SITE_OUT } from './built-site';

const { versions, current, site } = loadContent({ production: true });
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the built version history', () => {
  it('gives Reader View (Mozilla Readability) the title of the changes page and its whole comparison, and no footer text', () => {
    for (const v of versions.filter((version) => version.previous)) {
      const html = readFileSync(join(SITE_OUT, `privacy/versions/${v.date}/changes/index.html`), 'utf8');
      const document = new JSDOM(html, { url: 'https://example.org/' }).window.document;
      const firstChange = document.querySelector('.diff-section:not(.diff-unchanged) .diff-title')!.firstChild!.textContent!.trim();
      const h1 = document.querySelector('h1')!.textContent!;
      const article = new Readability(document).parse()!;
      expect(article.title).toContain(h1);
      const text = article.textContent!.replace(/\s+/g, ' ');
      expect(text).toContain(firstChange);
      expect(text).toMatch(/^\s*\d+ sections? /); // the count of changes, then the changes
      expect(text).not.toContain(site.footer.statement.slice(0, 40));
    }
  });

  it('has a page per version with the same anchors and a status banner', () => {
    for (const v of versions) {
      const page = builtPage(`privacy/versions/${v.date}/index.html`);
      expect(page.$('#privacy-notice')?.properties.dataVersion).toBe(v.date);
      expect(page.$$('#privacy-notice > section[id]').map((s) => s.properties.id)).toEqual(
        v.headings.filter((h) => h.level === 2).map((h) => h.id),
      );
      expect(page.text('.version-banner')).toMatch(/^(Current version|Archived version|Scheduled version)/);
      expect(page.$('meta[name="notice-sha256"]')?.properties.content).toBe(v.sha256);
      expect(page.$('link[rel="version-history"]')?.properties.href).toBe('/privacy/versions/');
    }
  });

  it('lists every version on /privacy/versions/ with links to read it and its Markdown', () => {
    const page = builtPage('privacy/versions/index.html');
    expect(page.$$('.version-item')).toHaveLength(versions.length);
    for (const v of versions) {
      expect(page.$(`.version-item a[href="/privacy/versions/${v.date}/"]`)).toBeDefined();
      expect(page.$(`.version-item a[href="/privacy/versions/${v.date}.md"]`)).toBeDefined();
    }
    expect(page.$('link[rel="alternate"][type="application/atom+xml"]')).toBeDefined();
  });

  it("publishes each version's Markdown byte for byte, with the sha256 that versions.json states", () => {
    const catalog = JSON.parse(readFileSync(join(SITE_OUT, 'privacy/versions.json'), 'utf8')) as {
      current: string;
      versions: { date: string; sha256: string }[];
    };
    expect(catalog.current).toBe(current.date);
    for (const entry of catalog.versions) {
      expect(readFileSync(join(SITE_OUT, `privacy/versions/${entry.date}.md`))).toEqual(
        readFileSync(join(contentDirectory(), `privacy/${entry.date}.md`)),
      );
      expect(sha256(join(SITE_OUT, `privacy/versions/${entry.date}.md`))).toBe(entry.sha256);
    }
  });

  it('has an Atom feed with an entry per published version', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(SITE_OUT, 'privacy/feed.xml'), 'utf8'));
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(versions.filter((v) => v.status !== 'draft').length);
  });

  it('has a changes page per version', () => {
    for (const v of versions) expect(builtPage(`privacy/versions/${v.date}/changes/index.html`).text('h1')).toMatch(/^What changed on /);
  });
});
