import type { Heading, RootContent } from 'mdast';
import { startOf, type Finding, type NoticeRule } from './rule';

/** A heading with nothing under it, or a notice with no text at all, is a mistake (a paste that went missing). */
export const emptySection: NoticeRule = {
  name: 'empty-section',
  description: 'Every heading has text under it, and the notice is not empty.',
  fix: "Write the section's text, or remove the heading.",
  severity: 'error',
  check({ parsed }) {
    const blocks = parsed.mdast.children.filter((n) => n.type !== 'yaml');
    if (blocks.length === 0) {
      const fm = parsed.frontMatter;
      return [
        {
          // The line after the front matter's closing "---", or the last line when the file ends there.
          line: Math.min(fm ? fm.line + fm.yaml.split('\n').length + 2 : 1, parsed.lines.length),
          column: 1,
          message: 'the notice has no text: write or paste the notice below the front matter.',
        },
      ];
    }
    const findings: Finding[] = [];
    blocks.forEach((node: RootContent, index) => {
      if (node.type !== 'heading') return;
      const next = blocks[index + 1];
      if (!next || (next.type === 'heading' && (next as Heading).depth <= node.depth)) {
        findings.push({ ...startOf(node), message: 'this section is empty: write its text under the heading, or remove the heading.' });
      }
    });
    return findings;
  },
};
