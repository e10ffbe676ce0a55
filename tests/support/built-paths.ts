import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One address of every page type and asset class of a built site. */
export function samplePaths(outDir = 'out'): string[] {
  const island = `/islands/${readdirSync(join(outDir, 'islands')).find((f) => f.endsWith('.js'))}`;
  return [
    '/privacy/',
    '/privacy/versions/',
    '/privacy/versions/2024-10-02/',
    '/privacy/versions/2024-10-02/changes/',
    island,
    '/privacy/feed.xml',
    '/privacy/versions.json',
    '/privacy/versions/2024-10-02.md',
    '/favicon.svg',
  ];
}
