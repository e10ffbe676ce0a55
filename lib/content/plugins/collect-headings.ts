import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A heading of the notice, as Quick Links, permalinks, aliases, the rules and the diff need it. */
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

declare module 'vfile' {
  interface DataMap {
    headings: NoticeHeading[];
  }
}

/** The data-* properties heading-attributes.ts puts on a heading: read here, never rendered. */
const ATTRIBUTE_PROPERTIES = ['dataExplicitId', 'dataQuickLink', 'dataUnlisted', 'dataAliases'] as const;

/**
 * Rehype plugin, after rehype-slug (so every heading has an id): records each heading with what its
 * `{…}` block said, read off the hast heading itself, and removes those properties from the page.
 */
export const collectHeadings: Plugin<[], Root> = () => (tree, file) => {
  const headings: NoticeHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    const level = headingRank(node);
    if (!level) return;
    const { dataExplicitId, dataQuickLink, dataUnlisted, dataAliases } = node.properties;
    for (const name of ATTRIBUTE_PROPERTIES) delete node.properties[name];
    const text = toString(node).trim();
    const listed = level === 2 && !dataUnlisted;
    const quickLink = typeof dataQuickLink === 'string' ? dataQuickLink : undefined;
    headings.push({
      id: String(node.properties.id ?? ''),
      text,
      level,
      quickLink: listed ? (quickLink ?? text) : undefined,
      hasQuickLinkLabel: quickLink !== undefined,
      explicitId: dataExplicitId === true,
      aliases: typeof dataAliases === 'string' ? dataAliases.split(' ').filter(Boolean) : [],
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    });
  });
  file.data.headings = headings;
};
