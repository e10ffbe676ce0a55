import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { urls } from '@/lib/urls';
import { blocksOfMarkdown, htmlBlocks, normalize, noticeBlocks } from '../support/notice-blocks';
import { openTermsArchiveExtract } from '../support/open-terms-archive';

/**
 * The built /privacy/ page as the programs that read or record a privacy notice get it, with JavaScript
 * off: each must hold every heading and paragraph of the notice, in order, and nothing else.
 * (tests/e2e/readers.test.ts does the same on the live page, after its scripts.)
 */
const { current, site } = loadContent();
const html = readFileSync('out/privacy/index.html', 'utf8');
const url = `${site.origin}/privacy/`;
const expected = noticeBlocks(current);
const quickLinksAt = expected.indexOf('Quick Links');
const withoutQuickLinks = expected.filter((_, i) => i < quickLinksAt || i > quickLinksAt + current.quickLinks.length);
/** Text with all whitespace removed: two texts are equal this way when neither adds a word, or a letter. */
const letters = (text: string) => text.replace(/[\s\u00a0]+/g, '');

describe('the notice on /privacy/, as programs read it', () => {
  it('#privacy-notice holds exactly the published words: every block, in order, and no other text', () => {
    const notice = new JSDOM(html).window.document.getElementById('privacy-notice')!;
    expect(expected.length).toBeGreaterThan(120);
    expect(htmlBlocks(notice)).toEqual(expected);
    expect(letters(notice.textContent ?? '')).toBe(letters(expected.join('')));
  });

  it('Firefox Reader View (Mozilla Readability) keeps every block of the notice and adds none', () => {
    const article = new Readability(new JSDOM(html, { url }).window.document).parse();
    expect(article?.title).toBe(current.title);
    // Readability shows the title above the text itself, from the h1 it takes out of the content.
    expect(htmlBlocks(article?.content ?? '')).toEqual(expected.slice(1));
    expect(letters(article?.textContent ?? '')).toBe(letters(expected.slice(1).join('')));
  });

  it('Open Terms Archive, tracking #privacy-notice, records every block of the notice and nothing else', () => {
    const recorded = openTermsArchiveExtract(html, url, '#privacy-notice');
    expect(blocksOfMarkdown(recorded)).toEqual(expected);
    // Links stay links, to the addresses the notice gives; no empty link from a reading aid.
    expect(recorded).not.toMatch(/\[\]\(/);
    expect(recorded).toContain('[click here](https://actionnetwork.org/users/edit)');
  });

  it("sections.json, which the comparison and the changes pages diff, holds the notice's blocks and nothing else", () => {
    const data = JSON.parse(readFileSync(`out${urls.sections(current.date)}`, 'utf8')) as {
      sections: { title: string; blocks: { kind: string; text: string }[] }[];
    };
    const blocks = data.sections.flatMap((section) => [section.title, ...section.blocks.map((b) => b.text)].filter(Boolean));
    expect(blocks).toEqual(withoutQuickLinks.slice(2)); // the title and the revision date are not sections
  });

  it('the plain Markdown copy holds the same blocks (Quick Links aside) without the {…} heading syntax', () => {
    const plain = readFileSync(`out${urls.plainMarkdown(current.date)}`, 'utf8');
    expect(plain).not.toMatch(/\{[#.]|quick-link=/);
    const withoutQuickLinks = expected.filter(
      (_, i) => i < expected.indexOf('Quick Links') || i > expected.indexOf('Quick Links') + current.quickLinks.length,
    );
    expect(blocksOfMarkdown(plain)).toEqual(withoutQuickLinks);
  });

  it('w3m shows the notice as its blocks, in order, between the title and "Back to top"', () => {
    const dump = execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '10000', '-O', 'UTF-8'], { input: html, encoding: 'utf8' });
    const lines = dump.split('\n').map(normalize);
    const start = lines.indexOf(current.title);
    const end = lines.indexOf('Back to top', start);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    // w3m marks list items with a bullet ("•", "□" for a nested list) or a number.
    const shown = lines
      .slice(start, end)
      .filter(Boolean)
      .map((l) => l.replace(/^(?:[•□]|\d+\.)\s+/, ''));
    expect(shown).toEqual(expected);
  });
});

describe('the page around the notice, in text browsers (no script, no CSS)', () => {
  const dumps = {
    w3m: execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '200', '-O', 'UTF-8'], { input: html, encoding: 'utf8' }),
    lynx: execFileSync('lynx', ['-dump', '-stdin', '-force_html', '-nolist', '-width=200', '-display_charset=UTF-8'], {
      input: html,
      encoding: 'utf8',
    }),
  };

  for (const [reader, dump] of Object.entries(dumps)) {
    it(`${reader} shows no button that needs JavaScript (Menu, Close, Dismiss)`, () => {
      expect(dump).not.toMatch(/\(BUTTON\)/); // lynx's mark for a button
      // A label alone on its line, or run on after the logo ("Action NetworkMenu"), as the dead buttons were.
      const lines = dump.split('\n').map((line) => line.replace(site.header.logo.label, '').trim());
      for (const label of [site.header.mobileMenu.openLabel, site.header.mobileMenu.closeLabel, site.cookieLine.dismissLabel])
        expect(lines, label).not.toContain(label);
    });

    it(`${reader} keeps neighbouring links apart: "Sign Up Login", not "Sign UpLogin"`, () => {
      const [first, second] = site.footer.getStarted.links.map((l) => l.label);
      expect(dump).not.toContain(`${first}${second}`);
      expect(normalize(dump)).toContain(`${first} ${second}`);
    });
  }

  it('lists the header links once each (no second block for the small-screen menu)', () => {
    const nav = new JSDOM(html).window.document.getElementById('site-nav')!;
    const hrefs = [...nav.querySelectorAll('a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`);
    expect(hrefs).toEqual([...new Set(hrefs)]);
    expect(nav.querySelectorAll('button').length).toBe(0);
  });
});
