import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Maps island names to their built, content-hashed files (written by scripts/build-islands.ts). */
function islandPath(name: string): string {
  const manifestPath = join(process.cwd(), 'public', 'islands', 'manifest.json');
  let manifest: Record<string, string>;
  try {
    // Read on every render: in `npm run dev` the watcher rewrites it after each island edit.
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  } catch {
    throw new Error(`${manifestPath} is missing: run "npm run build:islands" (npm run build and npm run dev do it).`);
  }
  const file = manifest[name];
  if (typeof file !== 'string') throw new Error(`No island named "${name}" in ${manifestPath}: is components/${name}.island.ts there?`);
  return `/islands/${file}`;
}

/**
 * Loads the progressive-enhancement script for the component beside it (components/<name>.island.ts).
 * A module script: deferred, never blocks rendering, and the markup works without it.
 */
export function Island({ name }: { name: string }) {
  // Module scripts are deferred by definition: this one never blocks parsing or rendering.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={islandPath(name)} />;
}
