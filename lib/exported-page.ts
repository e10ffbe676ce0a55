import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { cspHash } from './security-headers';

/** Scripts this site ships itself: the island modules (components/*.island.ts). */
const OWN_SCRIPT = /^\/islands\/[\w-]+\.js$/;

/** A finished page, and the CSP hashes of its inline stylesheets (for the headers of the site). */
export interface FinishedPage {
  html: string;
  styleHashes: string[];
}

/**
 * Finishes a page Next exported, in one parse: removes what Next adds for hydration and client navigation
 * (its scripts, external and inline, the RSC payload among them; script preloads; React's streaming
 * markers); given `stylesheet` (the text of a local stylesheet by its URL), puts each linked stylesheet
 * inline where its <link> was, so the first paint waits for no other request; and, given
 * `contentSecurityPolicy`, puts the CSP allowing those inline stylesheets by hash in a <meta>. The page's
 * HTML and the island modules stay. Nothing on a legal page hydrates.
 */
export function finishExportedPage(
  html: string,
  options: { stylesheet?: (href: string) => string; contentSecurityPolicy?: (styleHashes: string[]) => string } = {},
): FinishedPage {
  const styleHashes: string[] = [];
  const page = String(
    unified()
      .use(rehypeParse)
      .use(removeRuntime)
      .use(inlineStylesheets, options.stylesheet, styleHashes)
      .use(addCspMeta, options.contentSecurityPolicy && (() => options.contentSecurityPolicy!(styleHashes)))
      .use(rehypeStringify)
      .processSync(html),
  );
  return { html: page, styleHashes };
}

/** Replaces each `<link rel="stylesheet">` with a <style> holding exactly the file's text, and records its hash. */
function inlineStylesheets(stylesheet: ((href: string) => string) | undefined, hashes: string[]) {
  return (tree: Root) => {
    if (!stylesheet) return;
    visit(tree, 'element', (node, index, parent) => {
      const rel = Array.isArray(node.properties.rel) ? node.properties.rel : [];
      if (node.tagName !== 'link' || !rel.includes('stylesheet') || !parent || index === undefined) return;
      const href = String(node.properties.href);
      if (!href.startsWith('/')) throw new Error(`A stylesheet from elsewhere cannot be inlined: ${href}`);
      const css = stylesheet(href);
      // The text must reach the browser as it is, or the hash would not match it.
      if (/<\/style|[\r\0]/i.test(css))
        throw new Error(`${href} holds "</style", a carriage return or a NUL: it cannot be inlined as it is.`);
      const media = node.properties.media === undefined ? {} : { media: node.properties.media };
      parent.children[index] = { type: 'element', tagName: 'style', properties: media, children: [{ type: 'text', value: css }] };
      hashes.push(cspHash(css));
      return SKIP;
    });
  };
}

/** Puts the CSP <meta> right after <meta charset>, before anything it governs (for hosts without headers). */
function addCspMeta(policy: (() => string) | undefined) {
  return (tree: Root) => {
    if (!policy) return;
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'head') return;
      const charset = node.children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && c.properties.charSet !== undefined);
      node.children.splice(charset + 1, 0, {
        type: 'element',
        tagName: 'meta',
        properties: { httpEquiv: ['Content-Security-Policy'], content: policy() },
        children: [],
      });
      return false;
    });
  };
}

function removeRuntime() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'comment' || (node.type === 'element' && isRuntime(node))) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}

function isRuntime(el: Element): boolean {
  const { tagName, properties: p } = el;
  if (tagName === 'script') return !(p.type === 'module' && typeof p.src === 'string' && OWN_SCRIPT.test(p.src));
  if (tagName === 'link') {
    const rel = Array.isArray(p.rel) ? p.rel : [];
    return rel.includes('modulepreload') || (rel.includes('preload') && p.as === 'script');
  }
  // React leaves an empty hidden <div> holding Suspense markers at the top of <body>.
  if (tagName === 'div' && p.hidden !== undefined && el.children.every((c) => c.type === 'comment')) return true;
  return false;
}
