import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { bannerClass } from './VersionBanner';

/** The "prominent notice" the notice promises after a change, shown on /privacy/ for a while after it. */
export function UpdateNotice({ version }: { version: NoticeVersion }) {
  return (
    <p className={`update-notice ${bannerClass}`} role="note">
      We updated this notice on <time dateTime={version.date}>{formatDate(version.date)}</time>:{' '}
      <a href={urls.changes(version.date)}>see what changed</a>.
    </p>
  );
}
