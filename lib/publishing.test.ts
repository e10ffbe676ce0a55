import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, readContent } from './checker';
import { gitFixture } from './content/git-fixture';
import { newVersion, publishVersion } from './publishing';
import { contentFixture, fixtureVersion } from './content/test-fixtures';

const TODAY = '2025-06-01';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function fixture() {
  const f = contentFixture({ '2025-01-01.md': fixtureVersion('2025-01-01', '## Scope {#scope}\n\nWe keep data for a year.\n', 'First.') });
  cleanups.push(f.cleanup);
  return f.dir;
}

describe('new-version', () => {
  it('copies the current version to a draft with the new date and summary', () => {
    const dir = fixture();
    const result = newVersion({ contentDir: dir, date: '2025-07-01', summary: 'Retention: two years.', today: TODAY });
    expect(result).toMatchObject({ ok: true });
    const draft = readFileSync(join(dir, 'privacy', '2025-07-01.md'), 'utf8');
    expect(draft).toBe(
      '---\ntitle: Privacy Policy\ndate: 2025-07-01\nsummary: "Retention: two years."\n---\n\n## Scope {#scope}\n\nWe keep data for a year.\n',
    );
  });

  it('refuses bad dates, existing versions, and earlier dates without --backfill', () => {
    const dir = fixture();
    expect(newVersion({ contentDir: dir, date: '2025-02-30', today: TODAY })).toEqual({
      ok: false,
      message: '"2025-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-01.',
    });
    expect(newVersion({ contentDir: dir, date: undefined, today: TODAY }).message).toMatch(/^give the date/);
    expect(newVersion({ contentDir: dir, date: '2025-01-01', today: TODAY }).message).toMatch(
      /2025-01-01\.md already exists: edit it, or choose another date\.$/,
    );
    expect(newVersion({ contentDir: dir, date: '2024-01-01', today: TODAY }).message).toBe(
      '2024-01-01 is before today (2025-06-01, UTC): a new version takes effect no earlier than the day its pull request merges. Choose today or a later date (npm run new-version -- 2025-06-01). To add a historical version from the records, run it again with --backfill.',
    );
  });

  it('refuses a past date before writing anything (2025 typed for 2026), and takes today and later', () => {
    const dir = fixture();
    expect(newVersion({ contentDir: dir, date: '2025-05-31', today: TODAY }).message).toMatch(
      /^2025-05-31 is before today \(2025-06-01, UTC\)/,
    );
    expect(() => readFileSync(join(dir, 'privacy', '2025-05-31.md'))).toThrow();
    expect(newVersion({ contentDir: dir, date: TODAY, summary: 'Today.', today: TODAY }).ok).toBe(true);
    expect(newVersion({ contentDir: dir, date: '2025-06-02', summary: 'Tomorrow.', today: TODAY }).ok).toBe(true);
  });

  it('takes --backfill only before every published version', () => {
    const dir = fixture();
    expect(newVersion({ contentDir: dir, date: '2025-03-01', backfill: true, today: TODAY }).message).toMatch(
      /^--backfill is for versions from the records dated before every published version \(the earliest is 2025-01-01\)/,
    );
  });

  it('with --backfill starts an empty historical version for the recorded text', () => {
    const dir = fixture();
    expect(newVersion({ contentDir: dir, date: '2024-01-01', backfill: true, summary: 'From the records.', today: TODAY }).ok).toBe(true);
    expect(readFileSync(join(dir, 'privacy', '2024-01-01.md'), 'utf8')).toBe(
      '---\ntitle: "Privacy Policy"\ndate: 2024-01-01\nsummary: "From the records."\nbackfill: true\nsource: ""\n---\n\n',
    );
  });
});

