import type { NoticeVersion } from '@/lib/content';
import { Island } from './Island';

/**
 * The Quick Links table of contents, derived from the notice's headings, so it cannot point at a missing
 * section. Real HTML: a sticky sidebar on wide screens, a collapsed <details> at the top of the notice on
 * narrow ones. QuickLinks.island.ts marks the section being read (aria-current) and names it in the
 * collapsed summary.
 */
export function QuickLinks({ links }: { links: NoticeVersion['quickLinks'] }) {
  return (
    <quick-links class="quick-links">
      <nav aria-labelledby="quick-links-title">
        <details>
          <summary>
            <h2 id="quick-links-title">Quick Links</h2>
            <span className="quick-links-current" />
          </summary>
          <ul>
            {links.map((link) => (
              <li key={link.id}>
                <a href={`#${link.id}`}>{link.label}</a>
              </li>
            ))}
          </ul>
        </details>
      </nav>
      <Island name="QuickLinks" />
    </quick-links>
  );
}
