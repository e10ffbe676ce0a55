import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readContent } from '../checker';
import { gitContentFixture } from '../content/git-fixture';
import { sha256 } from '../content/lock';
import { fixtureVersion } from '../content/test-fixtures';
import { newVersion, publishVersion } from '../publishing';

const TODAY = '2026-12-05';
const V1 = fixtureVersion('2024-10-02', '## Scope {#scope}\n\nWe keep data for a year.\n', 'First.');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A repository whose main branch publishes 2024-10-02, checked out on a branch, as staff start a PR. */
function repo() {
  const fixture = gitContentFixture({ '2024-10-02.md': V1 });
  cleanups.push(fixture.cleanup);
  return fixture.content;
}
const problems = (dir: string) =>
  readContent({ contentDir: dir, today: TODAY, base: 'main' }).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(/^.*\/privacy\//, '') }),
  );
const file = (dir: string, date: string) => join(dir, 'privacy', `${date}.md`);

/** A version written as the web editor would (no new-version), one word changed, locked in the lock file. */
function addByHand(dir: string, date: string, frontMatterExtra = '') {
  const text = V1.replace('date: 2024-10-02', `date: ${date}`)
    .replace('summary: "First."', `summary: "Second."${frontMatterExtra}`)
    .replace('a year', 'two years');
  writeFileSync(file(dir, date), text);
  const lock = join(dir, 'privacy', 'published.lock');
  writeFileSync(lock, `${readFileSync(lock, 'utf8')}${sha256(text)}  ${date}.md\n`);
}

describe('effective-date: a new version cannot take effect in the past', () => {
  it('refuses a version dated before today (2025 typed for 2026), at its date line, naming both dates', () => {
    const dir = repo();
    addByHand(dir, '2025-06-01');
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /^2025-06-01\.md:3:7: error effective-date: 2025-06-01 is before today \(2026-12-05, UTC\): a new version takes effect no earlier than the day its pull request merges/,
      ),
    ]);
  });

  it('accepts today and a later date (a scheduled version), through the staff commands', () => {
    for (const date of [TODAY, '2027-01-01']) {
      const dir = repo();
      expect(newVersion({ contentDir: dir, date, summary: 'Second.', today: TODAY }).ok).toBe(true);
      writeFileSync(file(dir, date), readFileSync(file(dir, date), 'utf8').replace('a year', 'two years'));
      expect(publishVersion({ contentDir: dir, date, today: TODAY }).ok).toBe(true);
      expect(problems(dir), date).toEqual([]);
    }
  });

  it('accepts a version from the records dated before everything published, saying where it comes from', () => {
    const dir = repo();
    expect(newVersion({ contentDir: dir, date: '2023-03-01', backfill: true, summary: 'From the records.', today: TODAY }).ok).toBe(true);
    const path = file(dir, '2023-03-01');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8').replace('source: ""', 'source: "The archived page at https://web.archive.org/web/2023/https://actionnetwork.org/privacy"')}## Scope {#scope}\n\nWe keep data.\n`,
    );
    expect(publishVersion({ contentDir: dir, date: '2023-03-01', today: TODAY }).ok).toBe(true);
    expect(problems(dir)).toEqual([]);
    const version = loadContent({ contentDir: dir, today: TODAY }).versions.find((v) => v.date === '2023-03-01');
    expect(version?.backfillSource).toMatch(/^The archived page at https:\/\/web\.archive\.org/);
  });

  it('refuses a backfill that would change which version was in effect on a day already published', () => {
    const dir = repo();
    addByHand(dir, '2025-06-01', '\nbackfill: true\nsource: "Minutes of the board"');
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /^2025-06-01\.md:3:7: error effective-date: this backfilled version is dated 2025-06-01, on or after 2024-10-02, a version main already publishes/,
      ),
    ]);
  });

  it('requires a source for a backfill, and a backfill for a source', () => {
    const dir = repo();
    addByHand(dir, '2023-01-01', '\nbackfill: true');
    expect(problems(dir).join('\n')).toMatch(
      /error front-matter: "source": is missing: a backfilled version says where its text comes from/,
    );
    const other = repo();
    addByHand(other, TODAY, '\nsource: "somewhere"');
    expect(problems(other).join('\n')).toMatch(/error front-matter: "source": is only for a version added from the records/);
  });
});
