import type { RemovedSection } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';

/**
 * Empty anchors with the ids a section had in earlier versions, so old deep links still land on it. An id
 * that stood for a section since removed carries its title and the last version that had it, for
 * NoticeArticle.island.ts to say so to a reader who arrives by it (attributes: no text for readers).
 */
export function AliasAnchors({ ids, removed }: { ids: string[]; removed: RemovedSection[] }) {
  return ids.map((id) => {
    const gone = removed.find((r) => r.id === id);
    const removedData = gone && {
      'data-removed-title': gone.title,
      'data-removed-version': formatDate(gone.lastIn),
      'data-removed-href': `${urls.version(gone.lastIn)}#${id}`,
    };
    return <span key={id} id={id} className="alias-anchor" {...removedData} />;
  });
}
