import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CSP_HASH } from './security-headers';

/**
 * The build's record of the CSP hashes of its pages' inline stylesheets (scripts/post-build.ts writes it),
 * the input of every CSP lib/security-headers.ts produces. A dotfile in the site: never served.
 */
export const STYLE_HASHES_FILE = '.style-hashes.json';

const schema = z.object({ styleHashes: z.array(z.string().regex(CSP_HASH)) });

/** Records the hashes in the site in `outDir`. */
export function writeStyleHashes(outDir: string, styleHashes: readonly string[]): void {
  writeFileSync(join(outDir, STYLE_HASHES_FILE), `${JSON.stringify({ styleHashes: [...new Set(styleHashes)].sort() }, null, 2)}\n`);
}

/** The hashes the site in `outDir` was built with; none for a folder no build wrote (a page without inline style). */
export function readStyleHashes(outDir: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(outDir, STYLE_HASHES_FILE), 'utf8');
  } catch {
    return [];
  }
  return schema.parse(JSON.parse(text)).styleHashes;
}

/**
 * readStyleHashes for a server: read again whenever the file is another one (a rebuild swaps out/ while
 * serving, and its pages may carry another stylesheet), so the CSP always allows the pages being served.
 */
export function liveStyleHashes(outDir: string): () => string[] {
  let seen = '';
  let hashes: string[] = [];
  return () => {
    const stat = statSync(join(outDir, STYLE_HASHES_FILE), { throwIfNoEntry: false });
    const key = stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '';
    if (key !== seen) [seen, hashes] = [key, readStyleHashes(outDir)];
    return hashes;
  };
}
