import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, normalize } from './built-site';

/**
 * The page of the version of October 2, 2024 against the capture of the published page
 * (tests/fixtures/published-page.txt): every sentence of the notice, every Quick Link, and every link
 * and line of the chrome. It reads that version's own page, which never changes, so publishing a new
 * version (which becomes /privacy/) leaves these tests green.
 */
const CAPTURED_VERSION = '2024-10-02';
const capture = readFileSync('tests/fixtures/published-page.txt', 'utf8').split('\n');
const noticeStart = capture.indexOf('#### Summary');
const noticeEnd = capture.findIndex((l) => l.startsWith('If you are an EEA visitor the data controller')) + 1;
const quickLinksStart = capture.indexOf('#### Quick Links');
const quickLinksEnd = capture.indexOf('#### Scope');
const LINK = /\[([^\]]*)\]\(([^)\s]+)(?: "[^"]*")?\)/g;

/** The text a reader sees for a captured line: link texts kept, emphasis marks and list bullets dropped. */
function plain(line: string): string {
  return normalize(
    line
      .replace(LINK, '$1')
      .replace(/\*\*|(?<![\w])_|_(?![\w])/g, '')
      .replace(/^\s*\*\s+/, '')
      .replace(/^\d+\.\s+/, ''),
  );
}

/** The second announcement is captured twice over (a scrolling marquee); it is shown once. */
function undoubled(text: string): string {
  return text.replace(/^(.+?) \1$/, '$1');
}

const page = builtPage(`privacy/versions/${CAPTURED_VERSION}/index.html`);
const notice = page.text('#privacy-notice');
const noticeLines = capture.slice(noticeStart, noticeEnd);

describe('the notice, against the published capture', () => {
  it('has every paragraph and list item, word for word', () => {
    const prose = noticeLines.filter(
      (l, i) => l.trim() && !l.startsWith('#') && !(noticeStart + i > quickLinksStart && noticeStart + i < quickLinksEnd),
    );
    expect(prose.length).toBeGreaterThan(80);
    for (const line of prose) expect(notice.includes(plain(line)), plain(line)).toBe(true);
  });

  it('has every published heading, in order', () => {
    const headings = noticeLines.filter((l) => l.startsWith('#### ')).map((l) => l.slice(5));
    const pageHeadings = page.$$('#privacy-notice h2').map((h) => normalize(page.textOf(h)));
    expect(pageHeadings).toEqual(headings);
  });

  it('has the published Quick Links, labels and targets', () => {
    const published = capture.slice(quickLinksStart, quickLinksEnd).flatMap((l) => [...l.matchAll(LINK)].map((m) => [m[1], m[2]]));
    const built = page.$$('.quick-links a').map((a) => [normalize(page.textOf(a)), String(a.properties.href)]);
    expect(built).toEqual(published);
  });

  it('links every linked phrase to its published address', () => {
    const links = page.$$('#privacy-notice a:not(.permalink)').map((a) => `${normalize(page.textOf(a))} → ${a.properties.href}`);
    for (const line of noticeLines.slice(quickLinksEnd - noticeStart)) {
      for (const [, text, href] of line.matchAll(LINK)) expect(links).toContain(`${text} → ${href}`);
    }
  });
});

describe('the chrome, against the published capture', () => {
  const chrome = [...capture.slice(0, noticeStart), ...capture.slice(noticeEnd)];
  const hrefs = new Set(page.$$('a').map((a) => String(a.properties.href)));
  const SELF = 'https://actionnetwork.org/privacy/';

  it("has every published link address (this site's own pages relative)", () => {
    const published = chrome.flatMap((l) => [...l.matchAll(LINK)].map((m) => m[2])).filter((href) => !href.startsWith('#'));
    expect(published.length).toBeGreaterThan(60);
    for (const href of published) expect(hrefs, href).toContain(href === SELF ? '/privacy/' : href);
  });

  it('has every published link text (social links named by their network)', () => {
    const texts = new Set(page.$$('a').map((a) => normalize(page.textOf(a))));
    const published = chrome
      .flatMap((l) => [...l.matchAll(LINK)].map((m) => m[1]))
      .filter((text) => text && !text.startsWith('Link to ') && !text.startsWith('Site Menu'));
    for (const text of published) expect(texts, text).toContain(undoubled(normalize(text)));
  });

  it('has every line of published chrome text', () => {
    const body = page.text('body');
    // Prose lines; lines made only of links are covered by the link tests above.
    const lines = chrome.filter(
      (l) =>
        /^(?:[A-Z©]|\[[A-Z])/.test(l) &&
        l.replace(LINK, '').trim() !== '' &&
        !/^(Mobile Menu Overlay|Site Menu|Privacy Policy|Tools Show)/.test(l),
    );
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      const text = undoubled(plain(line));
      expect(body.includes(text), text).toBe(true);
    }
  });
});
