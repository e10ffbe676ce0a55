import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CSP_HASH, NOTHING_INLINE, type InlineHashes } from './security-headers';

/**
 * The build's record of the CSP hashes of what its pages have inline (the stylesheet, the island
 * scripts; scripts/post-build.ts writes it), the input of every CSP lib/security-headers.ts produces.
 * A dotfile in the site: never served.
 */
export const CSP_HASHES_FILE = '.csp-hashes.json';

const schema = z.object({ styles: z.array(z.string().regex(CSP_HASH)), scripts: z.array(z.string().regex(CSP_HASH)) });

/** Records the hashes in the site in `outDir`. */
export function writeCspHashes(outDir: string, hashes: InlineHashes): void {
  const sorted = (list: readonly string[]) => [...new Set(list)].sort();
  const record = { styles: sorted(hashes.styles), scripts: sorted(hashes.scripts) };
  writeFileSync(join(outDir, CSP_HASHES_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The hashes the site in `outDir` was built with; none for a folder no build wrote. */
export function readCspHashes(outDir: string): InlineHashes {
  let text: string;
  try {
    text = readFileSync(join(outDir, CSP_HASHES_FILE), 'utf8');
  } catch {
    return NOTHING_INLINE;
  }
  return schema.parse(JSON.parse(text));
}

/**
 * readCspHashes for a server: read again whenever the file is another one (a rebuild swaps out/ while
 * serving, and its pages may carry another stylesheet), so the CSP always allows the pages being served.
 */
export function liveCspHashes(outDir: string): () => InlineHashes {
  let seen = '';
  let hashes = NOTHING_INLINE;
  return () => {
    const stat = statSync(join(outDir, CSP_HASHES_FILE), { throwIfNoEntry: false });
    const key = stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '';
    if (key !== seen) [seen, hashes] = [key, readCspHashes(outDir)];
    return hashes;
  };
}
