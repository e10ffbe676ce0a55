import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import type { NoticeHeading } from './collect-headings';

/**
 * What a block of a section is: a paragraph, a paragraph wholly in bold (`bold`: how the notice writes
 * most of its sub-headings), an item of a bulleted (`ul`) or numbered (`ol`) list, a sub-heading, or a
 * quoted paragraph. Diffs render each kind as the notice does (lists keep their bullets).
 */
export type BlockKind = 'p' | 'bold' | 'ul' | 'ol' | 'h3' | 'h4' | 'h5' | 'h6' | 'blockquote';

/** One block of a section's text, its words on one line, and where its links go (absent when none). */
export interface Block {
  kind: BlockKind;
  text: string;
  /** The addresses of the block's links, in reading order: a changed destination is a change. */
  links?: string[];
}

/** One top-level section of the notice: a level-2 heading and everything up to the next one. */
export interface NoticeSection {
  /** The heading's id, which the rendered section carries; `''` for text before the first heading. */
  id: string;
  title: string;
  /** Ids of earlier versions that land on this section (declared with aliases="…"). */
  aliases: string[];
  listed: boolean;
  /**
   * The section's words as hast: its level-2 heading first (without the id, which belongs to the
   * section), then its blocks. Only the notice's own elements: components add the page's reading aids.
   */
  hast: Root;
  /** The section body's blocks (heading excluded) in reading order, each with its kind: what the diffs compare. */
  blocks: Block[];
  /** Plain text of the section body (heading excluded), one block (paragraph, list item) per line. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    sections: NoticeSection[];
  }
}

/** Rehype plugin, after collect-headings: groups the tree into sections at each level-2 heading. */
export const noticeSections: Plugin<[], Root> = () => (tree, file) => {
  const byId = new Map((file.data.headings ?? []).filter((h) => h.level === 2).map((h) => [h.id, h]));
  const groups: { heading: NoticeHeading | undefined; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    const h2 = node.type === 'element' && headingRank(node) === 2 ? node : undefined;
    if (h2 || groups.length === 0) groups.push({ heading: h2 ? byId.get(String(h2.properties.id)) : undefined, nodes: [] });
    if (h2) delete h2.properties.id;
    groups.at(-1)!.nodes.push(node);
  }
  file.data.sections = groups
    .filter((g) => g.heading || g.nodes.some((n) => n.type !== 'text' || n.value.trim() !== ''))
    .map(({ heading, nodes }) => {
      const blocks = nodes.flatMap((n) => (n.type === 'element' && headingRank(n) === 2 ? [] : blocksOf(n)));
      return {
        id: heading?.id ?? '',
        title: heading?.text ?? '',
        aliases: heading?.aliases ?? [],
        listed: heading?.quickLink !== undefined,
        hast: { type: 'root', children: nodes },
        blocks,
        text: blocks.map((b) => b.text).join('\n'),
      };
    });
};

const BLOCKS = new Set(['p', 'li', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'pre']);

/**
 * The readable blocks of a node (paragraphs, list items, sub-headings), each as one line of text with its
 * kind. A paragraph inside a list item (a loose list) is that item; a nested list is flattened into items,
 * after the words of the item that holds it.
 */
function blocksOf(node: RootContent | ElementContent, list?: 'ul' | 'ol', quoted = false): Block[] {
  if (node.type !== 'element') return [];
  const tag = node.tagName;
  const inList = tag === 'ul' || tag === 'ol' ? tag : list;
  const children = node.children.map((child) => blocksOf(child, inList, quoted || tag === 'blockquote'));
  const nested = children.flat();
  if (!BLOCKS.has(tag)) return nested;
  // The block's own words: its children that hold no block of their own (all of them, for most blocks).
  const ownNodes = node.children.filter((_, i) => children[i]!.length === 0);
  const own = ownNodes
    .map((child) => toString(child))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (!own) return nested;
  const links = ownNodes.flatMap(hrefs);
  return [{ kind: kindOf(node, inList, quoted), text: own, ...(links.length > 0 && { links }) }, ...nested];
}

/** The href of every link in a node, in document order. */
function hrefs(node: ElementContent): string[] {
  if (node.type !== 'element') return [];
  const own = node.tagName === 'a' && node.properties.href !== undefined ? [String(node.properties.href)] : [];
  return [...own, ...node.children.flatMap(hrefs)];
}

function kindOf(node: Element, list: 'ul' | 'ol' | undefined, quoted: boolean): BlockKind {
  const tag = node.tagName;
  if (/^h[3-6]$/.test(tag)) return tag as BlockKind;
  if (list) return list;
  if (quoted || tag === 'blockquote') return 'blockquote';
  return tag === 'p' && whollyBold(node) ? 'bold' : 'p';
}

/** Whether every word of a node is inside a <strong> (in one or several, emphasis around them allowed). */
function whollyBold(node: ElementContent, bold = false): boolean {
  if (node.type === 'text') return bold || node.value.trim() === '';
  if (node.type !== 'element') return true;
  return node.children.every((child) => whollyBold(child, bold || node.tagName === 'strong'));
}
