import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** An address as a reader compares it: no scheme's case, no trailing slash. */
const normalise = (address: string) => address.trim().replace(/\/+$/, '').toLowerCase();

/**
 * Rehype plugin: marks a link whose words are already its address (`[https://actionnetwork.org](https://actionnetwork.org/)`)
 * with `data-address-text`, so print styles, which write each web link's address after it, do not print it twice.
 * An attribute, not words: the notice's text stays as published.
 */
export const addressLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    if (normalise(toString(node)) === normalise(node.properties.href)) node.properties.dataAddressText = '';
  });
};
