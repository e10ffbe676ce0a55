import { visit } from 'unist-util-visit';
import { startOf, type NoticeRule } from './rule';

/** The Markdown way to write what a tag was meant to do. */
const MARKDOWN_FOR: [RegExp, string][] = [
  [/^<!--/, 'delete the comment: comments would be published with the file'],
  [/^<\/?(b|strong)\b/i, 'write **bold text** instead'],
  [/^<\/?(i|em)\b/i, 'write _italic text_ instead'],
  [/^<\/?a\b/i, 'write [link text](https://example.org/) instead'],
  [/^<br\b/i, 'end the line with a backslash (\\) for a line break, or leave a blank line for a new paragraph'],
  [/^<\/?p\b/i, 'leave a blank line between paragraphs instead'],
  [/^<\/?(ul|ol|li)\b/i, 'start each list item on its own line with "* " (or "1. ") instead'],
  [/^<\/?h[1-6]\b/i, 'write a heading as "## Heading text {#id}" instead'],
  [/^<\/?(table|tr|td|th)\b/i, 'write the rows as a list instead (tables are not supported)'],
];

/** Raw HTML is never published: it could carry scripts and it bypasses the notice's styles. */
export const rawHtml: NoticeRule = {
  name: 'raw-html',
  description: 'HTML tags and comments are not allowed in the notice; Markdown has a way to write each.',
  fix: 'Use the Markdown the message suggests: `**bold**`, `_italics_`, a blank line, `[text](https://…)`.',
  severity: 'error',
  check({ parsed }) {
    const findings: ReturnType<NoticeRule['check']> = [];
    visit(parsed.mdast, 'html', (node) => {
      const snippet = node.value.trim().split('\n')[0].slice(0, 40);
      const fix = MARKDOWN_FOR.find(([pattern]) => pattern.test(node.value.trim()))?.[1] ?? 'remove the tag and write the text in Markdown';
      findings.push({ ...startOf(node), message: `raw HTML "${snippet}" is not allowed: ${fix}.` });
    });
    return findings;
  },
};
