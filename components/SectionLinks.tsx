import type { NoticeVersion } from '@/lib/content';

/**
 * A version's sections (its Quick Links) as links into its page, under a heading: where a visitor who has
 * no section in front of them (a dead address, the first version's changes page) can go next.
 */
export function SectionLinks({ version, page, title }: { version: NoticeVersion; page: string; title: string }) {
  if (version.quickLinks.length === 0) return null;
  return (
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
  );
}
