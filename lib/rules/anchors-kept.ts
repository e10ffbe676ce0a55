import type { ContentFinding, ContentRule } from './rule';

/**
 * Deep links never break: every anchor id any published version had must still exist in the versions
 * readers will see next (current, scheduled, drafts), as a section id or as an alias of the section that
 * took its place.
 */
export const anchorsKept: ContentRule = {
  name: 'anchors-kept',
  description: 'Every anchor id of an earlier published version exists in later versions, as an id or an alias.',
  fix: 'Add `aliases="old_id"` to the heading of the section that replaced it.',
  severity: 'error',
  checkContent({ versions }) {
    const published = versions.filter((v) => v.published).sort((a, b) => a.date.localeCompare(b.date));
    const findings: ContentFinding[] = [];
    for (const version of versions.filter((v) => v.status !== 'archived' && v.parsed.headings.length > 0)) {
      const here = new Set(version.parsed.headings.flatMap((h) => [h.id, ...h.aliases]));
      const missing = new Map<string, string[]>();
      for (const earlier of published.filter((v) => v.date < version.date)) {
        for (const h of earlier.parsed.headings) {
          for (const id of [h.id, ...h.aliases]) {
            if (!here.has(id)) missing.set(id, [...(missing.get(id) ?? []), earlier.date]);
          }
        }
      }
      for (const [id, dates] of missing) {
        findings.push({
          file: version.file,
          line: version.parsed.headings[0].line,
          column: 1,
          message: `the anchor "#${id}" (in the published version${dates.length > 1 ? 's' : ''} of ${dates.join(', ')}) is missing here, so links to /privacy/#${id} would break: add aliases="${id}" to the heading of the section that replaced it, e.g. ## Heading {#new_id aliases="${id}"}.`,
        });
      }
    }
    return findings;
  },
};
