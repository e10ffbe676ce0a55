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
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    const at = { file, line: index + 1, column: 1, severity: 'error' as const, rule: 'version-lock' };
    if (!match) {
      const { column, what } = describeBadLine(line);
      problems.push({
        ...at,
        column,
        message: `${what}: a lock line is "<sha256>  YYYY-MM-DD.md" (64 hexadecimal characters, two spaces, the file name). Restore the line from the repository history (git checkout origin/main -- ${file}), or let "npm run publish-version -- YYYY-MM-DD" write it.`,
      });
    } else if (entries.some((e) => e.name === match[2])) {
      problems.push({ ...at, message: `${match[2]} is locked twice: remove this line.` });
    } else {
      entries.push({ name: match[2], sha256: match[1], line: index + 1 });
    }
  });
  return { entries, problems };
}

/** Which part of a lock line is wrong, and the column where that part starts. */
function describeBadLine(line: string): { column: number; what: string } {
  const [, lead, hash, gap, name] = /^(\s*)(\S*)(\s*)(.*)$/.exec(line)!;
  const hashColumn = lead.length + 1;
  const nameColumn = hashColumn + hash.length + gap.length;
  if (lead) return { column: 1, what: 'this line starts with spaces' };
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) {
    const bad = hash.search(/[^0-9a-fA-F]/);
    return {
      column: hashColumn + Math.max(bad, 0),
      what:
        bad >= 0
          ? `the sha256 has "${hash[bad]}", which is not a hexadecimal character (0-9, a-f)`
          : `the sha256 has ${hash.length} characters instead of 64`,
    };
  }
  if (hash !== hash.toLowerCase()) return { column: hashColumn, what: 'the sha256 is in capitals: write it in lower case, as sha256sum prints it' };
  if (gap !== '  ' && gap !== ' *' && !(gap === ' ' && name.startsWith('*'))) {
    return { column: hashColumn + 64, what: gap === '' ? 'the sha256 and the file name are not separated' : 'the sha256 and the file name must be separated by exactly two spaces' };
  }
  if (!/^\d{4}-\d{2}-\d{2}\.md$/.test(name.replace(/^\*/, ''))) {
    return { column: nameColumn, what: `the file name "${name}" is not YYYY-MM-DD.md` };
  }
  return { column: nameColumn + name.length, what: 'there is something after the file name' };
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
