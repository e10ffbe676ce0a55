import { loadContent } from '@/lib/checker';
import { noticeFeed } from '@/lib/feed';

export const dynamic = 'force-static';

/** The Atom feed: one entry per published version. */
export function GET() {
  return new Response(noticeFeed(loadContent()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
