import { renderInlineMarkdown } from '@/lib/content/inline-markdown';

/** A line of site data written in inline Markdown (links, italics, bold), validated by the site schema. */
export function InlineMarkdown({ text, as: Tag = 'span', className }: { text: string; as?: 'span' | 'p'; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(text) }} />;
}
