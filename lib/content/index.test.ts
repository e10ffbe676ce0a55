import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatProblem, loadContent, readContent } from '.';
import { contentFixture, fixtureVersion } from './test-fixtures';

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

  it('has the published notice as the current version with its seventeen Quick Links', () => {
    expect(content.current.date).toBe('2024-10-02');
    expect(content.current.title).toBe('Privacy Policy');
    expect(content.current.quickLinks).toHaveLength(17);
    expect(content.current.quickLinks[5]).toEqual({ id: 'cookies_plus', label: 'Cookies & Other Tracking Tech' });
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
      expect.stringMatching(/^2025-01-02\.md:3:1: error front-matter: the YAML cannot be read: .*Check quotes, colons and indentation on this line\.$/),
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
