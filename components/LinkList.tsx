import type { SiteLink } from '@/lib/content';

/** A plain list of site-data links: the no-JavaScript form of every menu and footer column. */
export function LinkList({ links, labelledBy, className }: { links: SiteLink[]; labelledBy?: string; className?: string }) {
  return (
    <ul className={className} aria-labelledby={labelledBy}>
      {links.map((link) => (
        <li key={`${link.label} ${link.href}`}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
