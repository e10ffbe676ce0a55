import { sha256 } from '../content/lock';
import { fromProblem, type ContentFinding, type ContentRule } from './rule';

/** True when `source` differs from the bytes hashed as `locked` only in its line endings (CRLF against LF). */
export function onlyLineEndingsDiffer(source: string, locked: string): boolean {
  const lf = source.replace(/\r\n/g, '\n');
  return sha256(lf) === locked || sha256(lf.replace(/\n/g, '\r\n')) === locked;
}

/** What to say when a locked file's bytes differ from the lock: line endings only, or a real edit. */
export function changedMessage(name: string, file: string, source: string, locked: string, ref = 'origin/main'): string {
  if (onlyLineEndingsDiffer(source, locked)) {
    return `${name} differs from the published version only in its line endings (CRLF instead of LF, or the reverse): the text is unchanged, but the bytes are the legal record. Your editor or Git converted them: restore the file (git checkout ${ref} -- ${file}); the repository's .gitattributes keeps content/ byte for byte from then on (on Windows, also check your editor saves with LF line endings).`;
  }
  return `${name} was published and must not change. Undo the edit (git checkout ${ref} -- ${file}, or discard it in the web editor) and make the change in a new version: npm run new-version -- YYYY-MM-DD. (Only a version published on this branch and not yet merged may be fixed and locked again, with npm run publish-version -- ${name.slice(0, -3)}.)`;
}

/** Published versions are a legal record: the bytes that were published are the bytes that stay. */
export const versionLock: ContentRule = {
  name: 'version-lock',
  description: 'The lock file is present and readable, and every version it lists exists with exactly the bytes it was locked with.',
  fix: 'Undo the change to the published file (the message gives the command) and make a new version instead. If only the line endings changed, restore the file; `.gitattributes` keeps it byte for byte.',
  severity: 'error',
  checkContent({ versions, lock }) {
    if (lock.text === undefined) {
      return [
        {
          file: lock.file,
          line: 1,
          column: 1,
          message: `the lock file is missing, so no version counts as published: restore it (git checkout origin/main -- ${lock.file}).`,
        },
      ];
    }
    const findings: ContentFinding[] = lock.problems.map(fromProblem);
    for (const entry of lock.entries) {
      const version = versions.find((v) => v.name === entry.name);
      if (!version) {
        findings.push({
          file: lock.file,
          line: entry.line,
          column: 1,
          message: `${entry.name} was published but is missing: restore it from the repository history (git checkout origin/main -- content/privacy/${entry.name}). Published versions are never deleted.`,
        });
      } else if (version.sha256 !== entry.sha256) {
        findings.push({
          file: version.file,
          line: 1,
          column: 1,
          message: changedMessage(entry.name, version.file, version.source, entry.sha256),
        });
      }
    }
    return findings;
  },
};
