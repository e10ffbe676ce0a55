import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '.';
import { rulesTable, withRulesTable } from './table';

describe("CONTRIBUTING.md's rule table", () => {
  it('is generated from the registry (run npm run docs:rules after changing a rule)', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(guide).toBe(withRulesTable(guide));
  });

  it('has one row per registered rule, each saying what it means and how to fix it', () => {
    const rows = rulesTable().split('\n').slice(2);
    expect(rows).toHaveLength(rules.length);
    for (const [i, rule] of rules.entries()) {
      expect(rows[i]).toContain(`\`${rule.name}\``);
      expect(rule.fix.length, rule.name).toBeGreaterThan(10);
    }
  });

  it('refuses a guide that lost its markers, rather than dropping the table', () => {
    expect(() => withRulesTable('# Contributing\n')).toThrow(/must hold the lines/);
  });
});
