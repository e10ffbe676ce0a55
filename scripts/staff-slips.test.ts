import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitFixture } from '../lib/content/git-fixture';
import { sha256 } from '../lib/content/lock';
import { addDays } from '../lib/dates';
import { main as checkContent } from './check-content';
import { main as newVersion } from './new-version';
import { captureIo } from './support/cli';

/**
 * The slips of issue #21 as staff make them in the web editor: a branch from main holding the real notice,
 * a new version started with new-version, the slip typed into it, the lock line added by hand as the draft's
 * message says, a commit, and the check CI runs (`check:content --production --base main`). Each either
 * publishes the right thing (the check passes) or fails at the file, line and column with what to do.
 * The slips that need two branches or a history are tested where their rule is: based-on-latest.test.ts
 * (two version pull requests, the lock), effective-date.test.ts (dates), pr-summary.test.ts (order, links).
 */
const TODAY = '2026-12-05';
/** The newest real version (staff may have added one in this very pull request): the new version copies it. */
const LATEST = readdirSync('content/privacy')
  .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
  .sort()
  .at(-1)!;
/** A day after both today and the newest version, as a new version must be. */
const DATE = addDays([TODAY, LATEST.slice(0, 10)].sort().at(-1)!, 2);
const FILE = `content/privacy/${DATE}.md`;

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

function staffBranch(slip: { version?: (text: string) => string; site?: (text: string) => string; bytes?: (text: string) => Buffer }) {
  const fixture = gitFixture('content');
  repos.push(fixture.cleanup);
  const env = { ...process.env, CONTENT_DIR: fixture.content, BUILD_DATE: TODAY, GITHUB_ACTIONS: '' };
  expect(newVersion([DATE, '--summary', 'A test change.'], captureIo({ env }))).toBe(0);
  const path = join(fixture.content, 'privacy', `${DATE}.md`);
  const text = (slip.version ?? ((t) => t))(readFileSync(path, 'utf8'));
  const bytes = slip.bytes ? slip.bytes(text) : Buffer.from(text);
  writeFileSync(path, bytes);
  const lock = join(fixture.content, 'privacy', 'published.lock');
  writeFileSync(lock, `${readFileSync(lock, 'utf8')}${sha256(bytes)}  ${DATE}.md\n`);
  if (slip.site) {
    const site = join(fixture.content, 'site.yaml');
    writeFileSync(site, slip.site(readFileSync(site, 'utf8')));
  }
  git(fixture.repo, 'add', '-A');
  git(fixture.repo, 'commit', '--quiet', '-m', 'Staff change');
  const io = captureIo({ env });
  const code = checkContent(['--production', '--base', 'main'], io);
  return { code, out: io.out.replaceAll(`${fixture.content}/`, 'content/').replace(/^.*?content\/(privacy|site)/gm, 'content/$1') };
}

const at = (file: string, line: number, column: number, rule: string) => new RegExp(`^${file}:${line}:${column}: error ${rule}: `, 'm');

/** Line numbers in the real notice's copy: the first line of its Markdown body after the front matter. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const NOTICE = readFileSync(`content/privacy/${LATEST}`, 'utf8');

describe('staff slips through the web-editor flow, checked as CI checks a pull request', () => {
  it('the unchanged copy passes (the baseline every case below changes one thing in)', () => {
    expect(staffBranch({})).toEqual({ code: 0, out: expect.stringContaining('Content check: no problems.') });
  });

  it('a UTF-8 byte order mark (Windows Notepad): accepted, the page unchanged', () => {
    expect(staffBranch({ bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]) }).code).toBe(0);
  });

  it('Word bullets on consecutive lines: each line located', () => {
    const line = lineOf(NOTICE, '## Scope');
    const { code, out } = staffBranch({
      version: (t) => t.replace(/(## Scope[^\n]*\n\n)/, '$1We collect:\n• Your name\n• Your email address\n\n'),
    });
    expect(code).toBe(1);
    expect(out).toMatch(at(FILE, line + 3, 1, 'pasted-bullets'));
    expect(out).toMatch(at(FILE, line + 4, 1, 'pasted-bullets'));
  });

  it('a heading typed with a thin space after ##', () => {
    const line = lineOf(NOTICE, '## Scope');
    const { code, out } = staffBranch({ version: (t) => t.replace(/(## Scope[^\n]*\n\n)/, '$1##\u2009Automated Decisions\n\n') });
    expect(code).toBe(1);
    expect(out).toMatch(at(FILE, line + 2, 1, 'unapplied-markup'));
  });

  it('mojibake pasted from a file read in the wrong encoding', () => {
    const line = lineOf(NOTICE, '## Scope');
    const { code, out } = staffBranch({ version: (t) => t.replace(/(## Scope[^\n]*\n\n)/, '$1The deviceâ€™s settings.\n\n') });
    expect(code).toBe(1);
    expect(out).toMatch(at(FILE, line + 2, 11, 'invisible-characters'));
  });

  it('closing hashes before the attributes, and a bold heading', () => {
    const line = lineOf(NOTICE, '## Information Retention');
    const { code, out } = staffBranch({
      version: (t) => t.replace('## Information Retention {', '## Information Retention ## {').replace('## Scope {', '## **Scope** {'),
    });
    expect(code).toBe(1);
    expect(out).toMatch(at(FILE, line, 26, 'heading-text'));
    expect(out).toMatch(at(FILE, lineOf(NOTICE, '## Scope'), 4, 'heading-text'));
  });

  it('closing hashes without attributes: the heading is right (CommonMark drops them), so the check passes', () => {
    const { code, out } = staffBranch({
      version: (t) => t.replace(/(## Scope[^\n]*\n\n[^\n]*\n)/, '$1\n### Who this covers ###\n\nEveryone.\n'),
    });
    expect(out).toContain('Content check: no problems.');
    expect(code).toBe(0);
  });

  it('a summary cut at " #" by YAML', () => {
    const { code, out } = staffBranch({ version: (t) => t.replace(/^summary: .*$/m, 'summary: Updated section #3 on retention') });
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^${FILE}:4:\\d+: error front-matter: `, 'm'));
  });

  it('two top-level menus with the same label in site.yaml', () => {
    const { code, out } = staffBranch({ site: (s) => s.replace('    - label: Community\n', '    - label: Tools\n') });
    expect(code).toBe(1);
    expect(out).toMatch(/^content\/site\.yaml:\d+:\d+: error site-data: /m);
  });
});
