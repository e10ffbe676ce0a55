import type { SiteData } from '@/lib/content';
import { InlineMarkdown } from './InlineMarkdown';

/** The first bar is dark, the next ones red; links and their focus ring take the bar's text colour. */
const bar =
  'm-0 bg-bar px-4 py-2 text-center text-[0.9rem] text-on-bar nth-[n+2]:bg-accent nth-[n+2]:text-on-accent [&_a]:font-semibold [&_a]:text-current [&_a]:outline-current';

/** The bars above the header (site data `announcements`). */
export function Announcements({ items }: { items: SiteData['announcements'] }) {
  if (items.length === 0) return null;
  return (
    <div className="announcements print:hidden" role="region" aria-label="Announcements">
      {items.map((item) => (
        <InlineMarkdown key={item.text} as="p" className={`site-banner ${bar}`} text={item.text} />
      ))}
    </div>
  );
}
