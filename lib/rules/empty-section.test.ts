import { describe, expect, it } from 'vitest';
import { emptySection } from './empty-section';
import { check, VALID_FRONT_MATTER } from './test-helpers';

describe('empty-section', () => {
  it('passes sections with text, including one whose text is a sub-section', () => {
    expect(check(emptySection, `${VALID_FRONT_MATTER}\n## A\n\n### A.1\n\nText.\n\n## B\n\nText.\n`)).toEqual([]);
  });

  it('reports a heading followed by a heading of the same or a higher level, and one at the end', () => {
    expect(check(emptySection, `${VALID_FRONT_MATTER}\n## A\n\n## B\n\n### B.1\n\n## C\n`)).toEqual([
      '7:1 error this section is empty: write its text under the heading, or remove the heading.',
      '11:1 error this section is empty: write its text under the heading, or remove the heading.',
      '13:1 error this section is empty: write its text under the heading, or remove the heading.',
    ]);
  });

  it('reports a notice with no text at all below its front matter', () => {
    expect(check(emptySection, VALID_FRONT_MATTER)).toEqual([
      '6:1 error the notice has no text: write or paste the notice below the front matter.',
    ]);
  });
});
