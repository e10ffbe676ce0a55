import { describe, expect, it } from 'vitest';
import { headingLevels } from './heading-levels';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('heading-levels', () => {
  it('passes ## sections with ### sub-sections', () => {
    expect(check(headingLevels, `${FM}\n## A\n\nx\n\n### A.1\n\ny\n\n## B\n\nz\n`)).toEqual([]);
  });
  it('reports a # heading and a skipped level at their lines', () => {
    expect(check(headingLevels, `${FM}\n# Title\n\nx\n\n## A\n\ny\n\n#### Deep\n\nz\n`)).toEqual([
      '7:1 error a "#" heading is the page title, which comes from "title:" in the front matter: start sections with "## ".',
      '15:1 error this "####" heading skips a level after a "##" heading: use "### ".',
    ]);
  });
});
