import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin: a Markdown link title (`[here](https://… "Data protection authorities")`) becomes the
 * link's accessible name, starting with its visible words (WCAG 2.5.3): "here (Data protection
 * authorities)". The text of the link, and so of the notice, stays exactly as published. Such links are
 * marked rel="nofollow": their words ("here") tell a search engine nothing about the page they lead to.
 */
export const linkDescriptions: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.title !== 'string') return;
    const description = node.properties.title.trim();
    delete node.properties.title;
    if (!description) return;
    node.properties.ariaLabel = `${toString(node).trim()} (${description})`;
    node.properties.rel = ['nofollow'];
  });
};
