import type { ListItem, Paragraph } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { formatDate } from '@/lib/dates';
import { PUBLISHED_IDS } from '../fixtures/published-ids';
import { builtPage, normalize } from './built-site';

/** /privacy/ shows whichever version is current on the build date, so these tests follow it: publishing keeps them green. */
describe('out/privacy/index.html', () => {
  const page = builtPage('privacy/index.html');
  const { current } = loadContent();

  it('has every section id of the current version on its section (which starts with its heading), and the seventeen published ids as sections or aliases', () => {
    for (const h of current.headings.filter((h) => h.level === 2))
      expect(page.$(`#privacy-notice > section[id="${h.id}"] > h2`), h.id).toBeDefined();
    for (const id of PUBLISHED_IDS) expect(page.$(`section[id="${id}"], .alias-anchor[id="${id}"]`), id).toBeDefined();
  });

  it("lists the current version's Quick Links in order, each resolving to an id on the page", () => {
    const links = page.$$('.quick-links a');
    expect(links.map((a) => [String(a.properties.href), normalize(page.textOf(a))])).toEqual(
      current.quickLinks.map((q) => [`#${q.id}`, normalize(q.label)]),
    );
    for (const a of links) expect(page.$(String(a.properties.href).replace(/^#/, '[id="') + '"]')).toBeDefined();
  });

  it('shows every paragraph and list item of the Markdown, word for word', () => {
    const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(current.source);
    const pageText = page.text('#privacy-notice');
    const blocks: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'paragraph') blocks.push(normalize(mdToString(node as Paragraph)));
      // A list item's own words: a list nested in it is items of its own.
      if (node.type === 'listItem')
        blocks.push(normalize((node as ListItem).children.map((c) => (c.type === 'list' ? ' ' : mdToString(c))).join(' ')));
    });
    expect(blocks.length).toBeGreaterThan(80);
    for (const block of blocks) expect(pageText).toContain(block);
  });

  it('has one h1, the title and the revision date as <time>', () => {
    expect(page.$$('h1')).toHaveLength(1);
    expect(page.text('h1')).toBe(current.title);
    expect(page.$('.notice-revised time')?.properties.dateTime).toBe(current.date);
    expect(page.text('.notice-revised em')).toBe(`Last revised ${formatDate(current.date)}`);
    expect(page.$('.notice-versions a[href="/privacy/versions/"]')).toBeDefined();
  });

  it('has landmarks, a skip link first, and lang="en"', () => {
    expect(page.$('html')?.properties.lang).toBe('en');
    const firstLink = page.$$('body a')[0];
    expect(firstLink.properties.href).toBe('#content');
    expect(page.$('main#content')).toBeDefined();
    expect(page.$('header, site-header')).toBeDefined();
    expect(page.$('footer')).toBeDefined();
    expect(page.$('nav[aria-label="Main"]')).toBeDefined();
  });

  it('ships no Next runtime, no RSC payload and no script but its island modules (inline, allowed by hash)', () => {
    expect(page.html).not.toContain('__next_f');
    expect(page.html).not.toMatch(/<script(?! type="module">)/);
    expect(page.$$('body > script[type="module"]').length).toBeGreaterThan(0);
    expect(page.$$('#privacy-notice script')).toEqual([]);
    expect(page.html).not.toMatch(/\/_next\/[^"]*\.js/);
    expect(page.html).not.toMatch(/\son[a-z]+=/i);
  });

  it('adds no quotation marks of its own to a quotation (staff type theirs: no “““…”””)', () => {
    expect(page.html).toMatch(/blockquote/);
    expect(page.html).not.toMatch(/open-quote|close-quote/);
  });

  it('carries canonical, description, Open Graph and an SVG favicon', () => {
    expect(page.$('link[rel="canonical"]')?.properties.href).toBe('https://actionnetwork.org/privacy/');
    expect(String(page.$('meta[name="description"]')?.properties.content)).toMatch(/^Action Network — made up of/);
    expect(page.$('meta[property="og:title"]')?.properties.content).toBe('Privacy Policy');
    expect(page.$('link[rel="icon"]')?.properties.href).toBe('/favicon.svg');
  });
});

describe('the other pages', () => {
  it('/ sends visitors to /privacy/ with a meta refresh and a link', () => {
    const page = builtPage('index.html');
    expect(page.$('head meta[http-equiv="refresh"]')?.properties.content).toBe('0; url=/privacy/');
    expect(page.$('main a[href="/privacy/"]')).toBeDefined();
  });

  it('404.html is in the site chrome', () => {
    const page = builtPage('404.html');
    expect(page.text('h1')).toBe('Page not found');
    expect(page.$('nav[aria-label="Main"]')).toBeDefined();
    expect(page.$('footer')).toBeDefined();
  });
});
