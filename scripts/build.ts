/**
 * `npm run build`: check content (fails fast with every problem), bundle the islands, `next build` the
 * static export and strip Next's client runtime from it, all in a staging folder; then move the finished
 * site over out/ ($OUT_DIR) in one rename and write the completion stamp beside it (lib/build-status.ts).
 * An interrupted or failed build leaves the previous out/ as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expectedStamp, stampPath, type BuildStamp } from '../lib/build-status';
import { main as checkContent } from './check-content';

const target = process.env.OUT_DIR ?? 'out';
// Inside the project (Next writes a static export into distDir, which must not leave it), beside nothing
// else: a folder per build, so a killed build's leftovers are swept by the next one.
const stagingPrefix = `staging-${basename(target)}-`;
const staging = join('.build', `${stagingPrefix}${process.pid}`);
const retired = join('.build', `retired-${basename(target)}-${process.pid}`);

// The sources as they are now: an edit made during the build makes the result stale, as it should.
const stamp: BuildStamp = { ...expectedStamp(), builtAt: new Date().toISOString() };
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', OUT_DIR: staging };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', env });

mkdirSync('.build', { recursive: true });
for (const name of readdirSync('.build'))
  if (name.startsWith(stagingPrefix) || name.startsWith(`retired-${basename(target)}-`))
    rmSync(join('.build', name), { recursive: true, force: true });
// Claimed before the first step, so a build killed at any point leaves a folder the next one sweeps.
mkdirSync(staging);

try {
  // In this process: the check is the same code as npm run check:content, without a second start.
  if (checkContent(['--production']) !== 0) throw new Error('content check failed');
  run('npx', ['tsx', 'scripts/build-islands.ts']);
  run('npx', ['next', 'build']);
  run('npx', ['tsx', 'scripts/post-build.ts']);
} catch {
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
// Next's copy of the 404 page at /404/: the 404 page is the answer to missing paths, not a page of its own.
rmSync(join(staging, '404'), { recursive: true, force: true });

// Two renames: the old site aside, the new one in. A server reading a file keeps reading the one it opened.
// The stamp goes first and comes back last: a build stopped in between leaves a site that counts as stale.
mkdirSync(dirname(target), { recursive: true });
rmSync(stampPath(target), { force: true });
if (existsSync(target)) renameSync(target, retired);
renameSync(staging, target);
writeFileSync(stampPath(target), `${JSON.stringify(stamp, null, 2)}\n`);
rmSync(retired, { recursive: true, force: true });
console.log(`build: ${target}/ is complete (sources ${stamp.sourceHash.slice(0, 12)}, built for ${stamp.buildDate}).`);
