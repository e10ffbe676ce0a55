import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeRules, versionsRules } from '.';

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');

  it('explains every rule the check can print, in its table', () => {
    const names = [...noticeRules, ...versionsRules]
      .map((r) => r.name)
      .concat(['front-matter', 'heading-attributes', 'site-data', 'versions']);
    for (const name of names) expect(guide, name).toContain(`| \`${name}\` |`);
  });
});
