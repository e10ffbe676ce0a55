import type { Heading, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/** What each kind of markup in a heading does, and what to write instead. */
const MARKUP: Partial<Record<PhrasingContent['type'], string>> = {
  strong: 'the ** (or __) in this heading are lost in Quick Links and the page title, and headings are bold already: remove them',
  emphasis:
    'the _ (or *) in this heading are lost in Quick Links and the page title: remove them; to stress words, do it in the text below',
  link: 'a heading cannot hold a link (its Quick Link and its own link would be two links in one): remove the [ ](…) and put the link in the text below',
};

/**
 * A section's heading is plain words: it becomes the Quick Link, the anchor's name and the changes page's
 * title, which carry no markup. Closing hashes (`## Retention ##`) before a `{…}` stay as text.
 */
export const headingText: NoticeRule = {
  name: 'heading-text',
  description: 'A heading holds bold, italics or a link, or ends in "#" characters that would show as text.',
  fix: 'Write the heading as plain words: `## Information Retention {#information_retention}`, without `**`, `_`, `[ ](…)` or closing `##`.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, 'heading', (heading: Heading) => {
      for (const child of heading.children) {
        const message = MARKUP[child.type];
        if (message) findings.push({ ...startOf(child), message: `${message}: "${toString(heading)}".` });
      }
      const start = startOf(heading);
      const line = parsed.lines[start.line - 1] ?? '';
      const hashes = /\s(#+)\s*(\{[^}]*\})?\s*$/.exec(line.replace(/^\s*#+/, (lead) => ' '.repeat(lead.length)));
      if (hashes && toString(heading).includes('#')) {
        findings.push({
          line: start.line,
          column: hashes.index + 2,
          message: `"${hashes[1]}" at the end of a heading shows as text on the page: remove it (a heading is "## Title {#id}", with hashes only at the start).`,
        });
      }
    });
    return findings;
  },
};
