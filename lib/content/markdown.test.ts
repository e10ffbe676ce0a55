import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

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
    expect(doc.sections[1].html).toContain('<h2 id="cookies_plus">Cookies &#x26; Other Similar Tracking Technologies</h2>');
  });

  it('splits the rendered notice into sections at level-2 headings, with a permalink beside each heading', () => {
    expect(doc.sections.map((s) => [s.id, s.listed])).toEqual([
      ['summary', false],
      ['cookies_plus', true],
      ['contact-us', true],
    ]);
    expect(doc.sections[2].html).toContain('<a class="permalink" aria-label="Link to this section: Contact Us" href="#contact-us">#</a>');
    expect(doc.sections[1].text).toBe('Text link.\nA detail\nMore.');
  });

  it('renders aliases as anchors before the heading, so old links land on the section', () => {
    const aliased = parseMarkdown(`${FM}\n## Your Rights {#your_rights aliases="rights old_rights"}\n\nText.\n`, 'a.md');
    expect(aliased.sections[0].aliases).toEqual(['rights', 'old_rights']);
    expect(aliased.sections[0].html).toMatch(/^<section class="notice-section"><span id="rights" class="alias-anchor"><\/span><span id="old_rights" class="alias-anchor"><\/span><div class="heading"><h2 id="your_rights">/);
  });

  it('renders a link title as words for screen readers after the visible text, not as a title attribute', () => {
    const described = parseMarkdown(`${FM}\n## A\n\nSee [here](https://b.org/ "Data protection authorities").\n`, 'l.md');
    expect(described.sections[0].html).toContain('<a href="https://b.org/">here<span class="sr-only"> (Data protection authorities)</span></a>');
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
});
