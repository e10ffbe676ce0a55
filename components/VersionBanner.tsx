import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { pageColumn } from './classes';

/** Lined up with the notice column below it. */
export const bannerClass = `mt-4 rounded-md border-2 border-l-8 border-accent bg-surface px-4 py-3 ${pageColumn}`;

/** Says which version a page shows, so nobody mistakes an old or future version for the one in force. */
export function VersionBanner({ version }: { version: NoticeVersion }) {
  const from = formatDate(version.effectiveFrom);
  const published = publishedNote(version);
  const current = (
    <a href={urls.current} className="version-banner-link">
      Read the current notice
    </a>
  );
  switch (version.status) {
    case 'current':
      return (
        <p className={`version-banner version-banner-current ${bannerClass}`}>
          <strong>Current version</strong>, in effect since {from}.{published} <a href={urls.versions}>All versions</a>
        </p>
      );
    case 'archived':
      return (
        <p className={`version-banner version-banner-archived ${bannerClass}`}>
          <strong>Archived version</strong>, in effect from {from} to {formatDate(version.effectiveTo!)}. {current}.{published}
          {version.backfillSource && <> Added to the archive later, from the records: {version.backfillSource}.</>}
        </p>
      );
    case 'scheduled':
      return (
        <p className={`version-banner version-banner-scheduled ${bannerClass}`}>
          <strong>Scheduled version</strong>: takes effect on {from}. Until then, <a href={urls.current}>the current notice</a> applies.
        </p>
      );
    case 'draft':
      return (
        <p className={`version-banner version-banner-draft ${bannerClass}`}>
          <strong>Draft</strong>: not published. This preview exists only in <code>npm run dev</code>; publish it with{' '}
          <code>npm run publish-version -- {version.date}</code>.
        </p>
      );
  }
}

/** " Published on this site on …", where that day is not the day the version took effect (the archive says both). */
export function publishedNote(version: NoticeVersion): string {
  return version.firstPublished && version.firstPublished !== version.date
    ? ` Published on this site on ${formatDate(version.firstPublished)}.`
    : '';
}
