import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditLink } from '@/components/EditLink';
import { NoticeArticle } from '@/components/NoticeArticle';
import { VersionBanner } from '@/components/VersionBanner';
import { loadContent } from '@/lib/checker';
import { formatDate } from '@/lib/dates';
import { noticeMetadata } from '@/lib/notice-metadata';
import { urls } from '@/lib/urls';
import { versionDateParams, versionOfRoute, type VersionRouteProps } from './version-route';

export const dynamicParams = false;

export const generateStaticParams = versionDateParams;

export async function generateMetadata(props: VersionRouteProps): Promise<Metadata> {
  const version = await versionOfRoute(props);
  if (!version) return {};
  return noticeMetadata(version, urls.version(version.date), `${version.title}, version of ${formatDate(version.date)}`);
}

/** One version exactly as published, with the same anchors, under a banner saying where it stands. */
export default async function VersionPage(props: VersionRouteProps) {
  const content = loadContent();
  const version = await versionOfRoute(props);
  if (!version) notFound();
  return (
    <>
      <VersionBanner version={version} />
      <NoticeArticle version={version} printUrl={`${content.site.origin}${urls.version(version.date)}`} />
      <EditLink site={content.site} version={version} />
    </>
  );
}
