/**
 * `npm run bench:versions`: how the production build scales with the number of versions. For 10, 100
 * and 300 synthetic versions (made-up, in a temporary content folder: never content/), runs the full
 * build (content check, next build, post-build) into a temporary folder and prints seconds and seconds
 * per version. The cost should grow no faster than linearly. COUNTS=10,100 to choose.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLock, sha256 } from '../lib/content/lock';
import { addDays } from '../lib/dates';

const COUNTS = (process.env.COUNTS ?? '10,100,300').split(',').map(Number);
const base = readFileSync(join('content', 'privacy', '2024-10-02.md'), 'utf8');

/** n made-up versions a week apart, each changing one sentence of the Scope section. */
function writeVersions(dir: string, n: number) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'privacy'), { recursive: true });
  cpSync(join('content', 'site.yaml'), join(dir, 'site.yaml'));
  const entries: { name: string; sha256: string }[] = [];
  for (let i = 0; i < n; i++) {
    const date = addDays('2010-01-04', i * 7);
    const text = base
      .replace('date: 2024-10-02', `date: ${date}`)
      .replace(/^summary: .*$/m, `summary: "Synthetic benchmark version ${i + 1}."`)
      .replace('applies only to the Sites.', `applies only to the Sites (synthetic benchmark revision ${i + 1}).`);
    writeFileSync(join(dir, 'privacy', `${date}.md`), text);
    entries.push({ name: `${date}.md`, sha256: sha256(text) });
  }
  writeFileSync(join(dir, 'privacy', 'published.lock'), formatLock(entries));
}

const rows: { n: number; seconds: number }[] = [];
for (const n of COUNTS) {
  const content = join('.build', `bench-versions-${n}-content`);
  const out = join('.build', `bench-versions-${n}-site`);
  writeVersions(content, n);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out } });
  const seconds = (performance.now() - started) / 1000;
  rows.push({ n, seconds });
  console.log(`${String(n).padStart(4)} versions: ${seconds.toFixed(1)} s, ${((seconds * 1000) / n).toFixed(0)} ms per version`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
if (rows.length > 1) {
  // The fixed cost (compiling the app) dominates small runs; the marginal cost per version is the figure that must not grow.
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    console.log(`marginal ${a.n}→${b.n}: ${(((b.seconds - a.seconds) * 1000) / (b.n - a.n)).toFixed(0)} ms per added version`);
  }
}
