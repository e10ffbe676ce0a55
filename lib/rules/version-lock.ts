import type { VersionsRule } from './rule';

/** Published versions are a legal record: the bytes that were published are the bytes that stay. */
export const versionLock: VersionsRule = {
  name: 'version-lock',
  description: 'A published (locked) version may not change or disappear.',
  severity: 'error',
  check({ versions, lock, lockFile }) {
    return lock.flatMap((entry) => {
      const version = versions.find((v) => v.name === entry.name);
      if (!version) {
        return [
          {
            file: lockFile,
            line: entry.line,
            column: 1,
            message: `${entry.name} was published but is missing: restore it from the repository history (git checkout main -- content/privacy/${entry.name}). Published versions are never deleted.`,
          },
        ];
      }
      if (version.sha256 !== entry.sha256) {
        return [
          {
            file: version.file,
            line: 1,
            column: 1,
            message: `${entry.name} was published and must not change: locked sha256 ${entry.sha256}, found ${version.sha256}. Undo the edit (git checkout main -- ${version.file}, or discard it in the web editor) and make the change in a new version: npm run new-version -- YYYY-MM-DD, or a new file content/privacy/YYYY-MM-DD.md with the changed text.`,
          },
        ];
      }
      return [];
    });
  },
};
