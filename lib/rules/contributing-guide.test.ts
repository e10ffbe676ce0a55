import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '.';

describe("CONTRIBUTING.md's rule table", () => {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');
  const rows = [...guide.matchAll(/^\| `([a-z-]+)` \| (.*?) \| (.*?) \|$/gm)].map(([, name, meaning, fix]) => ({ name, meaning, fix }));

  it('has one row per registered rule, in the registry order, and no other', () => {
    expect(rows.map((r) => r.name)).toEqual(rules.map((r) => r.name));
  });

  it("says what each rule means in the registry's own words, and how to fix it", () => {
    for (const rule of rules) {
      const row = rows.find((r) => r.name === rule.name);
      expect(row?.meaning, rule.name).toBe(rule.description.replace(/\|/g, '\\|'));
      expect(row?.fix.length, rule.name).toBeGreaterThan(10);
    }
  });
});
