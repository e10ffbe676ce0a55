/**
 * The Markdown processor: one parse of a notice file yields the Markdown tree (for the rules), the
 * headings (for Quick Links and the rules) and the sections as hast (for the components), all in one
 * unified run. Each step is a plugin in ./plugins/.
 */
import type { Root as MdastRoot } from 'mdast';
import { remark } from 'remark';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { LINK_SCHEMES } from '../link-policy';
import { collectHeadings, type NoticeHeading } from './plugins/collect-headings';
import { remarkHeadingAttributes } from './plugins/heading-attributes';
import { keepMdast } from './plugins/keep-mdast';
import { addressLinks } from './plugins/address-links';
import { linkDescriptions } from './plugins/link-descriptions';
import { noticeSections, type NoticeSection } from './plugins/notice-sections';

export type { NoticeHeading } from './plugins/collect-headings';
export type { Block, BlockKind, NoticeSection } from './plugins/notice-sections';

/** Everything one parse of a Markdown file yields. */
export interface ParsedMarkdown {
  mdast: MdastRoot;
  /** Raw YAML between the `---` fences, and the 0-based line where it starts; undefined when absent. */
  frontMatter: { yaml: string; lineOffset: number; line: number } | undefined;
  headings: NoticeHeading[];
  sections: NoticeSection[];
  /** Messages the parse itself raised (heading attribute syntax). */
  messages: VFile['messages'];
  /** The source's lines (any line ending), split once for the rules that quote or measure a line. */
  lines: string[];
}

/** The Markdown syntax notice files use: front matter, GitHub tables and autolinks, heading {…} blocks. */
const markdown = remark().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkHeadingAttributes);

const processor = markdown()
  .use(keepMdast)
  // Raw HTML is never passed through: it is dropped here and reported by the raw-html rule.
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(collectHeadings)
  // Defence in depth behind the rules: only safe elements, attributes and the link policy's schemes reach
  // the page, even if a rule missed something. Ids are kept as written.
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '', protocols: { ...defaultSchema.protocols, href: [...LINK_SCHEMES.notice] } })
  .use(linkDescriptions)
  .use(addressLinks)
  .use(noticeSections);

/** Parses one Markdown file once: tree for the rules, headings for Quick Links, sections as hast. */
export function parseMarkdown(source: string, path: string): ParsedMarkdown {
  const file = new VFile({ value: source, path });
  processor.runSync(processor.parse(file), file);
  const mdast = file.data.mdast;
  if (!mdast) throw new Error('keepMdast did not run');
  const yamlNode = mdast.children[0]?.type === 'yaml' ? mdast.children[0] : undefined;
  return {
    mdast,
    frontMatter: yamlNode
      ? { yaml: yamlNode.value, lineOffset: yamlNode.position?.start.line ?? 1, line: yamlNode.position?.start.line ?? 1 }
      : undefined,
    headings: file.data.headings ?? [],
    sections: file.data.sections ?? [],
    messages: file.messages,
    lines: source.split(/\r\n?|\n/),
  };
}

/** remark-stringify settings close to how the notice files are written. */
const plain = markdown().data('settings', { bullet: '*', emphasis: '_', strong: '*', rule: '-', resourceLink: true });

/**
 * The notice as plain Markdown for people (remark-stringify): the `{#id …}` blocks and the front matter
 * left out, the title and revision date as the page shows them. The stored file stays the record.
 */
export function plainMarkdown(source: string, heading: { title: string; revised: string }): string {
  const tree = plain.runSync(plain.parse(source));
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  const body = plain.stringify(tree);
  return `# ${heading.title}\n\n_Last revised ${heading.revised}_\n\n${body}`;
}
