import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The page whose presence means out/ holds a build. */
export const BUILT_MARKER = join('out', 'privacy', 'index.html');
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'scripts', 'package.json', 'next.config.ts'];
const GENERATED = new Set([join('public', 'islands')]);

function newestChange(path: string): number {
  if (!existsSync(path) || GENERATED.has(path) || path.endsWith('.test.ts')) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when out/ is missing or older than any source that goes into it. */
export function buildIsStale(): boolean {
  if (!existsSync(BUILT_MARKER)) return true;
  return Math.max(...SOURCES.map(newestChange)) > statSync(BUILT_MARKER).mtimeMs;
}
