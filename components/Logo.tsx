import type { SiteLink } from '@/lib/content';

/** The wordmark: an SVG with the organisation's name as its text alternative, linking home. */
export function Logo({ link, className = '' }: { link: SiteLink; className?: string }) {
  return (
    <a href={link.href} className={`logo ${className}`}>
      <svg viewBox="0 0 210 32" width="168" height="26" role="img" aria-label={link.label} focusable="false">
        <circle cx="16" cy="16" r="14" fill="currentColor" />
        <path d="M9 22 16 8l7 14h-4l-3-6.5L13 22z" fill="var(--logo-mark, #fff)" />
        <text x="38" y="23" fontSize="20" fontWeight="700" fill="currentColor" fontFamily="system-ui, sans-serif">
          {link.label}
        </text>
      </svg>
    </a>
  );
}
