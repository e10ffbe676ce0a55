import type { SiteData } from '@/lib/content';
import { InlineMarkdown } from './InlineMarkdown';
import { Island } from './Island';

/**
 * The cookie line. Without JavaScript it is a static line; CookieLine.island.ts adds the dismiss
 * button's behaviour and remembers the dismissal. It sits in the page flow, so it never covers text.
 */
export function CookieLine({ cookieLine }: { cookieLine: SiteData['cookieLine'] }) {
  return (
    <cookie-line class="cookie-line">
      <InlineMarkdown as="p" text={cookieLine.text} />
      <button type="button" className="cookie-dismiss">
        {cookieLine.dismissLabel}
      </button>
      <Island name="CookieLine" />
    </cookie-line>
  );
}
