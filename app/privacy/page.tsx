import type { Metadata } from 'next';
import { EditLink } from '@/components/EditLink';
import { NoticeArticle } from '@/components/NoticeArticle';
import { UpdateNotice } from '@/components/UpdateNotice';
import { loadContent } from '@/lib/content';
import { daysBetween } from '@/lib/dates';
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
      {recentlyUpdated(content, daysBetween(current.date, content.today)) && <UpdateNotice version={current} />}
      {current.status === 'draft' && <DraftNote date={current.date} />}
      <NoticeArticle version={current} printUrl={`${site.origin}${urls.current}`} />
      <EditLink site={site} version={current} />
    </>
  );
}

/** In `npm run dev` a draft can be the version shown here; say so plainly. */
function DraftNote({ date }: { date: string }) {
  return (
    <p className="version-banner version-banner-draft">
      <strong>Draft</strong>: this preview shows the unpublished version of {date}. Publish it with{' '}
      <code>npm run publish-version -- {date}</code>.
    </p>
  );
}
