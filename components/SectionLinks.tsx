import type { NoticeVersion } from '@/lib/content';

/**
 * Where a visitor with no section in front of them (a dead address, the first version's changes page) can
 * go next: how the version begins, in its own words, then its sections (its Quick Links) as links into its
 * page. The opening also makes the page an article for Reader View, which would otherwise take the site
 * footer, the longest text left on a page of links.
 */
export function SectionLinks({ version, page, title }: { version: NoticeVersion; page: string; title: string }) {
  if (version.quickLinks.length === 0) return null;
  const opening = version.sections[0]?.blocks.find((block) => block.kind === 'p')?.text;
  return (
    <>
      {opening && (
        <figure className="section-links-opening mt-6 max-w-measure">
          <figcaption className="mb-2">The notice begins:</figcaption>
          <blockquote className="border-l-4 border-line pl-4">
            <p>{opening}</p>
          </blockquote>
        </figure>
      )}
      <section aria-labelledby="section-links-title" className="section-links mt-6">
        <h2 id="section-links-title" className="mb-2 text-xl">
          {title}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {version.quickLinks.map((link) => (
            <li key={link.id}>
              <a href={`${page}#${link.id}`}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
