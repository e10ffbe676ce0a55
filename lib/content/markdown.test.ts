import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainMarkdown } from './markdown';

const FM = '---\ntitle: T\ndate: 2025-01-01\nsummary: S\n---\n';

describe('parseMarkdown', () => {
  const doc = parseMarkdown(
    `${FM}\n## Summary {.unlisted}\n\nIntro.\n\n## Cookies & Other Similar Tracking Technologies {#cookies_plus quick-link="Cookies & Other Tracking Tech"}\n\nText [link](#cookies_plus).\n\n### A detail\n\nMore.\n\n## Contact Us\n\nWrite to us.\n`,
    'fixture.md',
  );

  it('keeps explicit ids and gives other headings rehype-slug slugs', () => {
    expect(doc.headings.map((h) => [h.level, h.id, h.explicitId])).toEqual([
      [2, 'summary', false],
      [2, 'cookies_plus', true],
      [3, 'a-detail', false],
      [2, 'contact-us', false],
    ]);
  });

  it('takes Quick Links labels from quick-link="…", else the heading text; .unlisted and h3 are left out', () => {
    expect(doc.headings.map((h) => h.quickLink)).toEqual([undefined, 'Cookies & Other Tracking Tech', undefined, 'Contact Us']);
  });

  it('removes the {…} block from the heading text and records the line', () => {
    expect(doc.headings[1]).toMatchObject({ text: 'Cookies & Other Similar Tracking Technologies', line: 11 });
    expect(toHtml(doc.sections[1].hast)).toContain('<h2>Cookies &#x26; Other Similar Tracking Technologies</h2>');
  });

  it('splits the notice into sections at level-2 headings: the id on the section, only the notice\'s words in its hast', () => {
    expect(doc.sections.map((s) => [s.id, s.listed])).toEqual([
      ['summary', false],
      ['cookies_plus', true],
      ['contact-us', true],
    ]);
    expect(toHtml(doc.sections[2].hast)).toBe('<h2>Contact Us</h2>\n<p>Write to us.</p>');
    expect(doc.sections[1].text).toBe('Text link.\nA detail\nMore.');
  });

  it('gives each block of a section its kind: paragraph, bold paragraph, list item, sub-heading, quote', () => {
    const kinds = parseMarkdown(
      `${FM}\n## A\n\n_**What we collect**_\n\n_**What** **we share**_\n\nWe **also** collect:\n\n* your name\n* your **email**\n\n### Steps\n\n1. ask\n\n2. wait\n\n> Quoted.\n`,
      'k.md',
    );
    expect(kinds.sections[0].blocks).toEqual([
      { kind: 'bold', text: 'What we collect' },
      { kind: 'bold', text: 'What we share' },
      { kind: 'p', text: 'We also collect:' },
      { kind: 'ul', text: 'your name' },
      { kind: 'ul', text: 'your email' },
      { kind: 'h3', text: 'Steps' },
      { kind: 'ol', text: 'ask' },
      { kind: 'ol', text: 'wait' },
      { kind: 'blockquote', text: 'Quoted.' },
    ]);
    expect(kinds.sections[0].text).toBe('What we collect\nWhat we share\nWe also collect:\nyour name\nyour email\nSteps\nask\nwait\nQuoted.');
  });

  it("keeps the words of a list item that holds a nested list, before the nested items", () => {
    const nested = parseMarkdown(`${FM}\n## A\n\n* Enter your **password**\n  * once\n  * twice\n* Fill out a form\n`, 'n.md');
    expect(nested.sections[0].blocks).toEqual([
      { kind: 'ul', text: 'Enter your password' },
      { kind: 'ul', text: 'once' },
      { kind: 'ul', text: 'twice' },
      { kind: 'ul', text: 'Fill out a form' },
    ]);
  });

  it('carries the heading attributes on the hast heading, not into the page', () => {
    const aliased = parseMarkdown(`${FM}\n## Your Rights {#your_rights quick-link="Rights" aliases="rights old_rights"}\n\nText.\n`, 'a.md');
    expect(aliased.sections[0]).toMatchObject({ id: 'your_rights', aliases: ['rights', 'old_rights'], listed: true });
    expect(aliased.headings[0]).toMatchObject({ id: 'your_rights', quickLink: 'Rights', explicitId: true, aliases: ['rights', 'old_rights'] });
    expect(toHtml(aliased.sections[0].hast)).toBe('<h2>Your Rights</h2>\n<p>Text.</p>');
  });

  it('makes a link title the accessible name after the visible words, adding no text to the notice', () => {
    const described = parseMarkdown(`${FM}\n## A\n\nSee [here](https://b.org/ "Data protection authorities").\n`, 'l.md');
    expect(toHtml(described.sections[0].hast)).toContain('<a href="https://b.org/" aria-label="here (Data protection authorities)" rel="nofollow">here</a>');
    expect(described.sections[0].text).toBe('See here.');
  });

  it('marks a link whose words are its address, so print does not repeat it, and no other link', () => {
    const parsed = parseMarkdown(`${FM}\n## A\n\nSee [https://b.org](https://b.org/) and [B](https://b.org/).\n`, 'a.md');
    const html = toHtml(parsed.sections[0].hast);
    expect(html).toContain('<a href="https://b.org/" data-address-text="">https://b.org</a>');
    expect(html).toContain('<a href="https://b.org/">B</a>');
    expect(parsed.sections[0].text).toBe('See https://b.org and B.');
  });

  it('reads the front matter block and where it starts', () => {
    expect(doc.frontMatter).toEqual({ yaml: 'title: T\ndate: 2025-01-01\nsummary: S', lineOffset: 1, line: 1 });
  });

  it('reports malformed heading blocks at their column', () => {
    const bad = parseMarkdown(`${FM}\n## Scope {#scope label=x}\n\n## Other {#other quick-link="A" .hidden}\n\n## Open {#open\n`, 'bad.md');
    expect(bad.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '7:10 heading-attributes cannot read "label=x" in the heading\'s {…} block: write {#id}, {#id quick-link="Short label"} or {#id aliases="old_id"}; put quotes around values.',
      '9:10 heading-attributes ".hidden" is not a heading option: the only one is ".unlisted" (leave the heading out of Quick Links).',
      '11:9 heading-attributes a "{#id}" block must close with "}" at the very end of the heading line.',
    ]);
  });

  it('renders plain Markdown for reading: title and date first, no front matter and no {…} blocks, the words as written', () => {
    const source = `${FM}\n## Summary {.unlisted}\n\nIntro _with_ **words** and [a link](https://a.org/ "About A").\n\n## Scope {#scope quick-link="S"}\n\n* One\n* Two\n`;
    expect(plainMarkdown(source, { title: 'T', revised: 'January 1, 2025' })).toBe(
      '# T\n\n_Last revised January 1, 2025_\n\n## Summary\n\nIntro _with_ **words** and [a link](https://a.org/ "About A").\n\n## Scope\n\n* One\n* Two\n',
    );
  });
});
