import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { BackToTop } from './BackToTop';
import { pageColumn } from './classes';
import { Island } from './Island';
import { NoticeSearch } from './NoticeSearch';
import { NoticeSection } from './NoticeSection';
import { QuickLinks } from './QuickLinks';
import { VersionLinks } from './VersionLinks';

/**
 * One version of the notice. `<article id="privacy-notice">`, the container archivers select, holds the
 * published words only: title and revision date in its header, the introduction (sections left out of
 * Quick Links that come first, such as the Summary), Quick Links, then every section, each a direct child.
 * Below the wide layout it is a plain block, so that Quick Links can stick to the top of the screen
 * through all of it (a grid item sticks only within its own row).
 * The links to other versions, the way back to Quick Links without JavaScript, "Back to top" and the copy
 * announcement sit outside it.
 * NoticeArticle.island.ts adds a copy-link button beside each section heading.
 */
export function NoticeArticle({ version, printUrl }: { version: NoticeVersion; printUrl: string }) {
  const firstListed = version.sections.findIndex((s) => s.listed);
  const split = firstListed === -1 ? version.sections.length : firstListed;
  const sections = (list: NoticeVersion['sections']) =>
    list.map((s) => <NoticeSection key={s.id} section={s} removed={version.removedSections} />);
  return (
    <notice-article class={`notice block pt-8 pb-12 ${pageColumn} print:w-auto print:max-w-none print:p-0`}>
      <VersionLinks version={version} />
      <p className="notice-versions mb-3 text-sm text-muted print:hidden">
        {version.previous && (
          <>
            <a href={urls.changes(version.date)}>What changed</a>
            {' · '}
          </>
        )}
        <a href={urls.versions}>All versions</a>
      </p>
      <NoticeSearch />
      {version.quickLinks.length > 0 && (
        // Without JavaScript the Quick Links box stays where it is (nothing could close it over the page after
        // a jump): on a phone this one-row link, stuck to the top of the screen, leads back to it from any
        // section. Outside the article, so readers and archivers do not take it for notice text.
        <a
          href="#quick-links-title"
          className="quick-links-return sticky top-0 z-30 mb-4 hidden min-h-11 items-center rounded-lg border border-line bg-surface px-5 font-semibold scripting-none:max-lg:tall:flex print:hidden"
        >
          Go to Quick Links
        </a>
      )}
      <article
        id="privacy-notice"
        className="notice-layout gap-x-12 lg:grid lg:grid-cols-[17rem_minmax(0,var(--container-measure))] print:block [&_[id]]:scroll-mt-4 max-lg:tall:[&_[id]]:scroll-mt-20"
        data-version={version.date}
        data-effective-from={version.effectiveFrom}
        data-sha256={version.sha256}
      >
        {/* The address is printed under the title from data-print-url, by CSS: it is not notice text. */}
        <header className="notice-title lg:col-span-full" data-print-url={printUrl}>
          <h1 className="text-4xl/tight tracking-tight">{version.title}</h1>
          <p className="notice-revised mt-2 mb-6 text-muted">
            <em>
              Last revised <time dateTime={version.date}>{formatDate(version.date)}</time>
            </em>
          </p>
        </header>
        {sections(version.sections.slice(0, split))}
        {version.quickLinks.length > 0 && <QuickLinks links={version.quickLinks} />}
        {sections(version.sections.slice(split))}
      </article>
      <BackToTop />
      {/* Where NoticeArticle.island.ts announces a copied section link. */}
      <p
        className="copy-status fixed inset-x-4 bottom-4 z-70 mx-auto w-fit rounded-md bg-ink px-4 py-2 text-page wrap-anywhere empty:hidden print:hidden"
        role="status"
        aria-live="polite"
      />
      <Island name="NoticeArticle" />
    </notice-article>
  );
}
