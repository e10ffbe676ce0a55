import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBlocks, diffText, diffVersions, type Block, type BlockChange, type BlockKind, type DiffableSection } from './diff';

/** One paragraph per line. */
const paragraphs = (text: string): Block[] => (text === '' ? [] : text.split('\n').map((line) => ({ kind: 'p', text: line })));

const s = (id: string, title: string, text: string, aliases: string[] = []): DiffableSection => ({
  id,
  title,
  aliases,
  blocks: paragraphs(text),
});

describe('diffText', () => {
  it('marks inserted and deleted words', () => {
    expect(diffText('We keep data for one year.', 'We keep data for two years.')).toEqual([
      { type: 'equal', value: 'We keep data for ' },
      { type: 'delete', value: 'one year' },
      { type: 'insert', value: 'two years' },
      { type: 'equal', value: '.' },
    ]);
  });
});

describe('diffVersions', () => {
  const before = [
    s('scope', 'Scope', 'Applies to the Sites.'),
    s('cookies', 'Cookies', 'We use cookies.'),
    s('children', 'Children', 'Under 13.'),
    s('contact', 'Contact', 'Write to us.'),
  ];

  it('finds added, removed, changed and unchanged sections by id, in reading order', () => {
    const after = [
      s('scope', 'Scope', 'Applies to the Sites and apps.'),
      s('cookies', 'Cookies', 'We use cookies.'),
      s('ai', 'AI', 'New.'),
      s('contact', 'Contact', 'Write to us.'),
    ];
    const diff = diffVersions(before, after);
    expect(diff.sections.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'changed:scope',
      'unchanged:cookies',
      'removed:children',
      'added:ai',
      'unchanged:contact',
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 1, renamed: 0, changed: 1, moved: 0, unchanged: 2 });
    const scope = diff.sections[0];
    expect(scope.blocks.flatMap((b) => (b.type === 'changed' ? b.parts : [])).filter((p) => p.type !== 'equal')).toEqual([
      { type: 'insert', value: 'and apps' },
    ]);
  });

  it('reports a renamed heading as renamed, also when the id changed and an alias keeps the old one', () => {
    const after = [
      s('scope', 'Scope of this Notice', 'Applies to the Sites.'),
      s('tracking', 'Cookies and Tracking', 'We use cookies.', ['cookies']),
      s('children', 'Children', 'Under 13.'),
      s('contact', 'Contact', 'Write to us.'),
    ];
    const diff = diffVersions(before, after);
    expect(diff.sections.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'renamed:scope',
      'renamed:tracking',
      'unchanged:children',
      'unchanged:contact',
    ]);
    expect(diff.sections[1]).toMatchObject({
      kind: 'renamed',
      oldId: 'cookies',
      oldTitle: 'Cookies',
      title: 'Cookies and Tracking',
      textChanged: false,
    });
    expect(diff.counts.removed).toBe(0);
  });

  it('reports the fewest moved sections, with their places before and after (moving one past many moves one)', () => {
    const moved = [before[3], before[0], before[1], before[2]];
    const diff = diffVersions(before, moved);
    expect(diff.sections.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'moved:contact',
      'unchanged:scope',
      'unchanged:cookies',
      'unchanged:children',
    ]);
    expect(diff.sections[0].move).toEqual({ from: 4, to: 1 });
    expect(diff.counts.moved).toBe(1);
    // A moved section whose text changed too is "changed" and carries its move.
    const both = diffVersions(before, [s('contact', 'Contact', 'Write or call.'), before[0], before[1], before[2]]);
    expect(both.sections[0]).toMatchObject({ kind: 'changed', move: { from: 4, to: 1 } });
    // Removing or adding a section shifts the others' places: that is no move.
    expect(diffVersions(before, before.slice(1)).counts.moved).toBe(0);
    expect(diffVersions(before, [s('new', 'New', 'Hello.'), ...before]).counts.moved).toBe(0);
  });

  it('reports a link whose destination changed as a change of its block, words unchanged', () => {
    const withLink = (href: string): DiffableSection => ({
      ...s('contact', 'Contact', ''),
      blocks: [{ kind: 'p', text: 'Write to us.', links: [href] }],
    });
    const diff = diffVersions([withLink('mailto:a@example.org')], [withLink('mailto:b@example.org')]);
    expect(diff.counts.changed).toBe(1);
    expect(diff.sections[0].blocks).toEqual([
      {
        type: 'changed',
        kind: 'p',
        parts: [{ type: 'equal', value: 'Write to us.' }],
        links: [{ from: 'mailto:a@example.org', to: 'mailto:b@example.org' }],
      },
    ]);
    expect(diffVersions([withLink('#a')], [withLink('#a')]).counts.unchanged).toBe(1);
  });

  it('puts a removed first section first', () => {
    const diff = diffVersions([s('a', 'A', 'x'), s('b', 'B', 'y')], [s('b', 'B', 'y')]);
    expect(diff.sections.map((c) => `${c.kind}:${c.id}`)).toEqual(['removed:a', 'unchanged:b']);
  });
});

describe('diffBlocks', () => {
  it('reports a list item that changed as changed, of its kind', () => {
    const before: Block[] = [
      { kind: 'p', text: 'We collect:' },
      { kind: 'ul', text: 'your name' },
    ];
    expect(diffBlocks(before, [before[0], { kind: 'ul', text: 'your full name' }])).toEqual([
      { type: 'equal', kind: 'p', text: 'We collect:' },
      {
        type: 'changed',
        kind: 'ul',
        parts: [
          { type: 'equal', value: 'your ' },
          { type: 'insert', value: 'full ' },
          { type: 'equal', value: 'name' },
        ],
      },
    ]);
  });

  it('finds a block that only changed kind', () => {
    expect(diffBlocks([{ kind: 'p', text: 'same' }], [{ kind: 'ol', text: 'same' }])).toEqual([
      { type: 'delete', kind: 'p', text: 'same' },
      { type: 'insert', kind: 'ol', text: 'same' },
    ]);
  });

  // Whatever the edit, the older side of the result is the older blocks and the newer side the newer ones
  // (up to the spaces jsdiff's word diff moves between equal and changed runs).
  const sides = (changes: BlockChange[], side: 'delete' | 'insert'): Block[] =>
    changes.flatMap((c): Block[] => {
      if (c.type !== 'changed') return c.type === 'equal' || c.type === side ? [{ kind: c.kind, text: c.text }] : [];
      return [
        {
          kind: c.kind,
          text: c.parts
            .filter((p) => p.type === 'equal' || p.type === side)
            .map((p) => p.value)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        },
      ];
    });
  const word = fc.constantFrom('we', 'keep', 'your', 'data', 'for', 'one', 'two', 'years', '.');
  const block = fc.record({
    kind: fc.constantFrom<BlockKind>('p', 'ul', 'ol', 'h3'),
    text: fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')),
  });

  it('loses and invents no block (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.array(block, { maxLength: 8 }), (before, after) => {
        const changes = diffBlocks(before, after);
        expect(sides(changes, 'delete')).toEqual(before);
        expect(sides(changes, 'insert')).toEqual(after);
      }),
    );
  });
});
