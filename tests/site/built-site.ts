import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface BuiltPage {
  html: string;
  tree: Root;
  /** Normalized text of the first element matching the selector (default: body). */
  text: (selector?: string) => string;
  textOf: (node: Element) => string;
  $: (selector: string) => Element | undefined;
  $$: (selector: string) => Element[];
}

/** A page of out/, parsed, with the helpers the tests over the built site share. */
export function builtPage(path: string): BuiltPage {
  const html = readFileSync(join('out', path), 'utf8');
  const tree = fromHtml(html);
  return {
    html,
    tree,
    text: (selector = 'body') => normalize(toString(select(selector, tree) ?? { type: 'root', children: [] })),
    textOf: (node) => toString(node),
    $: (s) => select(s, tree),
    $$: (s) => selectAll(s, tree),
  };
}

/** Collapses whitespace (including non-breaking spaces) so text compares as a reader sees it. */
export function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
