import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git, gitContentFixture } from './git-fixture';
import { publicationDates } from './record';
import { fixtureVersion } from './test-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function repo() {
  const fixture = gitContentFixture({ '2024-10-02.md': fixtureVersion('2024-10-02') });
  cleanups.push(fixture.cleanup);
  return fixture;
}

describe('publicationDates: the day each version reached main, from git', () => {
  it('is the day of the merge that added the file, not the day its branch commit was made', () => {
    const { repo: dir, content } = repo();
    const first = git(dir, 'log', '-1', '--format=%cs').trim();
    writeFileSync(join(content, 'privacy', '2027-01-05.md'), fixtureVersion('2027-01-05'));
    git(dir, 'add', '-A');
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '--quiet', '-m', 'New version'], {
      cwd: dir,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-12-20T10:00:00Z', GIT_AUTHOR_DATE: '2026-12-20T10:00:00Z' },
    });
    git(dir, 'switch', '--quiet', 'main');
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'merge', '--quiet', '--no-ff', '-m', 'Merge', 'change'], {
      cwd: dir,
      env: { ...process.env, GIT_COMMITTER_DATE: '2027-01-02T10:00:00Z', GIT_AUTHOR_DATE: '2027-01-02T10:00:00Z' },
    });
    expect(Object.fromEntries(publicationDates(content))).toEqual({ '2024-10-02.md': first, '2027-01-05.md': '2027-01-02' });
  });

  it('knows nothing in a shallow clone, or outside a repository', () => {
    const { repo: dir } = repo();
    const shallow = mkdtempSync(join(tmpdir(), 'shallow-'));
    cleanups.push(() => rmSync(shallow, { recursive: true, force: true }));
    git(shallow, 'clone', '--quiet', '--depth', '1', `file://${dir}`, 'clone');
    expect(publicationDates(join(shallow, 'clone', 'content')).size).toBe(0);
    expect(publicationDates(tmpdir()).size).toBe(0);
  });
});
