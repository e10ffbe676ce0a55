import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkHeadingAttributes, type HeadingAttributes } from './heading-attributes';

/** A heading of the notice, as Quick Links, permalinks, aliases and the diff need it. */
export interface NoticeHeading {
  id: string;
  /** Heading text as shown in the page. */
  text: string;
  level: number;
  /** Label in Quick Links; undefined when the heading is not listed there. */
  quickLink: string | undefined;
  /** True when `quick-link="…"` was written (as opposed to defaulting to the heading text). */
  hasQuickLinkLabel: boolean;
  /** True when the id was written as `{#id}` rather than generated from the text. */
  explicitId: boolean;
  /** Ids of earlier versions that now land on this heading. */
  aliases: string[];
  line: number;
  column: number;
}

/** One top-level section: a level-2 heading and everything up to the next one. */
export interface NoticeSection {
  /** The heading's id; `''` for text before the first heading. */
  id: string;
  title: string;
  /** Ids of earlier versions that land on this section (declared with aliases="…"). */
  aliases: string[];
  listed: boolean;
  /** The section as HTML, heading and permalink included. */
  html: string;
  /** Plain text of the section body (heading excluded), one block (paragraph, list item) per line. */
  text: string;
}

/** Everything one parse of a Markdown file yields. */
export interface ParsedMarkdown {
  mdast: MdastRoot;
  /** Raw YAML between the `---` fences, and the 0-based line where it starts; undefined when absent. */
  frontMatter: { yaml: string; lineOffset: number; line: number } | undefined;
  headings: NoticeHeading[];
  sections: NoticeSection[];
  /** Messages the parse itself raised (heading attribute syntax). */
  messages: VFile['messages'];
}

declare module 'vfile' {
  interface DataMap {
    mdast: MdastRoot;
    headings: NoticeHeading[];
  }
}

/** Keeps the Markdown tree for the content rules, which need source positions. */
const keepMdast: Plugin<[], MdastRoot> = () => (tree, file) => {
  file.data.mdast = tree; // remark-rehype builds a new tree, so this one stays as parsed
};

/** Records headings (after rehype-slug has given every heading an id) in the same pass that renders. */
const collectHeadings: Plugin<[], HastRoot> = () => (tree, file) => {
  // Headings are matched to their Markdown source by line: a heading is always a single line.
  const attributesByLine = new Map<number, Partial<HeadingAttributes>>();
  visit(file.data.mdast!, 'heading', (node) => {
    if (node.position) attributesByLine.set(node.position.start.line, node.data?.attributes ?? {});
  });
  const headings: NoticeHeading[] = [];
  for (const node of walkElements(tree)) {
    const level = headingRank(node);
    if (!level) continue;
    const line = node.position?.start.line ?? 1;
    const attributes = attributesByLine.get(line) ?? {};
    const text = toString(node).trim();
    const listed = level === 2 && !attributes.unlisted;
    headings.push({
      id: String(node.properties.id ?? ''),
      text,
      level,
      quickLink: listed ? (attributes.quickLink ?? text) : undefined,
      hasQuickLinkLabel: attributes.quickLink !== undefined,
      explicitId: attributes.id !== undefined,
      aliases: attributes.aliases ?? [],
      line,
      column: node.position?.start.column ?? 1,
    });
  }
  file.data.headings = headings;
};

/**
 * A Markdown link title (`[here](https://… "Data protection authorities")`) becomes words screen readers
 * and search engines get with the link, after its visible text, which stays as published. (Browsers do not
 * use a title attribute as the link's name when the link has text, so it is not kept as one.)
 */
const describeLinks: Plugin<[], HastRoot> = () => (tree) => {
  for (const node of walkElements(tree)) {
    if (node.tagName !== 'a' || typeof node.properties.title !== 'string') continue;
    const description = node.properties.title;
    delete node.properties.title;
    node.children.push({ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` (${description})` }] });
  }
};

