/**
 * A section's permalink: the heading's own words, linked to the section. It adds no text, so reader
 * views, archivers and copy and paste get the heading as published. NoticeArticle.island.ts adds a
 * button beside it that copies the address.
 */
export function Permalink({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <a className="permalink not-prose text-inherit no-underline hover:underline focus-visible:underline" href={`#${id}`}>
      {children}
    </a>
  );
}
