import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/** Headings go down one level at a time under the title (h1, from the front matter), so the outline makes sense to screen readers. */
export const headingLevels: NoticeRule = {
  name: 'heading-levels',
  description: 'Sections are ## headings, sub-sections ###, and no level is skipped; # is reserved for the title.',
  fix: 'Sections are `##`, their sub-sections `###`.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    let previous = 1;
    visit(parsed.mdast, 'heading', (node) => {
      const hashes = (n: number) => '#'.repeat(n);
      if (node.depth === 1) {
        findings.push({
          ...startOf(node),
          message: 'a "#" heading is the page title, which comes from "title:" in the front matter: start sections with "## ".',
        });
      } else if (node.depth > previous + 1) {
        findings.push({
          ...startOf(node),
          message: `this "${hashes(node.depth)}" heading skips a level after a "${hashes(previous)}" heading: use "${hashes(previous + 1)} ".`,
        });
      }
      previous = Math.max(node.depth, 1);
    });
    return findings;
  },
};
