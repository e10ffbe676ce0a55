import { describe, expect, it } from 'vitest';
import { diffVersions, type Block, type BlockKind, type DiffableSection } from './diff';
import { diffToHtml, summarize } from './diff-html';

/** One paragraph per line. */
const paragraphs = (text: string): Block[] => (text === '' ? [] : text.split('\n').map((line) => ({ kind: 'p', text: line })));
const s = (id: string, title: string, text: string): DiffableSection => ({ id, title, aliases: [], blocks: paragraphs(text) });
const withBlocks = (blocks: [BlockKind, string][]): DiffableSection[] => [
  { id: 'a', title: 'A', aliases: [], blocks: blocks.map(([kind, text]) => ({ kind, text })) },
];
/** The markup without its utility classes: the structure these tests are about (the class hooks are tested below). */
const bare = (html: string) => html.replace(/ class="[^"]*"/g, '');
/** The blocks of the one section of a comparison, as bare HTML. */
const textOf = (before: [BlockKind, string][], after: [BlockKind, string][], level: 2 | 3 = 2) =>
  /<\/h\d><div>(.*?)<\/div><\/section>/.exec(bare(diffToHtml(diffVersions(withBlocks(before), withBlocks(after)), level)))?.[1];

describe('diffToHtml', () => {
  const diff = diffVersions(
    [s('a', 'A <b>', 'one two\nkept & same'), s('b', 'B', 'same\nagain'), s('gone', 'Gone', 'old words')],
    [s('a', 'A <b>', 'one three\nkept & same\nbrand new line'), s('b', 'B', 'same\nagain'), s('new', 'New', 'fresh')],
  );
  const html = diffToHtml(diff, 3);

  it('gives each block its own paragraph, marking changed words, and added and removed blocks whole', () => {
    expect(bare(html)).toContain(
      '<section><h3>A &lt;b&gt; <span>Changed</span></h3>' +
        '<div><p>one <del>two</del><ins>three</ins></p><p>kept &amp; same</p><p><ins>brand new line</ins></p></div></section>',
    );
  });

  it('shows a removed block struck through in its own paragraph', () => {
    const removal = diffToHtml(diffVersions([s('a', 'A', 'first\nsecond')], [s('a', 'A', 'second')]), 2);
    expect(bare(removal)).toContain('<div><p><del>first</del></p><p>second</p></div>');
  });

  it('shows a section added or removed whole as readable text (no wall of underline or strikethrough), its badge saying which', () => {
    expect(bare(html)).toContain('<section><h3>New <span>Added</span></h3><div><p>fresh</p></div></section>');
    expect(bare(html)).toContain('<section><h3>Gone <span>Removed</span></h3><div><p>old words</p></div></section>');
    expect(html).toMatch(/<div class="diff-text[^"]* border-del[^"]*"><p>old words/);
  });

  it('lists what changed first, in reading order, and the unchanged sections after it', () => {
    const titles = [...bare(html).matchAll(/<(?:h3|summary)>([^<]*?) <span>(\w+)/g)].map((m) => m[2]);
    expect(titles).toEqual(['Changed', 'Removed', 'Added', 'Unchanged']);
  });

  it('collapses an unchanged section, its paragraphs kept apart', () => {
    expect(bare(html)).toContain(
      '<section><details><summary>B <span>Unchanged</span></summary><div><p>same</p><p>again</p></div></details></section>',
    );
  });

  it('does not word-diff two unrelated blocks into one: the old is deleted, the new inserted', () => {
    const swap = diffToHtml(diffVersions([s('a', 'A', 'alpha beta gamma')], [s('a', 'A', 'delta epsilon zeta')]), 2);
    expect(bare(swap)).toContain('<div><p><del>alpha beta gamma</del></p><p><ins>delta epsilon zeta</ins></p></div>');
  });

  it('starts with a summary count', () => {
    expect(bare(html).startsWith('<p>1 section added, 1 section removed, 1 section changed, 1 section unchanged.</p>')).toBe(true);
    expect(summarize({ added: 2, removed: 0, renamed: 1, changed: 0, moved: 0, unchanged: 0 })).toBe(
      '2 sections added, 1 section renamed.',
    );
    // A rename that changed the text too says so.
    expect(summarize({ added: 0, removed: 0, renamed: 1, changed: 0, moved: 0, unchanged: 3 }, 1)).toBe(
      '1 section renamed and changed, 3 sections unchanged.',
    );
    expect(summarize({ added: 0, removed: 0, renamed: 2, changed: 0, moved: 0, unchanged: 0 }, 1)).toBe(
      '2 sections renamed (1 also changed).',
    );
  });

  it('keeps the class names tests and the compare island select on', () => {
    for (const hook of ['diff-summary', 'diff-sections', 'diff-section', 'diff-changed', 'diff-added', 'diff-removed', 'diff-unchanged'])
      expect(html).toContain(hook);
    expect(html).toMatch(/<h3 class="diff-title[^"]*">/);
    expect(html).toMatch(/<span class="diff-badge[^"]*">/);
    expect(html).toMatch(/<div class="diff-text[^"]*">/);
  });
});

