import { createHash } from 'node:crypto';
import type { Problem } from './problems';

/**
 * The lock file `content/privacy/published.lock` records every published version and its sha256, in
 * `sha256sum` format (`<hash>  <file name>`), so `sha256sum -c published.lock` verifies it too.
 * Published versions are a legal record: a changed or missing locked file fails the check and the build.
 */
export const LOCK_FILE = 'published.lock';

/** One line of the lock: a published version's file name and the hash it was published with. */
export interface LockEntry {
  name: string;
  sha256: string;
  line: number;
}

const LINE = /^([0-9a-f]{64}) [ *](\d{4}-\d{2}-\d{2}\.md)$/;

/** Reads the lock file's text; every malformed or repeated line is a problem at its line. */
export function parseLock(text: string, file: string): { entries: LockEntry[]; problems: Problem[] } {
  const entries: LockEntry[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    const at = { file, line: index + 1, column: 1, severity: 'error' as const, rule: 'version-lock' };
    if (!match) {
      problems.push({ ...at, message: `cannot read this line: expected "<sha256>  YYYY-MM-DD.md". Restore the file from the repository history; publish versions with "npm run publish-version -- YYYY-MM-DD".` });
    } else if (entries.some((e) => e.name === match[2])) {
      problems.push({ ...at, message: `${match[2]} is locked twice: remove this line.` });
    } else {
      entries.push({ name: match[2], sha256: match[1], line: index + 1 });
    }
  });
  return { entries, problems };
}

/** The lock file's text for these entries, sorted by date: stable, diff-friendly, `sha256sum -c` compatible. */
export function formatLock(entries: { name: string; sha256: string }[]): string {
  return [...entries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

/** sha256 of bytes, hex: equal to `sha256sum`'s. */
export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
