import { frontMatterKeyPosition, type ContentFinding, type ContentRule } from './rule';

/**
 * The archive is evidence of what people were told and when: a version added by a pull request takes
 * effect no earlier than the day it merges, and a version added from the records (backfill) may only
 * fill days before any version the site already published, never change which one was in effect.
 * Against the base branch only (`--base`), where "added" is known; dates are UTC, as the build's.
 */
export const effectiveDate: ContentRule = {
  name: 'effective-date',
  description:
    'Against the base branch (--base): a version added here is dated before today (UTC) or before a version already published, or a backfilled version is dated after a version already published.',
  fix: 'Date a new version today or later and after every published version: the day it takes effect, which cannot be before its pull request merges. For a historical version from the records, add `backfill: true` and `source: "…"` (`npm run new-version -- YYYY-MM-DD --backfill`), dated before every published version.',
  severity: 'error',
  checkContent({ base, versions, today }) {
    if (!base) return [];
    const onBase = new Set(base.entries.map((e) => e.name));
    const publishedDates = versions
      .filter((v) => onBase.has(v.name))
      .map((v) => v.date)
      .sort();
    const [earliestPublished, latestPublished] = [publishedDates[0], publishedDates.at(-1)];
    const findings: ContentFinding[] = [];
    for (const version of versions) {
      if (onBase.has(version.name) || !version.frontMatter) continue;
      const at = frontMatterKeyPosition(version.parsed, 'date');
      if (version.frontMatter.backfill) {
        if (earliestPublished !== undefined && version.date >= earliestPublished)
          findings.push({
            file: version.file,
            ...at,
            message: `this backfilled version is dated ${version.date}, on or after ${earliestPublished}, a version ${base.ref} already publishes: adding it would change which version the archive says was in effect on days the site has published. A version from the records must be dated before ${earliestPublished}; a change to the notice is a new version dated today (${today}) or later.`,
          });
      } else if (latestPublished !== undefined && version.date < latestPublished) {
        findings.push({
          file: version.file,
          ...at,
          message: `${version.date} is before ${latestPublished}, a version ${base.ref} already publishes: a new version goes after every published one. Dated here, it would change what the archive says about published days, or be replaced on ${latestPublished} by a version that lacks its changes. Date it after ${latestPublished} (npm run new-version -- YYYY-MM-DD), starting from ${latestPublished}'s text.`,
        });
      } else if (version.date < today) {
        findings.push({
          file: version.file,
          ...at,
          message: `${version.date} is before today (${today}, UTC): a new version takes effect no earlier than the day its pull request merges, or the archive would say the previous one ended before it did. Rename the file and its date: to the day it takes effect, today or later (npm run new-version -- ${today}). If this is a historical version from the records, add "backfill: true" and "source: …" saying where its text comes from.`,
        });
      }
    }
    return findings;
  },
};
