import type { SiteData } from '@/lib/content';
import { InlineMarkdown } from './InlineMarkdown';

/** The bars above the header (site data `announcements`). */
export function Announcements({ items }: { items: SiteData['announcements'] }) {
  if (items.length === 0) return null;
  return (
    <div className="announcements" role="region" aria-label="Announcements">
      {items.map((item) => (
        <InlineMarkdown key={item.text} as="p" className="announcement" text={item.text} />
      ))}
    </div>
  );
}
