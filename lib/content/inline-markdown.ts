import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { allowedLinksHint, isAllowedLink } from '../link-policy';

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
      if (!isAllowedLink(node.url, 'inline')) problems.push(`the link "${node.url}" ${allowedLinksHint('inline')}`);
      if (!node.children.length) problems.push(`the link to "${node.url}" has no text: write [text](${node.url})`);
    }
  });
  return [...new Set(problems)];
}

/** Validated inline Markdown as hast, for components/InlineMarkdown.tsx to render (no wrapping paragraph). */
export function inlineMarkdownTree(text: string): HastRoot {
  const tree: Root = parser.parse(text);
  const first = tree.children[0];
  // Convert the paragraph (not its bare children, which would be joined as blocks) and drop the <p>.
  const paragraph = first?.type === 'paragraph' ? toHast(first) : undefined;
  return { type: 'root', children: paragraph?.type === 'element' ? paragraph.children : [] };
}
