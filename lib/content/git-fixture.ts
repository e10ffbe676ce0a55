import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFixture } from './test-fixtures';

/** Runs git in a test repository, with an identity and no user or system configuration. */
export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * A throw-away git repository whose `content/` is a copy of a content folder, committed on `main`: the
 * base a pull request is compared with. Tests then branch, edit and check against it; no network.
 */
export function gitFixture(contentDir: string): { repo: string; content: string; cleanup: () => void } {
  const repo = mkdtempSync(join(tmpdir(), 'notice-repo-'));
  cpSync(contentDir, join(repo, 'content'), { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'Published record');
  git(repo, 'switch', '--quiet', '--create', 'change');
  return { repo, content: join(repo, 'content'), cleanup: () => rmSync(repo, { recursive: true, force: true }) };
}

/** gitFixture over a content folder of these versions (file name → Markdown, all published; contentFixture). */
export function gitContentFixture(versions: Record<string, string>): ReturnType<typeof gitFixture> {
  const content = contentFixture(versions);
  try {
    return gitFixture(content.dir);
  } finally {
    content.cleanup();
  }
}
