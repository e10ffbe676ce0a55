import type { Root } from 'mdast';
import type { Plugin } from 'unified';

declare module 'vfile' {
  interface DataMap {
    mdast: Root;
  }
}

/** Keeps the Markdown tree for the content rules, which need source positions. */
export const keepMdast: Plugin<[], Root> = () => (tree, file) => {
  file.data.mdast = tree; // remark-rehype builds a new tree, so this one stays as parsed
};
