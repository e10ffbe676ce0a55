import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffableSection } from './diff';
import { diffToHtml, summarize } from './diff-html';

const s = (id: string, title: string, text: string): DiffableSection => ({ id, title, aliases: [], text });

describe('diffToHtml', () => {
  const diff = diffVersions(
    [s('a', 'A <b>', 'one two\nkept & same'), s('b', 'B', 'same\nagain'), s('gone', 'Gone', 'old words')],
    [s('a', 'A <b>', 'one three\nkept & same\nbrand new line'), s('b', 'B', 'same\nagain'), s('new', 'New', 'fresh')],
  );
  const html = diffToHtml(diff, 3);

  it('gives each block its own paragraph, marking changed words, and added and removed blocks whole', () => {
    expect(html).toContain(
      '<li class="diff-section diff-changed"><h3 class="diff-title">A &lt;b&gt; <span class="diff-badge">Changed</span></h3>' +
        '<div class="diff-text"><p>one <del>two</del><ins>three</ins></p><p>kept &amp; same</p><p><ins>brand new line</ins></p></div></li>',
    );
  });

  it('shows a removed block struck through in its own paragraph', () => {
    const removal = diffToHtml(diffVersions([s('a', 'A', 'first\nsecond')], [s('a', 'A', 'second')]), 2);
    expect(removal).toContain('<div class="diff-text"><p><del>first</del></p><p>second</p></div>');
  });

  it('marks added and removed sections block by block', () => {
    expect(html).toContain(
      '<li class="diff-section diff-added"><h3 class="diff-title">New <span class="diff-badge">Added</span></h3><div class="diff-text"><p><ins>fresh</ins></p></div></li>',
    );
    expect(html).toContain(
      '<li class="diff-section diff-removed"><h3 class="diff-title">Gone <span class="diff-badge">Removed</span></h3><div class="diff-text"><p><del>old words</del></p></div></li>',
    );
  });

  it('collapses an unchanged section, its paragraphs kept apart', () => {
    expect(html).toContain(
      '<li class="diff-section diff-unchanged"><details><summary>B <span class="diff-badge">Unchanged</span></summary><div class="diff-text"><p>same</p><p>again</p></div></details></li>',
    );
  });

  it('does not word-diff two unrelated blocks into one: the old is deleted, the new inserted', () => {
    const swap = diffToHtml(diffVersions([s('a', 'A', 'alpha beta gamma')], [s('a', 'A', 'delta epsilon zeta')]), 2);
    expect(swap).toContain('<div class="diff-text"><p><del>alpha beta gamma</del></p><p><ins>delta epsilon zeta</ins></p></div>');
  });

  it('starts with a summary count', () => {
    expect(html.startsWith('<p class="diff-summary">1 section added, 1 section removed, 1 section changed, 1 section unchanged.</p>')).toBe(
      true,
    );
    expect(summarize({ added: 2, removed: 0, renamed: 1, changed: 0, unchanged: 0 })).toBe('2 sections added, 1 section renamed.');
  });
});
