import type { SiteData } from '@/lib/content';
import { InlineMarkdown } from './InlineMarkdown';
import { Island } from './Island';

/**
 * The cookie line, after the footer statement as on the published page. Without JavaScript it is a
 * static line (the dismiss button needs script, so it shows only with it); CookieLine.island.ts adds the
 * button's behaviour and remembers the dismissal. It sits in the page flow, so it never covers text.
 */
export function CookieLine({ cookieLine }: { cookieLine: SiteData['cookieLine'] }) {
  return (
    <cookie-line class="cookie-line mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-line bg-page px-4 py-3">
      <InlineMarkdown as="p" className="m-0 max-w-240" text={cookieLine.text} />
      <button
        type="button"
        className="cookie-dismiss min-h-10 cursor-pointer rounded-full border-2 border-ink px-4 font-semibold text-ink scripting-none:hidden"
      >
        {cookieLine.dismissLabel}
      </button>
      <Island name="CookieLine" />
    </cookie-line>
  );
}
