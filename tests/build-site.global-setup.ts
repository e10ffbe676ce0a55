import { execFileSync } from 'node:child_process';
import { buildIsStale } from '../lib/build-status';

/** Builds out/ once before the suite when it is missing or older than the sources. */
export default function buildSite() {
  if (!buildIsStale()) return;
  console.log('Building the site for the tests over out/…');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
