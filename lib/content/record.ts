import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

/** What a version added on a branch was written against: the versions its folder held at its last edit. */
export interface LastEdit {
  /** The commit that last changed the file; undefined when the file has uncommitted changes. */
  commit?: string;
  /** That commit's day (YYYY-MM-DD). */
  day?: string;
  /** Version file names in the folder then (`2024-10-02.md`, …). */
  versions: string[];
}

/**
 * The published record at the git ref `ref` (the pull request's base), and how to ask git about the branch
 * against it: what the rules over the base compare (lib/rules).
 */
export interface BaseRecord {
  ref: string;
  /** Lock entries there: what has been published and merged. Empty when the lock did not exist there. */
  entries: LockEntry[];
  /** The text at the base of each version locked there. */
  text: (name: string) => string | undefined;
  /** For a version file of the working tree: the versions beside it when it was last edited. */
  lastEdit: (name: string) => LastEdit | undefined;
  /** Carries the changes from `ancestor` to `theirs` into `ours`, as git merges a file. */
  merge: typeof mergeChanges;
  /** Versions locked at the base since this branch began (not in the lock at the merge base): not merged in yet, not deleted. */
  addedSinceBranch: string[];
}

/** Reads the record at `ref`. Refuses a ref that is not a commit, or a folder outside a repository. */
export function readBaseRecord(contentDir: string, ref: string): BaseRecord {
  const top = git(contentDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) throw new UsageError(`--base ${ref}: ${contentDir} is not in a git repository, so there is no base to compare with.`);
  if (!refExists(contentDir, ref)) {
    throw new UsageError(`--base ${ref}: no such commit or branch here; fetch it first (e.g. git fetch origin main) or name another.`);
  }
  const prefix = relative(realpathSync(top), realpathSync(contentDir)).split(/[\\/]/).filter(Boolean).join('/');
  const folder = [prefix, 'privacy'].filter(Boolean).join('/');
  const path = `${folder}/${LOCK_FILE}`;
  const text = git(contentDir, ['show', `${ref}:${path}`]);
  const isVersion = (name: string) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name);
  const entries = text === undefined ? [] : parseLock(text, path).entries;
  const branchPoint = git(top, ['merge-base', 'HEAD', ref])?.trim();
  const lockThen = branchPoint ? git(top, ['show', `${branchPoint}:${path}`]) : undefined;
  const lockedThen = new Set(lockThen === undefined ? [] : parseLock(lockThen, path).entries.map((e) => e.name));
  return {
    ref,
    entries,
    addedSinceBranch: branchPoint ? entries.map((e) => e.name).filter((name) => !lockedThen.has(name)) : [],
    text: (name) => git(top, ['show', `${ref}:${folder}/${name}`]),
    lastEdit(name) {
      const file = `${folder}/${name}`;
      if (git(top, ['status', '--porcelain', '--', file])?.trim()) {
        return { versions: readdirSync(join(contentDir, 'privacy')).filter(isVersion) };
      }
      const [commit, day] = (git(top, ['log', '-1', '--format=%H %cs', '--', file]) ?? '').trim().split(' ');
      if (!commit) return undefined;
      const names = git(top, ['ls-tree', '--name-only', `${commit}:${folder}`]) ?? '';
      return { commit, day, versions: names.split('\n').filter(isVersion) };
    },
    merge: mergeChanges,
  };
}

/**
 * Carries the changes from `ancestor` to `theirs` into `ours`, line by line, as git merges files
 * (`git merge-file`): the merged text and how many places both changed differently.
 */
export function mergeChanges(ancestor: string, ours: string, theirs: string): { text: string; conflicts: number } {
  const dir = mkdtempSync(join(tmpdir(), 'notice-merge-'));
  try {
    const files = ['ours', 'ancestor', 'theirs'].map((n) => join(dir, n));
    [ours, ancestor, theirs].forEach((t, i) => writeFileSync(files[i], t));
    try {
      return { text: execFileSync('git', ['merge-file', '-p', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), conflicts: 0 };
    } catch (error) {
      const { status, stdout } = error as { status: number | null; stdout?: string };
      if (status === null || status < 0 || stdout === undefined) throw error;
      return { text: stdout, conflicts: status };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
