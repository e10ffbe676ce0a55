import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/** A link with no text is invisible to sighted readers and unnamed for screen readers. */
export const linkText: NoticeRule = {
  name: 'link-text',
  description: 'Every link has text.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, 'link', (node) => {
      if (toString(node).trim() === '') {
        findings.push({
          ...startOf(node),
          message: `the link to "${node.url}" has no text: write the words to click between the brackets, [like this](${node.url}).`,
        });
      }
    });
    return findings;
  },
};
