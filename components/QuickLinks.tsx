import type { NoticeVersion } from '@/lib/content';
import { chevron } from './classes';
import { Island } from './Island';

/**
 * A link of the list. The one for the section being read is marked by a bar, a heavier stroke and no
 * underline (so not by colour alone, and still in forced colours); the stroke is a text shadow, not a
 * bolder font, so marking another link never re-wraps the list.
 */
const linkClass =
  'block border-l-3 border-transparent py-1 pl-3 leading-snug -outline-offset-3 aria-[current=true]:border-accent aria-[current=true]:no-underline aria-[current=true]:[text-shadow:0.03em_0_currentColor,-0.03em_0_currentColor] forced-colors:aria-[current=true]:border-[CanvasText]';

/**
 * The Quick Links table of contents, derived from the notice's headings, so it cannot point at a missing
 * section. Real HTML: a sticky sidebar on wide screens (open even without JavaScript where the browser
 * can style ::details-content), its grid rows spanning the sections, which stay the article's own
 * children for reader views. On narrow screens a collapsed <details> after the introduction that sticks
 * to the top of the screen as one row ("Quick Links: <section being read>") and opens over the page from
 * anywhere; not on short screens (400% zoom), and not without JavaScript, where nothing would close it
 * after a jump (there it stays in place, with "Back to top" after the notice). QuickLinks.island.ts
 * marks the section being read (aria-current), names it in the summary, and closes the list on a choice.
 */
export function QuickLinks({ links }: { links: NoticeVersion['quickLinks'] }) {
  return (
    <quick-links class="quick-links block pt-2 max-lg:bg-page lg:pt-0 max-lg:tall:sticky max-lg:tall:top-0 max-lg:z-30 lg:sticky lg:top-4 lg:col-start-1 lg:row-[2/span_999] lg:self-start scripting-none:max-lg:static! print:hidden">
      <nav aria-labelledby="quick-links-title">
        <details className="relative mb-6 rounded-lg border border-line bg-surface lg:mt-0 lg:details-content:[block-size:auto] lg:details-content:[content-visibility:visible]">
          <summary
            className={`flex min-h-11 cursor-pointer items-baseline px-5 py-2.5 after:ml-auto after:self-center lg:pointer-events-none lg:cursor-default lg:after:hidden ${chevron}`}
          >
            <h2 id="quick-links-title" className="shrink-0 text-base">
              Quick Links
            </h2>
            <span className="quick-links-current min-w-0 truncate text-muted in-open:hidden lg:hidden" />
          </summary>
          <ul className="px-5 pb-4 max-lg:tall:absolute max-lg:tall:inset-x-[-1px] max-lg:tall:top-full max-lg:tall:max-h-[70vh] max-lg:tall:overflow-y-auto max-lg:tall:rounded-b-lg max-lg:tall:border max-lg:tall:border-t-0 max-lg:tall:border-line max-lg:tall:bg-surface max-lg:tall:shadow-lg lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto scripting-none:static! scripting-none:border-0! scripting-none:shadow-none!">
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
