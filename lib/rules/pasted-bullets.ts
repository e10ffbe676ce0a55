import type { Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Finding, NoticeRule } from './rule';

/** Bullet characters word processors paste (Word's •, ◦, ▪, ●): text to Markdown, not a list. */
const PASTED_BULLET = /^(\s*)([•◦▪▫●○‣⁃∙])\s*/;

/**
 * Bullets pasted from Word or a PDF are characters, not Markdown: the lines publish as one run-on
 * paragraph with "•" in it. Each such line of a paragraph is reported where its bullet is.
 */
export const pastedBullets: NoticeRule = {
  name: 'pasted-bullets',
  description: 'A line starts with a bullet character pasted from a word processor (•, ◦, ▪, ●), which publishes as text, not a list.',
  fix: 'Start each list item with `* ` (an asterisk and a space) instead of the pasted bullet, each on its own line, with a blank line before the list.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, 'paragraph', (paragraph: Paragraph) => {
      const [first, last] = [paragraph.position?.start.line ?? 1, paragraph.position?.end.line ?? 0];
      const many = last > first;
      for (let line = first; line <= last; line++) {
        const match = PASTED_BULLET.exec(parsed.lines[line - 1] ?? '');
        if (!match) continue;
        findings.push({
          line,
          column: match[1].length + 1,
          message: `"${match[2]}" is a bullet pasted from a word processor: it shows as a character${many ? ', and these lines run together into one paragraph' : ''}. Replace it with "* " (an asterisk and a space) to make a list item, and leave a blank line before the list.`,
        });
      }
    });
    return findings;
  },
};