function* walkElements(node: HastRoot | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type === 'element') {
      yield child;
      yield* walkElements(child);
    }
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkHeadingAttributes)
  .use(keepMdast)
  // Raw HTML is never passed through: it is dropped here and reported by the raw-html rule.
  .use(remarkRehype)
  // Defence in depth behind the rules: only safe elements, attributes and URL schemes (http, https,
  // mailto, relative) reach the page, even if a rule missed something. Ids are kept as written.
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
  .use(rehypeSlug)
  .use(describeLinks)
  .use(collectHeadings)
  .use(rehypeAutolinkHeadings, {
    behavior: 'after',
    group: () => ({ type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] }) as Element,
    properties: (node) => ({ className: ['permalink'], ariaLabel: `Link to this section: ${toString(node).trim()}` }),
    content: { type: 'text', value: '#' },
    test: (node) => headingRank(node) === 2,
  });

/** Parses one Markdown file once: tree for the rules, headings for Quick Links, HTML per section. */
export function parseMarkdown(source: string, path: string): ParsedMarkdown {
  const file = new VFile({ value: source, path });
  const hast = processor.runSync(processor.parse(file), file);
  const mdast = file.data.mdast;
  if (!mdast) throw new Error('keepMdast did not run');
  const yamlNode = mdast.children[0]?.type === 'yaml' ? mdast.children[0] : undefined;
  return {
    mdast,
    frontMatter: yamlNode
      ? { yaml: yamlNode.value, lineOffset: yamlNode.position?.start.line ?? 1, line: yamlNode.position?.start.line ?? 1 }
      : undefined,
    headings: file.data.headings ?? [],
    sections: splitSections(hast, file.data.headings ?? []),
    messages: file.messages,
  };
}

/** Groups the rendered tree into sections at each level-2 heading and renders each to HTML. */
function splitSections(tree: HastRoot, headings: NoticeHeading[]): NoticeSection[] {
  const byId = new Map(headings.filter((h) => h.level === 2).map((h) => [h.id, h]));
  const groups: { heading: NoticeHeading | undefined; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    const h2 = sectionHeading(node);
    if (h2 || groups.length === 0) groups.push({ heading: h2 ? byId.get(String(h2.properties.id)) : undefined, nodes: [] });
    groups.at(-1)!.nodes.push(node);
  }
  return groups
    .filter((g) => g.heading || g.nodes.some((n) => n.type !== 'text' || n.value.trim() !== ''))
    .map(({ heading, nodes }) => {
      const body = nodes.filter((n) => !sectionHeading(n));
      const aliases = heading?.aliases ?? [];
      // Ids the section had in earlier versions: empty anchors before the heading, so old links land here.
      const anchors: Element[] = aliases.map((id) => ({ type: 'element', tagName: 'span', properties: { id, className: ['alias-anchor'] }, children: [] }));
      const element: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['notice-section'] },
        children: [...anchors, ...(nodes as ElementContent[]), ...(heading?.quickLink !== undefined ? [backToTop()] : [])],
      };
      return {
        id: heading?.id ?? '',
        title: heading?.text ?? '',
        aliases,
        listed: heading?.quickLink !== undefined,
        html: toHtml(element),
        text: body.flatMap(blockTexts).join('\n'),
      };
    });
}

/** The "Back to top" link that ends each listed section, for readers far down a long notice. */
function backToTop(): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['back-to-top'] },
    children: [{ type: 'element', tagName: 'a', properties: { href: '#privacy-notice' }, children: [{ type: 'text', value: 'Back to top' }] }],
  };
}

const BLOCKS = new Set(['p', 'li', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'pre']);

/** The readable blocks of a node (paragraphs, list items, sub-headings), each as one line of text. */
function blockTexts(node: RootContent | ElementContent): string[] {
  if (node.type !== 'element') return [];
  const nested = node.children.flatMap(blockTexts);
  if (BLOCKS.has(node.tagName) && nested.length === 0) {
    const text = toString(node).replace(/\s+/g, ' ').trim();
    return text ? [text] : [];
  }
  return nested;
}

/** The h2 inside a top-level node: the heading itself, or the permalink group wrapping it. */
function sectionHeading(node: RootContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (headingRank(node) === 2) return node;
  if (node.tagName === 'div' && node.children[0]?.type === 'element' && headingRank(node.children[0]) === 2) return node.children[0];
  return undefined;
}
