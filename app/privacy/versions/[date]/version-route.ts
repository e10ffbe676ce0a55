import { loadContent } from '@/lib/checker';
import { findVersion, type NoticeVersion } from '@/lib/content';

/** What Next passes the routes under /privacy/versions/[date]/. */
export type VersionRouteProps = { params: Promise<{ date: string }> };

/** One value of [date] per version: its page, its changes page and its sections.json are static. */
export function versionDateParams(): { date: string }[] {
  return loadContent().versions.map((v) => ({ date: v.date }));
}

/** The version the route's [date] names, or undefined. */
export async function versionOfRoute({ params }: VersionRouteProps): Promise<NoticeVersion | undefined> {
  return findVersion(loadContent(), (await params).date);
}
