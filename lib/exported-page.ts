import type { Element, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { cspHash, type InlineHashes } from './security-headers';

/** Scripts this site ships itself: the island modules (components/*.island.ts). */
const OWN_SCRIPT = /^\/islands\/[\w-]+\.js$/;

/** A finished page, and the CSP hashes of what it has inline (for the headers of the site). */
export interface FinishedPage {
  html: string;
  hashes: InlineHashes;
}

/** Reads a local file of the site by its URL (`/islands/X.js`), as text. */
type SiteFile = (url: string) => string;

interface FinishOptions {
  inline?: SiteFile;
  contentSecurityPolicy?: (hashes: InlineHashes) => string;
}

/**
 * Finishes a page Next exported, in one parse: removes what Next adds for hydration and client navigation
 * (its scripts, external and inline, the RSC payload among them; script preloads; React's streaming
 * markers); given `inline` (the text of a local file by its URL), puts each linked stylesheet and each
 * island module inline where its element was, so the first paint waits for no other request; and, given `contentSecurityPolicy`, puts
 * the CSP allowing what is inline by hash in a <meta>. The page's HTML stays. Nothing on a legal page hydrates.
 */
export async function finishExportedPage(html: string, options: FinishOptions = {}): Promise<FinishedPage> {
  const hashes = { styles: [] as string[], scripts: [] as string[] };
  const page = String(
    await unified()
      .use(rehypeParse)
      .use(removeRuntime)
      .use(inlineFiles, options, hashes)
      .use(addCspMeta, options.contentSecurityPolicy && (() => options.contentSecurityPolicy!(hashes)))
      .use(rehypeStringify)
      .process(html),
  );
  return { html: page, hashes };
}

/**
 * Replaces each `<link rel="stylesheet">` with a <style> where it was, and each island `<script
 * type="module" src>` with a <script type="module"> at the end of <body> (in order: module scripts run
 * after parsing wherever they are, and their text stays out of the notice's text), holding exactly the
 * file's text; records their hashes.
 */
function inlineFiles({ inline: read }: FinishOptions, hashes: { styles: string[]; scripts: string[] }) {
  return async (tree: Root) => {
    if (!read) return;
    const scripts: Element[] = [];
    const styles: Text[] = [];
    let body: Element | undefined;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'body') body = node;
      if (!parent || index === undefined) return;
      const p = node.properties;
      const rel = Array.isArray(p.rel) ? p.rel : [];
      const url = node.tagName === 'link' && rel.includes('stylesheet') ? p.href : node.tagName === 'script' ? p.src : undefined;
      if (url === undefined) return;
      const href = String(url);
      if (!href.startsWith('/')) throw new Error(`A file from elsewhere cannot be inlined: ${href}`);
      const text = read(href);
      // The text must reach the browser as it is, or the hash would not match it.
      if (/<\/(style|script)|<!--|[\r\0]/i.test(text))
        throw new Error(`${href} holds "</style", "</script", "<!--", a carriage return or a NUL: it cannot be inlined as it is.`);
      const children = [{ type: 'text' as const, value: text }];
      if (node.tagName === 'link') {
        const media = p.media === undefined ? {} : { media: p.media };
        parent.children[index] = { type: 'element', tagName: 'style', properties: media, children };
        styles.push(children[0]!);
      } else {
        parent.children.splice(index, 1);
        scripts.push({ type: 'element', tagName: 'script', properties: { type: 'module' }, children });
        hashes.scripts.push(cspHash(text));
        return [SKIP, index];
      }
      return SKIP;
    });
    if (scripts.length > 0) {
      if (!body) throw new Error('A page with island scripts has no <body> to put them in.');
      body.children.push(...scripts);
    }
    for (const style of styles) hashes.styles.push(cspHash(style.value));
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
