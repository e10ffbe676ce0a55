import type { SiteData } from '@/lib/content';
import { InlineMarkdown } from './InlineMarkdown';
import { Island } from './Island';

/**
 * The cookie line, after the footer statement as on the published page. Without JavaScript it is a
 * static line: the Dismiss button needs script, so CookieLine.island.ts makes it (its label in
 * data-dismiss-label) and remembers the dismissal. It sits in the page flow, so it never covers text.
 */
export function CookieLine({ cookieLine }: { cookieLine: SiteData['cookieLine'] }) {
  return (
    <cookie-line
      class="cookie-line mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-line bg-page px-4 py-3"
      data-dismiss-label={cookieLine.dismissLabel}
    >
      <InlineMarkdown as="p" className="footer-cookies m-0 max-w-240" text={cookieLine.text} />
      <Island name="CookieLine" />
    </cookie-line>
  );
}
