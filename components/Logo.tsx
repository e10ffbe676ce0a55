import type { SiteLink } from '@/lib/content';

/** A wordmark linking home: a decorative mark and the name as real text (its accessible name). */
export function Logo({ link, className = '' }: { link: SiteLink; className?: string }) {
  return (
    <a href={link.href} className={`logo inline-flex min-h-11 items-center gap-2 text-xl font-bold text-ink no-underline ${className}`}>
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false" className="shrink-0">
        <circle cx="16" cy="16" r="15" fill="currentColor" />
        <path d="M9 22 16 8l7 14h-4l-3-6.5L13 22z" className="fill-page" />
      </svg>
      {link.label}
    </a>
  );
}
