import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Scripts this site ships itself: the island modules (components/*.island.ts). */
const OWN_SCRIPT = /^\/islands\/[\w-]+\.js$/;

/**
 * Finishes a page Next exported, in one parse: removes what Next adds for hydration and client navigation
 * (its scripts, external and inline, the RSC payload among them; script preloads; React's streaming
 * markers), and, when given, puts the CSP in a <meta>. The page's HTML, its stylesheet and the island
 * modules stay. Nothing on a legal page hydrates.
 */
export function finishExportedPage(html: string, options: { contentSecurityPolicy?: string } = {}): string {
  return String(
    unified().use(rehypeParse).use(removeRuntime).use(addCspMeta, options.contentSecurityPolicy).use(rehypeStringify).processSync(html),
  );
}

/** Puts the CSP <meta> right after <meta charset>, before anything it governs (for hosts without headers). */
function addCspMeta(policy: string | undefined) {
  return (tree: Root) => {
    if (!policy) return;
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'head') return;
      const charset = node.children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && c.properties.charSet !== undefined);
      node.children.splice(charset + 1, 0, {
        type: 'element',
        tagName: 'meta',
        properties: { httpEquiv: ['Content-Security-Policy'], content: policy },
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
