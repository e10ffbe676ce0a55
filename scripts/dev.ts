/**
 * `npm run dev`: live preview for staff. Rebuilds the islands on change and runs `next dev`; content is
 * re-read on every request, so a saved Markdown edit shows on reload. Content problems show as an error page.
 */
import { spawn, execFileSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
execFileSync('npx', ['tsx', 'scripts/build-islands.ts'], { stdio: 'inherit', env });
const children = [
  spawn('npx', ['tsx', 'scripts/build-islands.ts', '--watch'], { stdio: 'inherit', env }),
  spawn('npx', ['next', 'dev', '--port', process.env.PORT ?? '3000'], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) =>
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
