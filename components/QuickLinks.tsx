import type { NoticeVersion } from '@/lib/content';

/** The Quick Links table of contents, derived from the notice's headings: it cannot point at a missing section. */
export function QuickLinks({ links }: { links: NoticeVersion['quickLinks'] }) {
  return (
    <nav className="quick-links" aria-labelledby="quick-links-title">
      <h2 id="quick-links-title">Quick Links</h2>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
