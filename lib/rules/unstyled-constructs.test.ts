import { describe, expect, it } from 'vitest';
import { UNSTYLED_CONSTRUCTS } from '../../tailwind.config';
import { noticeRules } from './index';
import { documentOf, VALID_FRONT_MATTER } from './test-helpers';

/**
 * tailwind.config.ts leaves out the prose styles of Markdown the checks refuse. If a check is relaxed (tables
 * allowed, say), this fails: put the construct's styles back there before publishing one.
 */
const MARKDOWN: Record<keyof typeof UNSTYLED_CONSTRUCTS, string[]> = {
  table: ['| A | B |\n| - | - |\n| 1 | 2 |'],
  tableSpacing: ['| A |\n| - |\n| 1 |'],
  image: ['![A chart](https://example.org/chart.png)'],
  code: ['Use `this` word.', '```\ncode\n```'],
  heading1: ['# A title'],
  heading4: ['### Sub\n\n#### Deeper'],
  html: ['<p class="lead">Lead</p>', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', '<ol type="a"><li>x</li></ol>'],
};

describe('prose styles left out of tailwind.config.ts', () => {
  for (const [construct, samples] of Object.entries(MARKDOWN))
    for (const sample of samples)
      it(`are for Markdown the checks refuse: ${construct}, ${JSON.stringify(sample)}`, () => {
        const doc = documentOf(`${VALID_FRONT_MATTER}\n## Scope {#scope}\n\nText.\n\n${sample}\n`);
        const errors = noticeRules.flatMap((rule) => rule.check(doc).filter((f) => (f.severity ?? rule.severity) === 'error'));
        expect(errors.length, `no check refuses ${sample}`).toBeGreaterThan(0);
      });

  it('cover every construct the config names', () => {
    expect(Object.keys(MARKDOWN).sort()).toEqual(Object.keys(UNSTYLED_CONSTRUCTS).sort());
  });
});
