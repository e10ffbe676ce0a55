import type { Metadata } from 'next';
import { EditLink } from '@/components/EditLink';
import { NoticeArticle } from '@/components/NoticeArticle';
import { UpdateNotice } from '@/components/UpdateNotice';
import { VersionBanner } from '@/components/VersionBanner';
import { loadContent } from '@/lib/checker';
import { noticeMetadata, recentlyUpdated } from '@/lib/notice-metadata';
import { urls } from '@/lib/urls';

export function generateMetadata(): Metadata {
  return noticeMetadata(loadContent().current, urls.current);
}

/** The notice in force on the build date. */
export default function PrivacyPage() {
  const content = loadContent();
  const { current, site } = content;
  return (
    <>
      {recentlyUpdated(content) && <UpdateNotice version={current} />}
      {/* In npm run dev a draft can be the version shown here: say so. */}
      {current.status === 'draft' && <VersionBanner version={current} />}
      <NoticeArticle version={current} printUrl={`${site.origin}${urls.current}`} />
      <EditLink site={site} version={current} />
    </>
  );
}
