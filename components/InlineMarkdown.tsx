import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { inlineMarkdownTree } from '@/lib/content/inline-markdown';

/** A line of site data written in inline Markdown (links, italics, bold), validated by the site schema. */
export function InlineMarkdown({ text, as: Tag = 'span', className }: { text: string; as?: 'span' | 'p'; className?: string }) {
  return <Tag className={className}>{toJsxRuntime(inlineMarkdownTree(text), { Fragment, jsx, jsxs })}</Tag>;
}
