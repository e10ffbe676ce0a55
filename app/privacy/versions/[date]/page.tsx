import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditLink } from '@/components/EditLink';
import { NoticeArticle } from '@/components/NoticeArticle';
import { VersionBanner } from '@/components/VersionBanner';
import { findVersion, loadContent } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { noticeMetadata } from '@/lib/notice-metadata';
import { urls } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().versions.map((v) => ({ date: v.date }));
}

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const version = findVersion(loadContent(), (await params).date);
  if (!version) return {};
  return noticeMetadata(version, urls.version(version.date), `${version.title}, version of ${formatDate(version.date)}`);
}

/** One version exactly as published, with the same anchors, under a banner saying where it stands. */
export default async function VersionPage({ params }: Props) {
  const content = loadContent();
  const version = findVersion(content, (await params).date);
  if (!version) notFound();
  return (
    <>
      <VersionBanner version={version} />
      <NoticeArticle version={version} printUrl={`${content.site.origin}${urls.version(version.date)}`} />
      <EditLink site={content.site} version={version} />
    </>
  );
}
