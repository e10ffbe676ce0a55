import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitContentFixture } from '../lib/content/git-fixture';
import { formatLock, parseLock, sha256 } from '../lib/content/lock';
import { contentFixture, fixtureVersion } from '../lib/content/test-fixtures';
import { main as checkContent } from './check-content';
import { main as newVersion } from './new-version';
import { main as publishVersion } from './publish-version';
import { captureIo, type CommandIo } from './support/cli';

// The commands' main(), in this process: what `npm run <command>` runs, minus a tsx start per case.
const commands: Record<string, (argv: string[], io: CommandIo) => number> = {
  'check-content': checkContent,
  'new-version': newVersion,
  'publish-version': publishVersion,
};

/** Runs `npm run check:content` as staff would, on a fixture content folder. */
function runCheck(contentDir: string, ...args: string[]): { code: number; lines: string[] } {
  const io = captureIo({ env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' } });
  const code = checkContent(args, io);
  return { code, lines: io.out.trim().split('\n') };
}

// One made-up version broken in many ways at once (test fixture only).
const BROKEN = `---
title: Privacy Policy
date: 2025-01-02
summary: ""
colour: red
---

# Privacy Policy

## Scope {#scope}

See [the rules](#scop), <b>bold</b>, [click](javascript:alert(1)) and [old](http://example.org/).

## Scope again {#scope}

Mail [us](mailto:nobody) or [](https://actionnetwork.org/).

#### Too deep

Zero\u200bwidth.

## Empty {#empty}
`;

const fixture = contentFixture({ '2025-01-01.md': fixtureVersion('2025-01-01'), '2025-01-02.md': BROKEN }, { drafts: ['2025-01-02.md'] });
afterAll(fixture.cleanup);

describe('npm run check:content', () => {
  it('prints every problem at once, each at its file, line and column, then a count, and exits 1', () => {
    const { code, lines } = runCheck(fixture.dir);
    expect(code).toBe(1);
    expect(
      lines.map((l) =>
        l
          .replace(/^.*?(2025-01-0\d\.md:)/, '$1')
          .split(': ')
          .slice(0, 2)
          .join(': '),
      ),
    ).toEqual([
      '2025-01-02.md:1:1: warning draft-version',
      '2025-01-02.md:4:10: error front-matter',
      '2025-01-02.md:5:1: error front-matter',
      '2025-01-02.md:8:1: error heading-levels',
      '2025-01-02.md:12:5: error link-fragment',
      '2025-01-02.md:12:25: error raw-html',
      '2025-01-02.md:12:32: error raw-html',
      '2025-01-02.md:12:38: error link-scheme',
      '2025-01-02.md:12:71: warning link-scheme',
      '2025-01-02.md:14:1: error heading-ids',
      '2025-01-02.md:16:6: error mailto-address',
      '2025-01-02.md:16:29: error link-text',
      '2025-01-02.md:18:1: error heading-levels',
      '2025-01-02.md:18:1: error supported-markdown',
      '2025-01-02.md:20:5: error invisible-characters',
      '2025-01-02.md:22:1: error empty-section',
      'Content check: 14 errors, 2 warnings.',
    ]);
  });

  it('prints GitHub Actions annotations with --format github', () => {
    const { lines } = runCheck(fixture.dir, '--format', 'github');
    expect(lines[1]).toMatch(/^::error file=.*2025-01-02\.md,line=4,col=10,title=front-matter::"summary": is empty/);
  });

  it('passes clean content with exit 0, and fails drafts with --production', () => {
    const clean = contentFixture({ '2025-01-01.md': fixtureVersion('2025-01-01') });
    try {
      expect(runCheck(clean.dir, '--timings')).toMatchObject({
        code: 0,
        lines: ['Content check: no problems.', expect.stringMatching(/^Checked in \d+ ms\.$/)],
      });
    } finally {
      clean.cleanup();
    }
    expect(runCheck(fixture.dir, '--production').lines[0]).toMatch(
      /2025-01-02\.md:1:1: error draft-version: .* cannot be built for production/,
    );
  });
});

/** Runs a command as staff would; returns its exit code and everything it printed. */
function run(script: string, args: string[], env: Record<string, string> = {}): { code: number; output: string } {
  const io = captureIo({ env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  const code = commands[script](args, io);
  return { code, output: `${io.out}${io.err}`.trim() };
}

describe('no stack trace from any command', () => {
  const content = contentFixture(
    { '2025-01-01.md': fixtureVersion('2025-01-01'), '2025-6-1.md': fixtureVersion('2025-06-01') },
    { drafts: ['2025-6-1.md'] },
  );
  afterAll(content.cleanup);

  it('check:content: a misnamed file, a bad BUILD_DATE, a mistyped option and an unknown base each give one line', () => {
    const misnamed = run('check-content', [], { CONTENT_DIR: content.dir });
    expect(misnamed.code).toBe(1);
    expect(misnamed.output).toMatch(
      /2025-6-1\.md:1:1: error content-files: .*rename it to 2025-06-01\.md\.\nContent check: 1 error, 0 warnings\.$/,
    );
    for (const [args, env, expected] of [
      [
        [],
        { BUILD_DATE: '2025-6-1' },
        'check:content: BUILD_DATE="2025-6-1" is not a real date: write it as YYYY-MM-DD (e.g. 2025-06-01), or leave it unset for today.',
      ],
      [
        ['--prodution'],
        {},
        "check:content: Unknown option '--prodution'. Usage: npm run check:content -- [--base <git-ref>] [--format text|github] [--production] [--timings]",
      ],
      [
        ['--base', 'no-such-ref'],
        {},
        `check:content: --base no-such-ref: ${content.dir} is not in a git repository, so there is no base to compare with.`,
      ],
    ] as const) {
      const result = run('check-content', [...args], { CONTENT_DIR: content.dir, ...env });
      expect(result).toEqual({ code: 2, output: expected });
    }
  });

  it('new-version and publish-version: a mistyped option gives one line', () => {
    expect(run('new-version', ['2025-07-01', '--sumary', 'x'], { CONTENT_DIR: content.dir })).toEqual({
      code: 2,
      output: `new-version: Unknown option '--sumary'. Usage: npm run new-version -- YYYY-MM-DD [--summary "What changed."] [--backfill]`,
    });
    expect(run('publish-version', ['2025-07-01', '--force'], { CONTENT_DIR: content.dir }).output).toMatch(
      /^publish-version: Unknown option '--force'\. Usage: /,
    );
  });
});

describe('each command, run as a script', () => {
  it('calls its main() with the process arguments and exits with its code', async () => {
    // One real start (what npm run check:content and the build run); the tests above call main() in-process.
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--prodution'], (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect(result).toEqual({
      code: 2,
      stderr:
        "check:content: Unknown option '--prodution'. Usage: npm run check:content -- [--base <git-ref>] [--format text|github] [--production] [--timings]\n",
    });
    // Every other command starts the same way (starting each costs a second or more on a busy machine).
    for (const script of ['new-version', 'publish-version', 'pr-summary', 'smoke-check', 'lint-workflows']) {
      expect(readFileSync(join('scripts', `${script}.ts`), 'utf8'), script).toMatch(/^await runIfMain\(import\.meta\.url, main\);$/m);
    }
  });
});

describe('the staff flow in a repository: new version, one sentence changed, publish, check against main', () => {
  it('ends green, and a rewrite of the published record is refused with --base', () => {
    const repo = gitContentFixture({ '2025-01-01.md': fixtureVersion('2025-01-01', '## Scope {#scope}\n\nWe keep data for a year.\n') });
    try {
      const env = { CONTENT_DIR: repo.content, BUILD_DATE: '2025-06-01' };
      expect(run('new-version', ['2025-06-01', '--summary', 'Retention: two years.'], env).code).toBe(0);
      const draft = join(repo.content, 'privacy', '2025-06-01.md');
      writeFileSync(draft, readFileSync(draft, 'utf8').replace('a year', 'two years'));
      expect(run('publish-version', ['2025-06-01'], env).code).toBe(0);
      expect(run('check-content', ['--production', '--base', 'main'], env)).toEqual({
        code: 0,
        output: 'Content check: no problems.',
      });

      const published = join(repo.content, 'privacy', '2025-01-01.md');
      writeFileSync(published, readFileSync(published, 'utf8').replace('a year', 'forever'));
      const lock = join(repo.content, 'privacy', 'published.lock');
      writeFileSync(
        lock,
        formatLock([
          ...parseLock(readFileSync(lock, 'utf8'), 'lock').entries.filter((e) => e.name !== '2025-01-01.md'),
          { name: '2025-01-01.md', sha256: sha256(readFileSync(published)) },
        ]),
      );
      const rewritten = run('check-content', ['--base', 'main'], env);
      expect(rewritten.code).toBe(1);
      expect(rewritten.output).toMatch(/2025-01-01\.md:1:1: error published-record: 2025-01-01\.md was published and must not change/);
    } finally {
      repo.cleanup();
    }
  });
});
