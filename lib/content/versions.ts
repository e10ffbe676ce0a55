import { addDays } from '../dates';

/**
 * Where a version stands on the build date:
 * - `current`: the newest published version dated on or before the build date; the one in force;
 * - `archived`: an older published version, replaced by the next one;
 * - `scheduled`: published, dated after the build date; becomes current on the first build on or after it;
 * - `draft`: not in the lock file; shown by `npm run dev`, refused by the production build.
 */
export type VersionStatus = 'current' | 'archived' | 'scheduled' | 'draft';

/** What statuses and periods are worked out from. */
export interface DatedVersion {
  date: string;
  published: boolean;
}

/** A version's status and the period it is (or was, or will be) in effect; `to` is undefined while open-ended. */
export interface VersionTimeline {
  status: VersionStatus;
  effectiveFrom: string;
  effectiveTo: string | undefined;
  /** Date of the version it replaced, if any. */
  previous: string | undefined;
  /** Date of the version that replaces it, if any. */
  next: string | undefined;
}

/**
 * Assigns each version its status and in-effect period. In development (`previewDrafts`), drafts take
 * part as if published, so staff see them where they will appear.
 */
export function timeline<T extends DatedVersion>(versions: T[], today: string, previewDrafts = false): Map<T, VersionTimeline> {
  const counts = (v: T) => v.published || previewDrafts;
  const chain = versions.filter(counts).sort((a, b) => a.date.localeCompare(b.date));
  const inForce = chain.filter((v) => v.date <= today);
  const current = inForce.at(-1);
  const result = new Map<T, VersionTimeline>();
  for (const version of versions) {
    const index = chain.indexOf(version);
    const previous = index > 0 ? chain[index - 1].date : undefined;
    const next = index >= 0 && index < chain.length - 1 ? chain[index + 1].date : undefined;
    const status: VersionStatus = !version.published
      ? 'draft'
      : version === current
        ? 'current'
        : version.date > today
          ? 'scheduled'
          : 'archived';
    result.set(version, {
      status,
      effectiveFrom: version.date,
      effectiveTo: next ? addDays(next, -1) : undefined,
      previous: index >= 0 ? previous : chain.filter((v) => v.date < version.date).at(-1)?.date,
      next,
    });
  }
  return result;
}
