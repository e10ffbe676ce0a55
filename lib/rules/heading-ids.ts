import { isReservedId } from '../page-ids';
import type { Finding, NoticeRule } from './rule';

/** Letters, digits, "_" and "-", starting with a letter: safe in URLs and stable across tools. */
export const VALID_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Section ids are the notice's deep links: each must be valid and lead to exactly one place. */
export const headingIds: NoticeRule = {
  name: 'heading-ids',
  description:
    'Heading ids and aliases are valid ({#letters_digits-and_dashes}), unique within the version, and not one the page itself uses (content, privacy-notice, site-nav…).',
  fix: 'Give each heading its own `{#id}` of letters, digits, `_` and `-`, starting with a letter, and not one the page uses itself.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    for (const heading of parsed.headings) {
      const at = { line: heading.line, column: heading.column };
      const ids = [heading.id, ...heading.aliases];
      for (const [index, id] of ids.entries()) {
        const kind = index === 0 ? 'id' : 'alias';
        if ((index > 0 || heading.explicitId) && !VALID_ID.test(id)) {
          findings.push({
            ...at,
            message: `the ${kind} "${id}" is not a valid id: use letters, digits, "_" and "-", starting with a letter (e.g. {#contact_us}).`,
          });
        }
        if (isReservedId(id)) {
          findings.push({
            ...at,
            message: `the ${kind} "${id}" is used by the page itself (its menus, skip link or layout)${heading.explicitId || index > 0 ? '' : ', and this heading gets it from its text'}: give this heading another {#id}, e.g. {#${id.replace(/-/g, '_')}_section}.`,
          });
        }
        const firstLine = seen.get(id);
        if (firstLine !== undefined) {
          findings.push({
            ...at,
            message: `the ${kind} "${id}" is already used by the heading on line ${firstLine}: give this heading its own {#id}.`,
          });
        } else {
          seen.set(id, heading.line);
        }
      }
    }
    return findings;
  },
};
