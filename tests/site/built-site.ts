import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

export interface BuiltPage {
  html: string;
  tree: Root;
  /** Normalized visible text of the first element matching the selector (default: body); screen-reader-only text is left out. */
  text: (selector?: string) => string;
  textOf: (node: Element) => string;
  $: (selector: string) => Element | undefined;
  $$: (selector: string) => Element[];
}

/** The built site under test: out/, or $SITE_OUT for a fixture site (see the site-published test project). */
export const SITE_OUT = process.env.SITE_OUT ?? 'out';

/** A page of the built site, parsed, with the helpers the tests over the built site share. */
export function builtPage(path: string): BuiltPage {
  const html = readFileSync(join(SITE_OUT, path), 'utf8');
  const tree = fromHtml(html);
  return {
    html,
    tree,
    text: (selector = 'body') => normalize(visibleText(select(selector, tree))),
    textOf: (node) => visibleText(node),
    $: (s) => select(s, tree),
    $$: (s) => selectAll(s, tree),
  };
}

/** Collapses whitespace (including non-breaking spaces) so text compares as a reader sees it. */
export function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text as a sighted reader sees it: without `.sr-only` descriptions (e.g. of vague links). */
function visibleText(node: Element | undefined): string {
  if (!node) return '';
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element') return '';
      const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
      return classes.includes('sr-only') ? '' : visibleText(child);
    })
    .join('');
}
