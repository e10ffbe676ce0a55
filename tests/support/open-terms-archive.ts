import { JSDOM, VirtualConsole } from 'jsdom';
import { gfm } from 'joplin-turndown-plugin-gfm';
import TurndownService from 'turndown';

/**
 * What Open Terms Archive records of a page, reproduced step for step from its engine
 * (@opentermsarchive/engine 9.1, src/archivist/extract: dom.js, filter.js, markdown.js) with the same
 * libraries: jsdom, turndown and joplin-turndown-plugin-gfm. On the built /privacy/ page its output was
 * identical, byte for byte, to the engine's own `extract`; the engine is not installed here because it
 * brings 888 packages (MongoDB, Puppeteer, its own ESLint) with it.
 */
export function openTermsArchiveExtract(html: string, location: string, select: string): string {
  const { document } = new JSDOM(html, { url: location, virtualConsole: new VirtualConsole() }).window;
  // filter.js: absolute link addresses (fragments kept), no script or style.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"]):not([href=""])')) {
    link.href = new URL(link.href, location).href;
  }
  for (const node of document.querySelectorAll('script, style')) node.remove();
  // dom.js select(): clones of the selected elements in a fragment.
  const selected = document.createDocumentFragment();
  for (const element of document.querySelectorAll(select)) selected.appendChild(element.cloneNode(true));
  // markdown.js: turndown with the GFM plugin and the rule for links that wrap blocks.
  const turndown = new TurndownService();
  turndown.use(gfm);
  const inlineLink = (turndown.options as { rules: Record<string, TurndownService.Rule> }).rules.inlineLink;
  turndown.addRule('fix-anchors-containing-block-elements', {
    ...inlineLink,
    replacement: (content, node, options) => (inlineLink.replacement as TurndownService.ReplacementFunction)(content.trim(), node, options),
  });
  return turndown.turndown(selected as unknown as HTMLElement);
}
