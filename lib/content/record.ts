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
