import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { schemeOf } from './url-scheme';

const parser = unified().use(remarkParse);
const ALLOWED = new Set(['text', 'link', 'emphasis', 'strong']);

/** Checks a one-line inline Markdown string from the site data; returns what is wrong with it. */
export function inlineMarkdownProblems(text: string): string[] {
  const tree = parser.parse(text);
  const problems: string[] = [];
  if (tree.children.length > 1 || (tree.children[0] && tree.children[0].type !== 'paragraph')) {
    problems.push('must be a single line of text (no headings, lists or blank lines)');
  }
  visit(tree, (node) => {
    if (node.type === 'root' || node.type === 'paragraph') return;
    if (!ALLOWED.has(node.type)) {
      problems.push(node.type === 'html' ? 'contains HTML: write [text](https://…) for links, _text_ for italics' : `contains Markdown "${node.type}", which is not allowed here: only links, _italics_ and **bold**`);
    } else if (node.type === 'link') {
      const scheme = schemeOf(node.url);
      if (scheme !== 'https' && scheme !== 'mailto' && !node.url.startsWith('/')) {
        problems.push(`the link "${node.url}" must start with https:// (or / for a page of this site)`);
      }
      if (!node.children.length) problems.push(`the link to "${node.url}" has no text: write [text](${node.url})`);
    }
  });
  return [...new Set(problems)];
}

/** Renders validated inline Markdown to an HTML fragment (no wrapping paragraph). */
export function renderInlineMarkdown(text: string): string {
  const tree: Root = parser.parse(text);
  const first = tree.children[0];
  if (first?.type !== 'paragraph') return '';
  // Convert the paragraph (not its bare children, which would be joined as blocks) and drop the <p>.
  const paragraph = toHast(first);
  return paragraph.type === 'element' ? toHtml(paragraph.children) : '';
}
