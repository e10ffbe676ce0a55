import type { ContentFinding, ContentRule } from './rule';
import { changedMessage } from './version-lock';

/**
 * The record is append-only against the base branch (`check:content --base <ref>`): a lock line of the
 * base may not change or go, and a file locked at the base may not change or go, whatever the lock says now.
 */
export const publishedRecord: ContentRule = {
  name: 'published-record',
  description: 'Against the base branch (--base): a lock line was changed or removed, or a version published there was edited or deleted.',
  fix: 'Put back the lock line and the file exactly as they are on the base branch (`git checkout origin/main -- <file>`); change the notice in a new version.',
  severity: 'error',
  checkContent({ base, lock, versions }) {
    if (!base) return [];
    const findings: ContentFinding[] = [];
    for (const published of base.entries) {
      const now = lock.entries.find((e) => e.name === published.name);
      if (now?.sha256 === published.sha256) continue; // the lock still holds it: version-lock checks the file against it
      // Published on the base after this branch began, and absent here: the merge brings it in (checked there again).
      if (!now && base.addedSinceBranch.includes(published.name) && !versions.some((v) => v.name === published.name)) continue;
      const line = `${published.sha256}  ${published.name}`;
      if (!now) {
        findings.push({
          file: lock.file,
          line: 1,
          column: 1,
          message: `the line for ${published.name}, published on ${base.ref}, was removed: put it back, "${line}". Lock lines may be added, never changed or removed.`,
        });
      } else if (now.sha256 !== published.sha256) {
        findings.push({
          file: lock.file,
          line: now.line,
          column: 1,
          message: `the line for ${published.name} was changed: on ${base.ref} it is "${line}". Restore it: published versions never change; make a new version instead (npm run new-version -- YYYY-MM-DD).`,
        });
      }
      const version = versions.find((v) => v.name === published.name);
      const file = `${lock.file.replace(/published\.lock$/, '')}${published.name}`;
      if (!version) {
        findings.push({
          file: lock.file,
          line: now?.line ?? 1,
          column: 1,
          message: `${published.name} is published on ${base.ref} and was deleted here: restore it (git checkout ${base.ref} -- ${file}). Published versions stay on the site for good.`,
        });
      } else if (version.sha256 !== published.sha256) {
        findings.push({
          file: version.file,
          line: 1,
          column: 1,
          message: changedMessage(published.name, version.file, version.source, published.sha256, base.ref),
        });
      }
    }
    return findings;
  },
};
