import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './lint-workflows';
import { captureIo } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A made-up workflow with one mistake of each kind the lint must find, at known lines and columns.
const WORKFLOW = `on: push
permissions: {}
jobs:
  x:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-dept: 0
      - run: |
          echo "\${{ github.event.head_commit.message }}"
          cp $FOO out
      - run: echo $BAR
`;

describe('npm run lint:workflows', () => {
  it("reports actionlint's and shellcheck's findings and unpinned actions at the workflow's own lines and columns, and exits 1", async () => {
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'bad.yml'), WORKFLOW);
    const io = captureIo({ cwd: dir });
    const run = { code: await main([], io), stdout: io.out };
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').map((line) => line.replace(/ available inputs are .*/, '').replace(/ see https:.*/, ''))).toEqual([
      '.github/workflows/bad.yml:9:11: input "fetch-dept" is not defined in action "actions/checkout@v4".',
      '.github/workflows/bad.yml:10:24: "github.event.head_commit.message" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable.',
      '.github/workflows/bad.yml:12:14: shellcheck info: Double quote to prevent globbing and word splitting. [SC2086]',
      '.github/workflows/bad.yml:13:19: shellcheck info: Double quote to prevent globbing and word splitting. [SC2086]',
      '.github/workflows/bad.yml:7:15: pin actions/checkout@v4 by its full commit SHA, with the tag as a comment (uses: owner/repo@<40 hex> # vX.Y.Z) [pinned-action]',
      'Workflows: 1 checked with actionlint and shellcheck, 5 findings.',
      '',
    ]);
  });
});
