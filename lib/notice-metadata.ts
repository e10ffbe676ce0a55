import type { Metadata } from 'next';
import type { Content, NoticeVersion } from './content';
import { addDays } from './dates';
import { urls } from './urls';

/** A search-result description taken from the notice's own opening words (no invented text). */
export function describe(version: NoticeVersion, maxLength = 160): string {
  const text = (version.sections[0]?.text ?? version.summary).replace(/\s+/g, ' ');
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * Metadata of a page showing a version: description, canonical URL, Open Graph, the feed, and the
 * machine-readable facts archivers read (version, effective date, sha256 of its Markdown).
 */
export function noticeMetadata(version: NoticeVersion, path: string, title: string = version.title): Metadata {
  const description = describe(version);
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/atom+xml': urls.feed, 'application/json': urls.versionsJson, 'text/markdown': urls.markdown(version.date) },
    },
    openGraph: { title, description, url: path, type: 'article', modifiedTime: version.date },
    other: {
      'notice-version': version.date,
      'notice-effective-from': version.effectiveFrom,
      ...(version.effectiveTo ? { 'notice-effective-to': version.effectiveTo } : {}),
      'notice-status': version.status,
      'notice-sha256': version.sha256,
    },
  };
}

/** The last day a version dated `date` opens /privacy/ with "We updated this notice" (site data recentUpdateDays). */
export const updateNoticeUntil = (date: string, days: number) => addDays(date, days - 1);

/** Whether /privacy/ should open with "We updated this notice": within the configured days of the current version. */
export function recentlyUpdated(content: Content): boolean {
  const { current, today } = content;
  return current.previous !== undefined && today >= current.date && today <= updateNoticeUntil(current.date, content.site.recentUpdateDays);
}
