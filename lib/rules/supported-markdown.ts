import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/**
 * What the notice may use beyond paragraphs, ## / ### headings, lists, links, **bold**, _italics_,
 * blockquotes, line breaks and --- rules: everything else is refused, with what to write instead.
 * Each was decided for a legal page that must read the same everywhere (see CONTRIBUTING.md).
 */
const REFUSED: Record<string, string> = {
  image:
    'images are not supported in the notice (the site does not publish image files, and its security policy blocks images from other sites): describe it in words, or link to it, [description](https://…)',
  imageReference: 'images are not supported in the notice: describe it in words, or link to it, [description](https://…)',
  footnoteReference:
    'footnotes are not supported (they would add a section and an anchor that later versions must keep): write the note in the text, in parentheses',
  footnoteDefinition: 'footnotes are not supported: write the note in the text where it is referred to, in parentheses',
  table: 'tables are not supported (they do not fit a phone screen): write the rows as a list, "* **Heading**: text"',
  delete:
    'struck-through text (~~ ~~) is not supported: remove the words, or the ~~; the changes page of the new version shows what was removed',
  inlineCode: 'text in `backticks` shows as code: remove the backticks (use **bold** or _italics_ to stress words)',
  code: 'a ``` block shows as code, not as notice text: remove the ``` lines',
};

/** The supported Markdown, construct by construct; anything else is a located error with the way to write it. */
export const supportedMarkdown: NoticeRule = {
  name: 'supported-markdown',
  description:
    'A construct the notice does not support: images, footnotes, tables, strikethrough, code, task lists, or headings deeper than ###.',
  fix: 'Write it the supported way the message gives (see *What Markdown you can use* above): a list instead of a table, the note in parentheses instead of a footnote, words or a link instead of an image.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    const { lines } = parsed;
    visit(parsed.mdast, (node) => {
      if (node.type === 'code' && !/^\s*(```|~~~)/.test(lines[(node.position?.start.line ?? 1) - 1] ?? '')) return; // indented: unapplied-markup says why
      const refused = REFUSED[node.type];
      if (refused) findings.push({ ...startOf(node), message: `${refused}.` });
      else if (node.type === 'heading' && node.depth > 3) {
        findings.push({
          ...startOf(node),
          message: `"${'#'.repeat(node.depth)}" headings are not styled on the page: use "## " for a section and "### " for a sub-section.`,
        });
      } else if (node.type === 'listItem' && typeof node.checked === 'boolean') {
        findings.push({
          ...startOf(node),
          message: 'check boxes ("[ ]", "[x]") are not supported: write an ordinary list item, "* text".',
        });
      }
    });
    return findings;
  },
};
