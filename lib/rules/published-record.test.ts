import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, readContent } from '../checker';
import { gitContentFixture } from '../content/git-fixture';
import { formatLock, sha256 } from '../content/lock';
import { fixtureVersion } from '../content/test-fixtures';

const TODAY = '2025-06-01';
const V1 = fixtureVersion('2025-01-01', '## Scope {#scope}\n\nWe keep data for a year.\n', 'First.');
const V2 = fixtureVersion('2025-02-01', '## Scope {#scope}\n\nWe keep data for two years.\n', 'Second.');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A repository whose main branch has V1 and V2 published, checked out on a branch. */
function repo() {
  const fixture = gitContentFixture({ '2025-01-01.md': V1, '2025-02-01.md': V2 });
  cleanups.push(fixture.cleanup);
  return fixture.content;
}
const problems = (dir: string, base = 'main') =>
  readContent({ contentDir: dir, today: TODAY, base }).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(/^.*\/privacy\//, '') }),
  );
const lockOf = (dir: string) => join(dir, 'privacy', 'published.lock');

describe('check:content --base: the published record only grows', () => {
  it('passes an unchanged record and an added version with its lock line', () => {
    const dir = repo();
    expect(problems(dir)).toEqual([]);
    const v3 = fixtureVersion(TODAY, '## Scope {#scope}\n\nWe keep data for three years.\n', 'Third.');
    writeFileSync(join(dir, 'privacy', `${TODAY}.md`), v3);
    writeFileSync(lockOf(dir), readFileSync(lockOf(dir), 'utf8') + `${sha256(v3)}  ${TODAY}.md\n`);
    expect(problems(dir)).toEqual([]);
  });

  it('refuses an edited published version whose new hash was pasted into the lock', () => {
    const dir = repo();
    const edited = V1.replace('a year', 'a decade');
    writeFileSync(join(dir, 'privacy', '2025-01-01.md'), edited);
    writeFileSync(
      lockOf(dir),
      formatLock([
        { name: '2025-01-01.md', sha256: sha256(edited) },
        { name: '2025-02-01.md', sha256: sha256(V2) },
      ]),
    );
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /^2025-01-01\.md:1:1: error published-record: 2025-01-01\.md was published and must not change\. Undo the edit \(git checkout main -- .*2025-01-01\.md/,
      ),
      `published.lock:1:1: error published-record: the line for 2025-01-01.md was changed: on main it is "${sha256(V1)}  2025-01-01.md". Restore it: published versions never change; make a new version instead (npm run new-version -- YYYY-MM-DD).`,
    ]);
  });

  it('refuses deleting an archived version together with its lock line', () => {
    const dir = repo();
    rmSync(join(dir, 'privacy', '2025-01-01.md'));
    writeFileSync(lockOf(dir), formatLock([{ name: '2025-02-01.md', sha256: sha256(V2) }]));
    expect(problems(dir)).toEqual([
      `published.lock:1:1: error published-record: the line for 2025-01-01.md, published on main, was removed: put it back, "${sha256(V1)}  2025-01-01.md". Lock lines may be added, never changed or removed.`,
      expect.stringMatching(
        /^published\.lock:1:1: error published-record: 2025-01-01\.md is published on main and was deleted here: restore it \(git checkout main -- .*content\/privacy\/2025-01-01\.md\)/,
      ),
    ]);
  });

  it('says when only the line endings differ from the published bytes', () => {
    const dir = repo();
    const crlf = V2.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'privacy', '2025-02-01.md'), crlf);
    expect(problems(dir)).toEqual([
      expect.stringContaining(
        '2025-02-01.md:1:1: error version-lock: 2025-02-01.md differs from the published version only in its line endings',
      ),
    ]);
  });

  it('refuses a base that is not a commit, in one line', () => {
    expect(() => readContent({ contentDir: repo(), today: TODAY, base: 'no-such-branch' })).toThrow(
      '--base no-such-branch: no such commit or branch here; fetch it first (e.g. git fetch origin main) or name another.',
    );
  });
});
