import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, fixtureVersion } from '../lib/content/test-fixtures';

/** Runs `npm run check:content` as staff would, on a fixture content folder. */
function runCheck(contentDir: string, ...args: string[]): { code: number; lines: string[] } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' },
      encoding: 'utf8',
    });
    return { code: 0, lines: out.trim().split('\n') };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, lines: e.stdout.trim().split('\n') };
  }
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
      '2025-01-02.md:20:5: error invisible-characters',
      '2025-01-02.md:22:1: error empty-section',
      'Content check: 13 errors, 2 warnings.',
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
