import { Island } from './Island';

/**
 * "Search this notice": an empty <notice-search> that NoticeSearch.island.ts fills with a search field
 * and its results. It has no markup of its own, so without JavaScript (and in text browsers) there is
 * no control that does nothing; the page is complete without it, and the browser's find still works.
 */
export function NoticeSearch() {
  return (
    // Its height (label 1.5rem, gap, field 2.75rem: 4.5rem) is kept from the first paint where JavaScript runs, so the notice below does
    // not move when the island fills it (a layout shift Lighthouse counted: CLS 0.04–0.06).
    <notice-search class="notice-search mb-6 block max-w-measure scripting:min-h-18 lg:ml-[calc(17rem+3rem)] print:hidden">
      <Island name="NoticeSearch" />
    </notice-search>
  );
}
