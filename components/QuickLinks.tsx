import type { NoticeVersion } from '@/lib/content';
import { chevron } from './classes';
import { Island } from './Island';

/** A link of the list; the one for the section being read is marked by a bar and weight, not colour alone. */
const linkClass =
  'block border-l-3 border-transparent py-1 pl-3 leading-snug -outline-offset-3 aria-[current=true]:border-accent aria-[current=true]:font-bold aria-[current=true]:no-underline';

/**
 * The Quick Links table of contents, derived from the notice's headings, so it cannot point at a missing
 * section. Real HTML: a sticky sidebar on wide screens (open even without JavaScript where the browser
 * can style ::details-content), a collapsed <details> at the top of the notice on narrow ones; its grid
 * rows span the sections, which stay the article's own children for reader views. QuickLinks.island.ts
 * marks the section being read (aria-current) and names it in the collapsed summary.
 */
export function QuickLinks({ links }: { links: NoticeVersion['quickLinks'] }) {
  return (
    <quick-links class="quick-links block lg:sticky lg:top-4 lg:col-start-1 lg:row-[2/span_999] lg:self-start print:hidden">
      <nav aria-labelledby="quick-links-title">
        <details className="mt-2 mb-6 rounded-lg border border-line bg-surface lg:mt-0 lg:details-content:[block-size:auto] lg:details-content:[content-visibility:visible]">
          <summary
            className={`flex min-h-11 cursor-pointer flex-wrap items-baseline gap-x-1 px-5 py-2.5 after:ml-auto after:self-center lg:pointer-events-none lg:cursor-default lg:after:hidden ${chevron}`}
          >
            <h2 id="quick-links-title" className="text-base">
              Quick Links
            </h2>
            <span className="quick-links-current text-muted in-open:hidden lg:hidden" />
          </summary>
          <ul className="px-5 pb-4 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
            {links.map((link) => (
              <li key={link.id}>
                <a className={linkClass} href={`#${link.id}`}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </nav>
      <Island name="QuickLinks" />
    </quick-links>
  );
}
