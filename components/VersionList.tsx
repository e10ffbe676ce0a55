import type { NoticeVersion, VersionStatus } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { publishedNote } from './VersionBanner';
import { badge } from './classes';

const STATUS_LABEL: Record<VersionStatus, string> = { current: 'Current', archived: 'Archived', scheduled: 'Scheduled', draft: 'Draft' };

/**
 * The versions, newest first: date, status, in-effect period, summary, and links to read, compare and
 * download, named by what a reader gets: the published file (the record, byte for byte, anchors and all) or
 * the same as plain Markdown.
 */
export function VersionList({ versions }: { versions: NoticeVersion[] }) {
  return (
    <ol className="version-list my-6">
      {versions.map((v) => {
        const date = formatDate(v.date);
        return (
          <li key={v.date} className={`version-item version-${v.status} border-t border-line py-4`}>
            <h2 className="text-xl">
              <a href={urls.version(v.date)}>{date}</a> <span className={`status-badge ${badge}`}>{STATUS_LABEL[v.status]}</span>
            </h2>
            <p className="version-period my-1 text-muted">
              {period(v)}
              {publishedNote(v)}
            </p>
            <p className="my-1">{v.summary}</p>
            {v.backfillSource && (
              <p className="version-backfill my-1 text-sm text-muted">Added to the archive later, from the records: {v.backfillSource}.</p>
            )}
            <ul className="version-actions mt-2 flex flex-wrap gap-x-5 gap-y-1">
              <li>
                <a href={urls.version(v.date)}>
                  Read<span className="sr-only"> the version of {date}</span>
                </a>
              </li>
              {v.previous && (
                <li>
                  <a href={urls.changes(v.date)}>
                    What changed<span className="sr-only"> on {date}</span>
                  </a>
                </li>
              )}
              {v.status !== 'draft' && (
                <li>
                  <a href={urls.markdown(v.date)} type="text/markdown" download>
                    Download the published file<span className="sr-only"> of the version of {date}</span>
                  </a>
                </li>
              )}
              {v.status !== 'draft' && (
                <li>
                  <a href={urls.plainMarkdown(v.date)} type="text/markdown" download>
                    Download<span className="sr-only"> the version of {date}</span> as Markdown
                  </a>
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function period(v: NoticeVersion): string {
  const from = formatDate(v.effectiveFrom);
  if (v.status === 'scheduled') return `Takes effect on ${from}.`;
  if (v.status === 'draft') return `Draft, to take effect on ${from}.`;
  return v.effectiveTo ? `In effect from ${from} to ${formatDate(v.effectiveTo)}.` : `In effect since ${from}.`;
}
