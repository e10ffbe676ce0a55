import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What goes into a build: the app, its content, and the build scripts themselves. */
const SOURCES = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'package.json',
  'next.config.ts',
  'postcss.config.mjs',
  'scripts/build.ts',
  'scripts/build-islands.ts',
  'scripts/check-content.ts',
  'scripts/post-build.ts',
];
const GENERATED = new Set([join('public', 'islands')]);

function newestChange(path: string): number {
  if (!existsSync(path) || GENERATED.has(path) || path.endsWith('.test.ts') || path.endsWith('.test.tsx')) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when the site in `outDir` (default out/) is missing or older than any source that goes into it. */
export function buildIsStale(outDir = 'out', extraSources: string[] = []): boolean {
  const marker = join(outDir, 'privacy', 'index.html');
  if (!existsSync(marker)) return true;
  return Math.max(...[...SOURCES, ...extraSources].map(newestChange)) > statSync(marker).mtimeMs;
}