describe('publish-version', () => {
  it('locks a valid draft, which then becomes the current version', () => {
    const dir = fixture();
    newVersion({ contentDir: dir, date: '2025-06-01', summary: 'Second.', today: TODAY });
    const result = publishVersion({ contentDir: dir, date: '2025-06-01', today: TODAY });
    expect(result.ok).toBe(true);
    expect(readFileSync(join(dir, 'privacy', 'published.lock'), 'utf8').split('\n')[1]).toMatch(/^[0-9a-f]{64} {2}2025-06-01\.md$/);
    expect(loadContent({ contentDir: dir, today: TODAY, production: true }).current.date).toBe('2025-06-01');
  });

  it('refuses a draft with errors, listing them with file and line', () => {
    const dir = fixture();
    newVersion({ contentDir: dir, date: '2025-07-01', today: TODAY }); // no summary written
    const result = publishVersion({ contentDir: dir, date: '2025-07-01', today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /2025-07-01\.md cannot be published yet:\n.*2025-07-01\.md:4:10: error front-matter: "summary": is empty/,
    );
  });

  it('refuses an already published version and a missing file', () => {
    const dir = fixture();
    expect(publishVersion({ contentDir: dir, date: '2025-01-01' }).message).toMatch(
      /^2025-01-01\.md is already published, exactly as it is now/,
    );
    expect(publishVersion({ contentDir: dir, date: '2025-09-09' }).message).toMatch(
      /2025-09-09\.md does not exist: start it with npm run new-version -- 2025-09-09\.$/,
    );
  });
});

describe('new-version starts from the newest version, drafts included', () => {
  it('copies a draft in progress, says so, and warns that it is also a draft', () => {
    const dir = fixture();
    newVersion({ contentDir: dir, date: '2025-07-01', summary: 'Draft one.', today: TODAY });
    const first = join(dir, 'privacy', '2025-07-01.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace('a year', 'two years'));
    const result = newVersion({ contentDir: dir, date: '2025-08-01', summary: 'Draft two.', today: TODAY });
    expect(result.message).toMatch(
      /^Created the draft .*2025-08-01\.md as a copy of 2025-07-01 \(a draft\)\. Note: 2025-07-01\.md is also a draft; each draft is published on its own\. Next: /,
    );
    expect(readFileSync(join(dir, 'privacy', '2025-08-01.md'), 'utf8')).toContain('We keep data for two years.');
  });

  it('copies a version with CRLF line endings, keeping them', () => {
    const dir = fixture();
    const path = join(dir, 'privacy', '2025-01-01.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(newVersion({ contentDir: dir, date: '2025-07-01', summary: 'CRLF.', today: TODAY }).ok).toBe(true);
    expect(readFileSync(join(dir, 'privacy', '2025-07-01.md'), 'utf8')).toBe(
      '---\r\ntitle: Privacy Policy\r\ndate: 2025-07-01\r\nsummary: \"CRLF.\"\r\n---\r\n\r\n## Scope {#scope}\r\n\r\nWe keep data for a year.\r\n',
    );
  });
});

describe('publish-version after a fix, on a branch', () => {
  it('locks again a version published only on this branch, and refuses one published on the base', () => {
    const content = fixture();
    const repo = gitFixture(content);
    cleanups.push(repo.cleanup);
    const dir = repo.content;
    newVersion({ contentDir: dir, date: '2025-07-01', summary: 'Second.', today: TODAY });
    expect(publishVersion({ contentDir: dir, date: '2025-07-01', today: TODAY }).ok).toBe(true);
    const path = join(dir, 'privacy', '2025-07-01.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('a year', 'two years'));
    expect(publishVersion({ contentDir: dir, date: '2025-07-01', today: TODAY }).message).toMatch(
      /^Locked again 2025-07-01\.md: its sha256 is now in /,
    );
    expect(readContent({ contentDir: dir, today: TODAY, base: 'main' }).problems).toEqual([]);

    writeFileSync(
      join(dir, 'privacy', '2025-01-01.md'),
      readFileSync(join(dir, 'privacy', '2025-01-01.md'), 'utf8').replace('a year', 'ever'),
    );
    expect(publishVersion({ contentDir: dir, date: '2025-01-01', today: TODAY }).message).toBe(
      '2025-01-01.md is already published on main: published versions never change. Start a new one with npm run new-version -- YYYY-MM-DD.',
    );
  });
});
