import { describe, expect, it } from 'vitest';
import { diffText, diffVersions, type DiffableSection } from './diff';

const s = (id: string, title: string, text: string, aliases: string[] = []): DiffableSection => ({ id, title, text, aliases });

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
    expect(diff.counts).toEqual({ added: 1, removed: 1, renamed: 0, changed: 1, unchanged: 2 });
    const scope = diff.sections[0];
    expect(scope.kind === 'changed' && scope.parts.filter((p) => p.type !== 'equal')).toEqual([{ type: 'insert', value: 'and apps' }]);
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

  it('puts a removed first section first', () => {
    const diff = diffVersions([s('a', 'A', 'x'), s('b', 'B', 'y')], [s('b', 'B', 'y')]);
    expect(diff.sections.map((c) => `${c.kind}:${c.id}`)).toEqual(['removed:a', 'unchanged:b']);
  });
});
