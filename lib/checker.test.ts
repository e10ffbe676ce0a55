import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findVersion } from './content';
import { UsageError } from './content/problems';
import { ContentError, formatProblem, loadContent, readContent } from './checker';
import { contentFixture, fixtureVersion } from './content/test-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function fixture(...args: Parameters<typeof contentFixture>) {
  const f = contentFixture(...args);
  cleanups.push(f.cleanup);
  return f.dir;
}
const problemsOf = (dir: string) =>
  readContent({ contentDir: dir }).problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\/privacy\/?/, '') }));

describe('the real content', () => {
  const content = loadContent({ contentDir: 'content' });

  it('has the captured notice of October 2, 2024 with its seventeen Quick Links, and the newest version in force as current', () => {
    const captured = findVersion(content, '2024-10-02')!;
    expect(captured.title).toBe('Privacy Policy');
    expect(captured.quickLinks).toHaveLength(17);
    expect(captured.quickLinks[5]).toEqual({ id: 'cookies_plus', label: 'Cookies & Other Tracking Tech' });
    // Whichever version is newest on or before the build date: publishing a version keeps this green.
    expect(content.current.date).toBe(content.versions.filter((v) => v.status !== 'draft' && v.date <= content.today).at(0)?.date);
  });

  it('passes every check with no warnings', () => {
    expect(readContent({ contentDir: 'content' }).problems).toEqual([]);
  });
});

