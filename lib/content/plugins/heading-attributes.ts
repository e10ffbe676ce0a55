import type { Heading, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * What an author wrote in braces after a heading:
 * `## Cookies & Other Similar Tracking Technologies {#cookies_plus quick-link="Cookies & Other Tracking Tech"}`.
 */
export interface HeadingAttributes {
  /** `#id`: the anchor, kept exactly so published deep links keep working. */
  id?: string;
  /** `quick-link="…"`: the shorter label shown in Quick Links (defaults to the heading text). */
  quickLink?: string;
  /** `.unlisted`: the heading is left out of Quick Links (Pandoc's convention). */
  unlisted?: boolean;
  /** `aliases="old_id other_id"`: ids this section had in earlier versions, so old links still land here. */
  aliases?: string[];
  /** Where the brace block starts, for messages about it. */
  line: number;
  column: number;
}

declare module 'mdast' {
  interface HeadingData {
    attributes?: HeadingAttributes;
  }
}

const BLOCK = /\s*\{([^{}]*)\}\s*$/;
const TOKEN = /\s*(?:#([^\s"]+)|\.([^\s"]+)|([A-Za-z][\w-]*)="([^"]*)"|(\S+))/gy;

/**
 * Remark plugin: reads a trailing `{#id .class key="value"}` block off each heading, removes it from the
 * heading text, and records it on `heading.data.attributes` (for the rules, with its position) and as
 * `hProperties`, so the hast heading carries it (see collect-headings.ts). Syntax mistakes are reported
 * as file messages (rule `heading-attributes`) so the author sees the line.
 */
export const remarkHeadingAttributes: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1);
    if (last?.type !== 'text') return;
    const match = BLOCK.exec(last.value);
    if (!match) {
      if (last.value.includes('{#')) report(file, heading, last, last.value.indexOf('{#'), 'a "{#id}" block must close with "}" at the very end of the heading line.');
      return;
    }
    const brace = match.index + match[0].indexOf('{');
    const start = locate(last, brace);
    const attributes = parseBlock(match[1], (message) => report(file, heading, last, brace, message));
    last.value = last.value.slice(0, match.index);
    if (last.value === '') heading.children.pop();
    heading.data = { ...heading.data, attributes: { ...attributes, ...start }, hProperties: { ...heading.data?.hProperties, ...headingProperties(attributes) } };
  });
};

/** The attributes as hast properties: the id as written, the rest as data-* that collect-headings reads and removes. */
export function headingProperties(attributes: Omit<HeadingAttributes, 'line' | 'column'>): Record<string, string | boolean> {
  return {
    ...(attributes.id !== undefined && { id: attributes.id, dataExplicitId: true }),
    ...(attributes.quickLink !== undefined && { dataQuickLink: attributes.quickLink }),
    ...(attributes.unlisted && { dataUnlisted: true }),
    ...(attributes.aliases && { dataAliases: attributes.aliases.join(' ') }),
  };
}

function parseBlock(body: string, fail: (message: string) => void): Omit<HeadingAttributes, 'line' | 'column'> {
  const out: Omit<HeadingAttributes, 'line' | 'column'> = {};
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m && m[0].trim() !== ''; m = TOKEN.exec(body)) {
    const [, id, cls, key, value, junk] = m;
    if (id !== undefined) {
      if (out.id) fail(`this heading has two ids ("#${out.id}" and "#${id}"): keep one.`);
      out.id = id;
    } else if (cls !== undefined) {
      if (cls === 'unlisted') out.unlisted = true;
      else fail(`".${cls}" is not a heading option: the only one is ".unlisted" (leave the heading out of Quick Links).`);
    } else if (key === 'quick-link') {
      out.quickLink = value;
    } else if (key === 'aliases') {
      out.aliases = value.split(/\s+/).filter(Boolean);
    } else if (key !== undefined) {
      fail(`"${key}" is not a heading option: use quick-link="…" or aliases="…".`);
    } else {
      fail(`cannot read "${junk}" in the heading's {…} block: write {#id}, {#id quick-link="Short label"} or {#id aliases="old_id"}; put quotes around values.`);
    }
  }
  return out;
}

/** Line and column of a character inside a text node (headings are one line, so it is column arithmetic). */
function locate(text: Text, index: number): { line: number; column: number } {
  const start = text.position?.start ?? { line: 1, column: 1 };
  return { line: start.line, column: start.column + index };
}

function report(file: VFile, heading: Heading, text: Text, index: number, reason: string) {
  const place = text.position ? locate(text, index) : heading.position?.start;
  const message = file.message(reason, { place, ruleId: 'heading-attributes', source: 'content' });
  message.fatal = true;
}
