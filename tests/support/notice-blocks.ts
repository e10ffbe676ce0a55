import { JSDOM } from 'jsdom';
import type { ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { formatDate } from '../../lib/dates';
import { parseMarkdown } from '../../lib/content/markdown';
import type { NoticeVersion } from '../../lib/content';

/** Collapses whitespace (including non-breaking spaces) so text compares as a reader sees it. */
export const normalize = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The blocks of a Markdown tree, in order: each heading, paragraph and list item as plain text. */
export function markdownBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading' || node.type === 'paragraph') blocks.push(normalize(toString(node)));
    else if (node.type === 'listItem') {
      // A list item's own words (its nested lists are blocks of their own).
      blocks.push(
        normalize(
          (node as ListItem).children
            .filter((c) => c.type !== 'list')
            .map((c) => toString(c))
            .join(' '),
        ),
      );
      for (const child of node.children) if (child.type === 'list') walk(child);
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return blocks.filter(Boolean);
}

/** The blocks of Markdown text (e.g. what an archiver recorded), as markdownBlocks reads them. */
export function blocksOfMarkdown(markdown: string): string[] {
  return markdownBlocks(remark().use(remarkGfm).parse(markdown));
}

/**
 * What a reader program should hold of a version, block by block, read from its Markdown: the title,
 * the revision date, the sections, and the Quick Links (derived from the headings) after the
 * introduction, where the page shows them.
 */
export function noticeBlocks(version: NoticeVersion): string[] {
  const { mdast, headings } = parseMarkdown(version.source, version.file);
  const firstListed = headings.find((h) => h.quickLink !== undefined);
  const blocks = [version.title, `Last revised ${formatDate(version.date)}`];
  for (const node of mdast.children) {
    if (node.type === 'yaml') continue;
    if (firstListed && node.type === 'heading' && node.position?.start.line === firstListed.line) {
      blocks.push('Quick Links', ...version.quickLinks.map((q) => normalize(q.label)));
    }
    blocks.push(...markdownBlocks({ type: 'root', children: [node] }));
  }
  return blocks;
}

const BLOCK_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI', 'TD', 'TH', 'PRE', 'BLOCKQUOTE']);

/** The blocks of an HTML fragment or element, in order: its headings, paragraphs and list items as text. */
export function htmlBlocks(html: string | Element): string[] {
  const root = typeof html === 'string' ? JSDOM.fragment(html) : html;
  const blocks: string[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.children) {
      if (BLOCK_TAGS.has(child.tagName) && !child.querySelector('p, li, h1, h2, h3, h4, h5, h6')) {
        blocks.push(normalize(child.textContent ?? ''));
      } else if (child.tagName === 'LI') {
        // A list item holding a nested list: its own words, then the nested items.
        // (By node type: a document Readability made has no window to take the Element class from.)
        const own = [...child.childNodes].filter((n) => n.nodeType !== n.ELEMENT_NODE || !/^(UL|OL)$/.test(n.nodeName));
        blocks.push(normalize(own.map((n) => n.textContent).join('')));
        for (const list of child.querySelectorAll(':scope > ul, :scope > ol')) walk(list);
      } else walk(child);
    }
  };
  walk(root);
  return blocks.filter(Boolean);
}
