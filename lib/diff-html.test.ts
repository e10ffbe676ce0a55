import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff';
import { diffToHtml, summarize } from './diff-html';

describe('diffToHtml', () => {
  const diff = diffVersions(
    [
      { id: 'a', title: 'A <b>', aliases: [], text: 'one two' },
      { id: 'b', title: 'B', aliases: [], text: 'same' },
    ],
    [
      { id: 'a', title: 'A <b>', aliases: [], text: 'one three' },
      { id: 'b', title: 'B', aliases: [], text: 'same' },
    ],
  );
  const html = diffToHtml(diff, 3);

  it('marks words with <ins> and <del>, escapes text, and collapses unchanged sections', () => {
    expect(html).toContain('<h3 class="diff-title">A &lt;b&gt; <span class="diff-badge">Changed</span></h3>');
    expect(html).toContain('one <del>two</del><ins>three</ins>');
    expect(html).toContain('<details><summary>B <span class="diff-badge">Unchanged</span></summary>');
  });

  it('starts with a summary count', () => {
    expect(html.startsWith('<p class="diff-summary">1 section changed, 1 section unchanged.</p>')).toBe(true);
    expect(summarize({ added: 2, removed: 0, renamed: 1, changed: 0, unchanged: 0 })).toBe('2 sections added, 1 section renamed.');
  });
});
