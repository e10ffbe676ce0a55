import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { LOCK_FILE, parseLock, type LockEntry } from './lock';
import { UsageError } from './problems';

/** Runs git in `cwd`; undefined when it fails (no repository, no such ref or path). */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** True when `ref` names a commit in the repository holding `contentDir`. */
export function refExists(contentDir: string, ref: string): boolean {
  return git(contentDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;
}

/**
 * The lock file's entries as they are at the git ref `ref` (the pull request's base): what has been
 * published and merged. Empty when the lock did not exist there. Refuses a ref that is not a commit.
 */
export function readBaseLock(contentDir: string, ref: string): { ref: string; entries: LockEntry[] } {
  const top = git(contentDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) throw new UsageError(`--base ${ref}: ${contentDir} is not in a git repository, so there is no base to compare with.`);
  if (!refExists(contentDir, ref)) {
    throw new UsageError(`--base ${ref}: no such commit or branch here; fetch it first (e.g. git fetch origin main) or name another.`);
  }
  const prefix = relative(realpathSync(top), realpathSync(contentDir)).split(/[\\/]/).filter(Boolean).join('/');
  const path = [prefix, 'privacy', LOCK_FILE].filter(Boolean).join('/');
  const text = git(contentDir, ['show', `${ref}:${path}`]);
  return { ref, entries: text === undefined ? [] : parseLock(text, path).entries };
}

/**
 * The day each version file first reached the branch checked out (`2024-10-02.md` → `2026-11-03`): the
 * commit that added it, following merges as main sees them (`--first-parent`: a merged pull request
 * counts on the day it merged). Empty outside a repository, and in a shallow clone, whose history would
 * make every file look added by its one commit.
 */
export function publicationDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  if (git(contentDir, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return dates;
  const log = git(contentDir, ['log', '--first-parent', '--diff-filter=A', '--name-only', '--format=%x00%cs', '--', 'privacy/']);
  // Newest first: the last date seen for a file is the day it was first added.
  for (const entry of (log ?? '').split('\0').slice(1)) {
    const [date, ...files] = entry.trim().split('\n');
    for (const file of files) if (/\/\d{4}-\d{2}-\d{2}\.md$/.test(file)) dates.set(file.split('/').at(-1)!, date);
  }
  return dates;
}
