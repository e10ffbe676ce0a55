import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, readContent } from '../checker';
import { git, gitContentFixture } from '../content/git-fixture';
import { fixtureVersion } from '../content/test-fixtures';
import { newVersion, publishVersion } from '../publishing';

const TODAY = '2026-12-05';
const V1 = fixtureVersion(
  '2024-10-02',
  '## Scope {#scope}\n\nWe keep data for a year.\n\n## Contact {#contact}\n\nWrite to us.\n',
  'First.',
);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** main publishes 2024-10-02, with the repository's merge rule for the lock; returns the repo and its content folder. */
function repo() {
  const fixture = gitContentFixture({ '2024-10-02.md': V1 });
  cleanups.push(fixture.cleanup);
  writeFileSync(join(fixture.repo, '.gitattributes'), readFileSync('.gitattributes'));
  git(fixture.repo, 'add', '.gitattributes');
  git(fixture.repo, 'commit', '--quiet', '-m', 'attributes');
  git(fixture.repo, 'switch', '--quiet', 'main');
  git(fixture.repo, 'merge', '--quiet', 'change');
  return fixture;
}

/** What staff do for a version pull request: a branch from main, new-version, an edit, publish-version, commit. */
function versionBranch(repo: string, content: string, branch: string, date: string, edit: (text: string) => string) {
  git(repo, 'switch', '--quiet', '--create', branch, 'main');
  expect(newVersion({ contentDir: content, date, summary: `Changes of ${date}.`, today: TODAY }).ok).toBe(true);
  const path = join(content, 'privacy', `${date}.md`);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  expect(publishVersion({ contentDir: content, date, today: TODAY, base: 'main' }).message).toMatch(/^Published/);
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', `Version ${date}`);
}

/** A version on the branch edited again, locked again (as a version not yet on main may be) and committed. */
function editVersion(repo: string, content: string, date: string, edit: (text: string) => string, message: string) {
  const path = join(content, 'privacy', `${date}.md`);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  expect(publishVersion({ contentDir: content, date, today: TODAY, base: 'main' }).ok).toBe(true);
  git(repo, 'commit', '--quiet', '-am', message);
}

const problems = (content: string) =>
  readContent({ contentDir: content, today: TODAY, base: 'main' }).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(/^.*\/privacy\//, '') }),
  );

/** main merges a branch, as the merge button does. */
function mergeIntoMain(repo: string, branch: string) {
  git(repo, 'switch', '--quiet', 'main');
  git(repo, 'merge', '--quiet', '--no-ff', '-m', `Merge ${branch}`, branch);
}

describe('based-on-latest: two version pull requests begun from the same main', () => {
  it('refuses the second, naming the section it would undo, until its branch is updated and the change made', () => {
    const { repo: r, content } = repo();
    versionBranch(r, content, 'first', '2027-01-01', (t) => t.replace('a year', 'two years'));
    versionBranch(r, content, 'second', '2027-02-01', (t) => t.replace('Write to us.', 'Write or call us.'));
    mergeIntoMain(r, 'first');

    // The second branch as its author checks it (not updated), and as CI checks it (GitHub's merge commit).
    git(r, 'switch', '--quiet', 'second');
    const refusal = expect.stringMatching(
      /^2027-02-01\.md:7:1: error based-on-latest: 2027-02-01\.md was written from 2024-10-02\.md, the newest version when it was last edited \(commit [0-9a-f]{7}, \d{4}-\d{2}-\d{2}\); since then 2027-01-01\.md was published on main, and this version still has the older words where 2027-01-01\.md changed them \("Scope"\)\. Merging it would silently undo 2027-01-01\.md's changes\. Update this branch from main \(on GitHub: "Update branch"; or git merge main\)/,
    );
    expect(problems(content)).toEqual([refusal]);
    git(r, 'switch', '--quiet', '--detach', 'main');
    git(r, 'merge', '--quiet', '-m', 'CI merge', 'second');
    expect(problems(content)).toEqual([refusal]);

    // "Update branch" alone (main merged in; the lock lines of both versions kept by .gitattributes) is not enough.
    git(r, 'switch', '--quiet', 'second');
    git(r, 'merge', '--quiet', '-m', 'Update branch', 'main');
    expect(
      readFileSync(join(content, 'privacy', 'published.lock'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(3);
    expect(problems(content)).toEqual([refusal]);

    // The first version's change made in the second too: accepted (locked again, as a branch-only version may be).
    editVersion(r, content, '2027-02-01', (t) => t.replace('a year', 'two years'), 'Carry 2027-01-01 into 2027-02-01');
    expect(problems(content)).toEqual([]);
  });

  it("accepts the second when it already holds the first one's change, and a branch begun after the first merged", () => {
    const { repo: r, content } = repo();
    versionBranch(r, content, 'first', '2027-01-01', (t) => t.replace('a year', 'two years'));
    versionBranch(r, content, 'second', '2027-02-01', (t) => t.replace('a year', 'two years').replace('Write to us.', 'Write or call us.'));
    mergeIntoMain(r, 'first');
    git(r, 'switch', '--quiet', 'second');
    expect(problems(content)).toEqual([]);

    versionBranch(r, content, 'third', '2027-03-01', (t) => t.replace('Write to us.', 'Email us.'));
    expect(readFileSync(join(content, 'privacy', '2027-03-01.md'), 'utf8')).toContain('two years');
    expect(problems(content)).toEqual([]);
  });

  it('refuses when both changed the same paragraph differently (no silent choice), and a change rewritten on purpose after updating passes', () => {
    const { repo: r, content } = repo();
    versionBranch(r, content, 'first', '2027-01-01', (t) => t.replace('a year', 'two years'));
    versionBranch(r, content, 'second', '2027-02-01', (t) => t.replace('for a year', 'for a year, then delete it'));
    mergeIntoMain(r, 'first');
    git(r, 'switch', '--quiet', 'second');
    expect(problems(content)).toEqual([expect.stringContaining('error based-on-latest: 2027-02-01.md was written from 2024-10-02.md')]);

    git(r, 'merge', '--quiet', '-m', 'Update branch', 'main');
    editVersion(
      r,
      content,
      '2027-02-01',
      (t) => t.replace('for a year, then delete it', 'for eighteen months, then delete it'),
      'Decide the retention after 2027-01-01',
    );
    expect(problems(content)).toEqual([]);
  });

  it('refuses a second version dated before the first (which would replace it and undo its changes), in the command and the check', () => {
    const { repo: r, content } = repo();
    versionBranch(r, content, 'first', '2027-02-01', (t) => t.replace('a year', 'two years'));
    mergeIntoMain(r, 'first');
    git(r, 'switch', '--quiet', '--create', 'earlier', 'main');
    expect(newVersion({ contentDir: content, date: '2027-01-01', today: TODAY }).message).toMatch(
      /2027-01-01 is before 2027-02-01, which is already published: a new version goes after every published one/,
    );
    writeFileSync(join(content, 'privacy', '2027-01-01.md'), V1.replace('2024-10-02', '2027-01-01'));
    expect(publishVersion({ contentDir: content, date: '2027-01-01', today: TODAY, base: 'main' }).ok).toBe(false);
    expect(problems(content)).toEqual([
      expect.stringContaining('draft-version'),
      expect.stringMatching(/^2027-01-01\.md:3:7: error effective-date: 2027-01-01 is before 2027-02-01, a version main already publishes/),
    ]);
  });
});
