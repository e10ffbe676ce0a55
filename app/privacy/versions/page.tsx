import type { Metadata } from 'next';
import { pageClass, pageTitle } from '@/components/classes';
import { VersionCompare } from '@/components/VersionCompare';
import { VersionList } from '@/components/VersionList';
import { loadContent } from '@/lib/checker';
import { urls } from '@/lib/urls';

export function generateMetadata(): Metadata {
  const { current } = loadContent();
  return {
    title: `${current.title}: all versions`,
    description: `Every published version of the ${current.title}, when each was in effect, and what changed.`,
    alternates: { canonical: urls.versions, types: { 'application/atom+xml': urls.feed, 'application/json': urls.versionsJson } },
  };
}

/** Every version, newest first, and a form to compare any two. */
export default function VersionsPage() {
  const { versions, current } = loadContent();
  return (
    <div className={`page versions-page ${pageClass}`}>
      <h1 className={pageTitle}>{current.title}: all versions</h1>
      <p className="max-w-measure">
        Every version of this notice as it was published, newest first, each kept word for word: its page shows the notice as it read while
        in effect, and its “What changed” page marks every word added or removed since the version before it.{' '}
        <a href={urls.feed}>Subscribe to updates (Atom feed)</a>, or get the <a href={urls.versionsJson}>list of versions as JSON</a>.
      </p>
      <VersionList versions={versions} />
      {versions.length > 1 && <VersionCompare versions={versions} />}
    </div>
  );
}
