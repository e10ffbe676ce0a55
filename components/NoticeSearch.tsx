import { Island } from './Island';

/**
 * "Search this notice": an empty <notice-search> that NoticeSearch.island.ts fills with a search field
 * and its results. It has no markup of its own, so without JavaScript (and in text browsers) there is
 * no control that does nothing; the page is complete without it, and the browser's find still works.
 */
export function NoticeSearch() {
  return (
    <notice-search class="notice-search mb-6 block max-w-measure lg:ml-[calc(17rem+3rem)] print:hidden">
      <Island name="NoticeSearch" />
    </notice-search>
  );
}
