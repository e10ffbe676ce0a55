import { rules } from '.';

/** The markers around CONTRIBUTING.md's rule table: what lies between them is generated. */
export const TABLE_START =
  '<!-- rules table: generated from lib/rules/index.ts by `npm run docs:rules`; edit the rules, not this table -->';
export const TABLE_END = '<!-- end of rules table -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The rule table: one row per registered rule, in the registry's order, in each rule's own words. */
export function rulesTable(): string {
  return [
    '| rule | what it means | how to fix it |',
    '|---|---|---|',
    ...rules.map((rule) => `| \`${rule.name}\` | ${cell(rule.description)} | ${cell(rule.fix)} |`),
  ].join('\n');
}

/** `guide` with the text between the markers replaced by the current table; throws when a marker is missing. */
export function withRulesTable(guide: string): string {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md must hold the lines:\n${TABLE_START}\n${TABLE_END}`);
  return `${guide.slice(0, start + TABLE_START.length)}\n${rulesTable()}\n${guide.slice(end)}`;
}