describe('diffToHtml: lists and sub-headings read as the notice has them', () => {
  const list: [BlockKind, string][] = [
    ['p', 'We collect:'],
    ['ul', 'your name'],
    ['ul', 'your email address'],
    ['p', 'Then more.'],
  ];

  it('keeps a changed list item in its bulleted list, its words marked', () => {
    expect(textOf(list, [list[0], ['ul', 'your full name'], list[2], list[3]])).toBe(
      '<p>We collect:</p><ul><li>your <ins>full </ins>name</li><li>your email address</li></ul><p>Then more.</p>',
    );
  });

  it('shows an added list item inserted whole, in the list', () => {
    expect(textOf(list, [...list.slice(0, 3), ['ul', 'your phone number'], list[3]])).toBe(
      '<p>We collect:</p><ul><li>your name</li><li>your email address</li><li><ins>your phone number</ins></li></ul><p>Then more.</p>',
    );
  });

  it('shows a removed list item struck through, in the list', () => {
    expect(textOf(list, [list[0], list[2], list[3]])).toBe(
      '<p>We collect:</p><ul><li><del>your name</del></li><li>your email address</li></ul><p>Then more.</p>',
    );
  });

  it('numbers an ordered list, and keeps two lists of different kinds apart', () => {
    const before: [BlockKind, string][] = [
      ['ol', 'first step'],
      ['ol', 'second step'],
      ['ul', 'a bullet'],
    ];
    expect(textOf(before, [before[0], ['ol', 'second and last step'], before[2]])).toBe(
      '<ol><li>first step</li><li>second <ins>and last </ins>step</li></ol><ul><li>a bullet</li></ul>',
    );
  });

  it('shows a paragraph that became a list item as the paragraph deleted and the item inserted', () => {
    expect(textOf([['p', 'your name']], [['ul', 'your name']])).toBe('<p><del>your name</del></p><ul><li><ins>your name</ins></li></ul>');
  });

  it("renders a bold paragraph (the notice's way of writing a sub-heading) in bold, kept with its text on paper", () => {
    expect(textOf([['bold', 'What we collect']], [['bold', 'What we may collect']])).toBe(
      '<p><strong>What we <ins>may </ins>collect</strong></p>',
    );
    expect(diffToHtml(diffVersions(withBlocks([]), withBlocks([['bold', 'New']])))).toContain(
      '<p class="break-after-avoid"><strong><ins>New</ins></strong></p>',
    );
  });

  it('renders sub-headings one level below the section title, whichever level that is', () => {
    const before: [BlockKind, string][] = [
      ['h3', 'Cookies'],
      ['p', 'We use cookies.'],
      ['h4', 'Which'],
    ];
    const after: [BlockKind, string][] = [before[0], ['p', 'We use some cookies.'], before[2]];
    expect(textOf(before, after, 2)).toBe('<h3>Cookies</h3><p>We use <ins>some </ins>cookies.</p><h4>Which</h4>');
    expect(textOf(before, after, 3)).toBe('<h4>Cookies</h4><p>We use <ins>some </ins>cookies.</p><h5>Which</h5>');
  });
});
