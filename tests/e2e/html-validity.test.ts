import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HISTORY_OUT as FIXTURE_OUT } from '../../scripts/support/sites';

const VNU = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

it('every page type validates with the Nu Html Checker (vnu.jar) with no error', () => {
  const changes = readdirSync(join(FIXTURE_OUT, 'privacy', 'versions')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const files = [
    'out/index.html',
    'out/404.html',
    'out/privacy/index.html',
    'out/privacy/versions/index.html',
    'out/privacy/versions/2024-10-02/index.html',
    'out/privacy/versions/2024-10-02/changes/index.html',
    join(FIXTURE_OUT, 'privacy', 'versions', 'index.html'),
    ...changes.map((d) => join(FIXTURE_OUT, 'privacy', 'versions', d, 'changes', 'index.html')),
  ];
  let output = '';
  try {
    // The checker's CSS validator knows no @property or margin-trim (which Tailwind's output uses): it
    // judges the HTML here, as it did when the stylesheet was a file it never read.
    output = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', '--filterpattern', 'CSS: .*', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(output.trim().split('\n').filter(Boolean)).toEqual([]);
});
