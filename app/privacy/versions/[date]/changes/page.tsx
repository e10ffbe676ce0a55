import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageClass, pageTitle } from '@/components/classes';
import { SectionLinks } from '@/components/SectionLinks';
import { loadContent } from '@/lib/checker';
import { findVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { diffVersions } from '@/lib/diff';
import { diffToHtml } from '@/lib/diff-html';
import { urls } from '@/lib/urls';
import { versionDateParams, versionOfRoute, type VersionRouteProps } from '../version-route';

export const dynamicParams = false;

/** A changes page for every version (the first one says there is nothing earlier to compare with). */
export const generateStaticParams = versionDateParams;

export async function generateMetadata(props: VersionRouteProps): Promise<Metadata> {
  const version = await versionOfRoute(props);
  if (!version) return {};
  return {
    title: `What changed on ${formatDate(version.date)}`,
    description: version.summary,
    alternates: { canonical: urls.changes(version.date), types: { 'application/atom+xml': urls.feed } },
  };
}

/** What changed since the version before: section by section, word by word. */
export default async function ChangesPage(props: VersionRouteProps) {
  const content = loadContent();
  const version = await versionOfRoute(props);
  if (!version) notFound();
  const previous = version.previous ? findVersion(content, version.previous) : undefined;
  if (!previous) {
    return (
      <div className={`page changes-page ${pageClass}`}>
        <h1 className={pageTitle}>What changed on {formatDate(version.date)}</h1>
        <p className="max-w-measure">
          <a href={urls.version(version.date)}>The version of {formatDate(version.date)}</a> is the first published version of this notice:
          there is no earlier version to compare it with. <a href={urls.versions}>All versions</a>
        </p>
        <SectionLinks version={version} page={urls.version(version.date)} title="Its sections" />
      </div>
    );
  }
  const diff = diffVersions(previous.sections, version.sections);
  return (
    <div className={`page changes-page ${pageClass}`}>
      <h1 className={pageTitle}>What changed on {formatDate(version.date)}</h1>
      <p className="changes-intro mb-4 max-w-measure">
        Changes in <a href={urls.version(version.date)}>the version of {formatDate(version.date)}</a> since{' '}
        <a href={urls.version(previous.date)}>the version of {formatDate(previous.date)}</a>. {version.summary}
      </p>
      <p className="diff-legend mb-4 max-w-measure">
        <ins>Inserted words</ins> are underlined; <del>deleted words</del> are struck through. <a href={urls.versions}>All versions</a>
      </p>
      <div className="diff" dangerouslySetInnerHTML={{ __html: diffToHtml(diff, 2) }} />
    </div>
  );
}
