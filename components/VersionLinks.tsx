import type { NoticeVersion } from '@/lib/content';
import { urls } from '@/lib/urls';

/**
 * RFC 5829 version links for a page showing a version (React hoists <link> into <head>): the previous
 * and next versions, the latest, and the version history.
 */
export function VersionLinks({ version }: { version: NoticeVersion }) {
  return (
    <>
      {version.previous && <link rel="predecessor-version" href={urls.version(version.previous)} />}
      {version.next && <link rel="successor-version" href={urls.version(version.next)} />}
      <link rel="latest-version" href={urls.current} />
      <link rel="version-history" href={urls.versions} />
    </>
  );
}