describe('front matter', () => {
  it('accepts a valid version and records its sha256', () => {
    const dir = fixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    const { current } = loadContent({ contentDir: dir });
    expect(current).toMatchObject({ date: '2025-01-01', summary: 'A test version.' });
    expect(current.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a missing block, bad YAML, unknown keys, wrong types and impossible dates at their lines', () => {
    const dir = fixture({
      '2025-01-01.md': '## Scope\n\nNo front matter.\n',
      '2025-01-02.md': '---\ntitle: [unclosed\ndate: 2025-01-02\n---\n\nText.\n',
      '2025-01-03.md': '---\ntitle: Privacy Policy\ndate: 2025-02-30\nsummary: ""\nautor: me\n---\n\nText.\n',
      '2025-01-04.md': '---\ntitle: 42\ndate: 2025/01/04\n---\n\nText.\n',
    });
    expect(problemsOf(dir)).toEqual([
      '2025-01-01.md:1:1: error front-matter: the file must start with a front matter block: a line "---", then title:, date: and summary:, then "---".',
      expect.stringMatching(
        /^2025-01-02\.md:3:1: error front-matter: the YAML cannot be read: .*Check quotes, colons and indentation on this line\.$/,
      ),
      '2025-01-03.md:3:7: error front-matter: "date": is not a real calendar day: check the month and the day',
      '2025-01-03.md:4:10: error front-matter: "summary": is empty: write one line saying what this version changed',
      '2025-01-03.md:5:1: error front-matter: unknown key "autor" in the front matter: remove it or check its spelling.',
      '2025-01-04.md:2:1: error front-matter: "summary": is missing: add one line saying what this version changed',
      '2025-01-04.md:2:8: error front-matter: "title": expected the notice title, e.g. "Privacy Policy" as text',
      '2025-01-04.md:3:7: error front-matter: "date": expected a date: write it as YYYY-MM-DD, e.g. 2024-10-02',
    ]);
  });
});

describe('loadContent', () => {
  it('throws one ContentError listing every problem of every file, so nothing half-valid is built', () => {
    const dir = fixture({
      '2025-01-01.md': fixtureVersion('2025-01-01', '## Scope {#scope}\n\n<b>bold</b>\n'),
      '2025-02-01.md': fixtureVersion('2025-02-01', '## Scope {#scope}\n\n[x](javascript:alert(1))\n'),
    });
    let error: unknown;
    try {
      loadContent({ contentDir: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { problems } = error as ContentError;
    expect(problems.map((p) => `${p.file.replace(/^.*privacy\//, '')}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      '2025-01-01.md:9:1 raw-html',
      '2025-01-01.md:9:8 raw-html',
      '2025-02-01.md:9:1 link-scheme',
    ]);
    expect((error as Error).message).toContain('3 content problems');
  });

  it('reports a content folder with no versions', () => {
    expect(problemsOf(fixture({}))).toEqual([':1:1: error versions: there is no notice version: add content/privacy/YYYY-MM-DD.md.']);
  });
});

describe('every file under content/ is accounted for', () => {
  it('names each stray or misnamed file and what it should be, and checks the rest', () => {
    const dir = fixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    const v = fixtureVersion('2025-06-01');
    const files: Record<string, string> = {
      'privacy/2025-6-1.md': v,
      'privacy/2025-06-01.MD': v,
      'privacy/2025-06-01.markdown': v,
      'privacy/2025-02-30.md': v,
      'privacy/drafts/2025-06-01.md': v,
      '2025-06-01.md': v,
      'site.yml': 'name: x\n',
      'privacy/notes.txt': 'x',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const shown = readContent({ contentDir: dir, today: '2025-06-01' })
      .problems.map((p) => `${p.file.replace(/^.*notice-content-[^/]+\//, '')}: ${p.rule}: ${p.message}`)
      .sort();
    expect(shown).toEqual([
      '2025-06-01.md: content-files: this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: move it to content/privacy/.',
      'privacy/2025-02-30.md: content-files: "2025-02-30.md" is not a real day (2025-02-30): a notice version is named after the date it takes effect, content/privacy/YYYY-MM-DD.md; check the month and the day.',
      'privacy/2025-06-01.MD: content-files: this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: rename it to 2025-06-01.md.',
      'privacy/2025-06-01.markdown: content-files: this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: rename it to 2025-06-01.md.',
      'privacy/2025-6-1.md: content-files: this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: rename it to 2025-06-01.md.',
      'privacy/drafts/2025-06-01.md: content-files: this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: move it to content/privacy/.',
      'privacy/notes.txt: content-files: this file is not used by the site: content/ holds only privacy/YYYY-MM-DD.md (the versions), privacy/published.lock and site.yaml. Remove it, or move it out of content/.',
      'site.yml: content-files: the site data must be content/site.yaml, exactly that name and place: rename or move this file.',
    ]);
  });

  it('refuses a BUILD_DATE that is not a real day, in one line', () => {
    const dir = fixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    vi.stubEnv('BUILD_DATE', '2025-13-01');
    try {
      expect(() => readContent({ contentDir: dir })).toThrow(
        new UsageError(
          'BUILD_DATE="2025-13-01" is not a real date: write it as YYYY-MM-DD (e.g. 2025-06-01), or leave it unset for today.',
        ),
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('messages for the weak spots', () => {
  it('says which part of a lock line is wrong', () => {
    const dir = fixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    const good = readFileSync(join(dir, 'privacy', 'published.lock'), 'utf8').trim();
    const [hash] = good.split('  ');
    writeFileSync(
      join(dir, 'privacy', 'published.lock'),
      [
        good,
        `${hash.slice(0, 60)}  2025-01-02.md`,
        `${hash.slice(0, 63)}g  2025-01-03.md`,
        `${hash} 2025-01-04.md`,
        `${hash}  2025-1-5.md`,
        '',
      ].join('\n'),
    );
    const messages = problemsOf(dir).map((m) => m.split(': a lock line is')[0]);
    expect(messages).toEqual([
      'published.lock:2:1: error version-lock: the sha256 has 60 characters instead of 64',
      'published.lock:3:64: error version-lock: the sha256 has "g", which is not a hexadecimal character (0-9, a-f)',
      'published.lock:4:65: error version-lock: the sha256 and the file name must be separated by exactly two spaces',
      'published.lock:5:67: error version-lock: the file name "2025-1-5.md" is not YYYY-MM-DD.md',
    ]);
  });

  it('calls a missing lock file missing, not every version a draft', () => {
    const dir = fixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    rmSync(join(dir, 'privacy', 'published.lock'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /^published\.lock:1:1: error version-lock: the lock file is missing, so no version counts as published: restore it \(git checkout origin\/main -- .*published\.lock\)\.$/,
      ),
    ]);
  });

  it('asks for quotes around a summary with a colon, and names curly quotes', () => {
    const dir = fixture({
      '2025-01-01.md': '---\ntitle: Privacy Policy\ndate: 2025-01-01\nsummary: Retention: two years.\n---\n\n## Scope\n\nText.\n',
      '2025-01-02.md': '---\ntitle: Privacy Policy\ndate: 2025-01-02\nsummary: “Retention: two years.”\n---\n\n## Scope\n\nText.\n',
    });
    expect(problemsOf(dir)).toEqual([
      '2025-01-01.md:4:10: error front-matter: the value of "summary" contains ": ", which YAML reads as another key: put the summary in quotes, e.g. summary: "…".',
      '2025-01-02.md:4:10: error front-matter: this line has curly quotes (“ ” or ‘ ’), which YAML does not read as quotes: put the value in straight quotes, e.g. summary: "…".',
    ]);
  });
});
