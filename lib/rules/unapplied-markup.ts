import type { Heading, Paragraph, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Finding, NoticeRule } from './rule';

const CURLY = /[\u201c\u201d\u2018\u2019]/;

/** Line and column of a character offset in the source. */
function at(source: string, offset: number): { line: number; column: number } {
  const lines = source.slice(0, offset).split(/\r\n?|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Why `[text](…)` written here did not become a link, from what is inside the parentheses. */
function whyNotALink(inside: string, gap: string): string {
  if (gap) return 'there is a space between "]" and "(": remove it, [text](https://…)';
  if (CURLY.test(inside))
    return 'its description is in curly quotes (“ ” or ‘ ’): retype them as straight quotes, [text](https://… "Description")';
  const address = inside.trim().split(/\s+/);
  if (/^mailto:/i.test(inside.trim()) && address.length > 1)
    return `the email address has a space: write it as mailto:name@example.org, with "@" and no space`;
  if (address.length > 1 && !/^["'(]/.test(address[1]))
    return 'the address has a space in it: remove the space (or write %20 if the address really has one)';
  return 'it is not written as [text](address): check the brackets and parentheses';
}

/**
 * Markup that did not take effect: the slips of pasting and the web editor, which publish literal
 * `##`, `[text](…)` or `**` characters, or turn a paragraph into code, without any error from Markdown itself.
 */
export const unappliedMarkup: NoticeRule = {
  name: 'unapplied-markup',
  description:
    'Markup that did not take effect and would show as typed: an indented paragraph shown as code, "##Heading", a link that is not a link, stray ** or {…}.',
  fix: 'Follow the message: remove the tab or spaces at the start of the paragraph, put a space after `##`, straight quotes and no space in link addresses, `mailto:` before an email address, one `{…}` per heading.',
  severity: 'error',
  check({ parsed, source }) {
    const findings: Finding[] = [];
    const { lines } = parsed;
    const lineOf = (node: { position?: { start: { line: number } } }) => lines[(node.position?.start.line ?? 1) - 1] ?? '';

    visit(parsed.mdast, (node) => {
      const start = node.position?.start;
      if (!start) return;
      if (node.type === 'code' && !/^\s*(```|~~~)/.test(lineOf(node))) {
        const indent = /^[ \t]*/.exec(lineOf(node))![0];
        const what = indent.includes('\t') ? 'a tab' : `${indent.length} spaces`;
        findings.push({
          line: start.line,
          column: 1,
          message: `this paragraph starts with ${what}, so it shows as code: remove the ${indent.includes('\t') ? 'tab' : 'spaces'} at the start of the line.`,
        });
      } else if (node.type === 'heading' && !/^\s{0,3}#/.test(lineOf(node))) {
        findings.push({
          line: start.line,
          column: start.column,
          message:
            'this line became a heading because the line under it is "---" or "===": leave a blank line between them, or write the heading as "## Heading".',
        });
      } else if (node.type === 'heading') {
        const text = toString(node as Heading);
        const brace = text.search(/\{[^{}]*\}/);
        if (brace >= 0) {
          findings.push({
            line: start.line,
            column: start.column,
            message:
              'this heading still shows "{…}" in its text: a heading has one {…} block, at the very end of the line; put everything in it, e.g. {#id quick-link="Short label"}.',
          });
        }
      } else if (node.type === 'paragraph') {
        const first = (node as Paragraph).children[0];
        const hashes =
          first?.type === 'text' && first.position?.start.offset === node.position?.start.offset
            ? /^(#{1,6})([\u00a0\u2000-\u200a\u202f\u205f\u3000]|[^\s#])/.exec(first.value)
            : null;
        if (hashes) {
          findings.push({
            line: start.line,
            column: start.column,
            message: /\s/.test(hashes[2])
              ? `the space after "${hashes[1]}" is a ${hashes[2] === '\u00a0' ? 'non-breaking' : 'narrow or special'} space, so this is not a heading: retype it as an ordinary space.`
              : `"${hashes[1]}" needs a space after it to make a heading: write "${hashes[1]} ${first.type === 'text' ? first.value.slice(hashes[1].length, hashes[1].length + 20).trim() : ''}…".`,
          });
        }
        findings.push(...literalLinks(node as Paragraph, source));
      } else if (node.type === 'text' && (node as Text).value.includes('**')) {
        const offset = (node.position?.start.offset ?? 0) + (node as Text).value.indexOf('**');
        if (source.slice(offset, offset + 2) === '**') {
          findings.push({
            ...at(source, offset),
            message:
              'these "**" did not make bold text and would show as typed: put them right against the words, **like this**, with no space inside.',
          });
        }
      } else if (node.type === 'link' && !/^([a-z][a-z0-9+.-]*:|[#/?.])/i.test(node.url) && node.url !== '') {
        const fix = /^[^/@\s]+@[^/@\s]+\.[a-z]{2,}$/i.test(node.url)
          ? `this is an email address: write mailto:${node.url}`
          : /^(www\.|[a-z0-9-]+\.[a-z]{2,}(\/|$))/i.test(node.url)
            ? `write the whole address, https://${node.url}`
            : 'write the whole address, starting with https://, or mailto: for an email';
        findings.push({
          line: start.line,
          column: start.column,
          message: `the link address "${node.url}" would lead to a page of this site that does not exist: ${fix}.`,
        });
      }
    });
    return findings;
  },
};

/** `[text](…)` left as literal text in a paragraph: where a link was meant and did not happen. */
function literalLinks(paragraph: Paragraph, source: string): Finding[] {
  const from = paragraph.position?.start.offset;
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return [];
  const linkStarts = new Set<number>();
  visit(paragraph, (n) => {
    if ((n.type === 'link' || n.type === 'image' || n.type === 'linkReference') && n.position?.start.offset !== undefined)
      linkStarts.add(n.position.start.offset);
  });
  const text = source.slice(from, to);
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<![\\!])\[([^\][\n]+)\](\s*)\(([^)\n]*)\)?/g)) {
    const offset = from + m.index!;
    if (linkStarts.has(offset)) continue;
    findings.push({ ...at(source, offset), message: `"[${m[1]}]" is not a link and would show as typed: ${whyNotALink(m[3], m[2])}.` });
  }
  return findings;
}
