import type { Metadata } from 'next';
import { NoticeArticle } from '@/components/NoticeArticle';
import { loadContent } from '@/lib/content';
import { describe } from '@/lib/notice-metadata';

export function generateMetadata(): Metadata {
  const { current } = loadContent();
  const description = describe(current);
  return {
    title: current.title,
    description,
    alternates: { canonical: '/privacy/' },
    openGraph: { title: current.title, description, url: '/privacy/', type: 'article' },
  };
}

/** The notice in force. */
export default function PrivacyPage() {
  const { current } = loadContent();
  return <NoticeArticle version={current} />;
}
