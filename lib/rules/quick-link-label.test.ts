import { describe, expect, it } from 'vitest';
import { quickLinkLabel } from './quick-link-label';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('quick-link-label', () => {
  it('asks for a short label on a long listed heading, and refuses an empty one', () => {
    expect(
      check(
        quickLinkLabel,
        `${FM}\n## Your Choices Regarding the Collection and Use of Your Information {#choices}\n\nx\n\n## Short {#s quick-link=""}\n\ny\n\n## Also Your Choices Regarding the Collection and Use of It {.unlisted}\n\nz\n`,
      ),
    ).toEqual([
      '7:1 error this heading is 65 characters, too long for Quick Links: add a short label, e.g. {#choices quick-link="…"} (at most 40 characters read well), or .unlisted to leave it out.',
      '11:1 error the quick-link label is empty: write the short text for Quick Links, or remove quick-link="".',
    ]);
  });
});
