/**
 * `npm run build`: check content (fails fast with every problem), bundle the islands, `next build` the
 * static export into out/, then strip Next's client runtime from it.
 */
import { execFileSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', env });

try {
  run('npx', ['tsx', 'scripts/check-content.ts', '--production']);
  run('npx', ['tsx', 'scripts/build-islands.ts']);
  run('npx', ['next', 'build']);
  run('npx', ['tsx', 'scripts/post-build.ts']);
} catch {
  process.exit(1);
}
