import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * The completion stamp of the site in `outDir`: a file beside it (`.out.stamp.json`), never inside it, so
 * nothing of the build's own is deployed. A build removes it before moving a new site into place and
 * writes it after, so a stamp that matches means a complete site.
 */
export function stampPath(outDir = 'out'): string {
  return join(dirname(outDir), `.${basename(outDir)}.stamp.json`);
}

/** What goes into a build besides the content: the app, its code, its dependencies, the build scripts. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'package.json',
  'package-lock.json',
  'next.config.ts',
  'postcss.config.mjs',
  'tailwind.config.ts',
  'scripts/build.ts',
  'scripts/build-islands.ts',
  'scripts/check-content.ts',
  'scripts/post-build.ts',
];
/** Under the sources but not part of the site: generated files, tests, and the server that serves it. */
const NOT_SOURCES = [/^public\/islands(\/|$)/, /\.test\.tsx?$/, /^lib\/static-server\.ts$/];

const stampSchema = z.object({ sourceHash: z.string(), buildDate: z.string(), builtAt: z.string() });
/** What a stamp records: the hash of every source file and the date the site was built for. */
export type BuildStamp = z.infer<typeof stampSchema>;

function* sourceFiles(path: string): Generator<string> {
  if (!existsSync(path) || NOT_SOURCES.some((pattern) => pattern.test(path))) return;
  if (!statSync(path).isDirectory()) return yield path;
  for (const name of readdirSync(path).sort()) yield* sourceFiles(join(path, name).replaceAll('\\', '/'));
}

/**
 * The stamp a build with this environment would write: the sha256 of every source file (names and
 * bytes, content from $CONTENT_DIR or content/) and the build date ($BUILD_DATE or today, UTC: which
 * version is in force, and whether the "updated" notice shows, depend on it).
 */
export function expectedStamp(env: NodeJS.ProcessEnv = process.env, extraSources: string[] = []): Omit<BuildStamp, 'builtAt'> {
  const hash = createHash('sha256');
  for (const source of [...SOURCES, env.CONTENT_DIR ?? 'content', ...extraSources])
    for (const file of sourceFiles(source)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return { sourceHash: hash.digest('hex'), buildDate: env.BUILD_DATE || new Date().toISOString().slice(0, 10) };
}

/** The stamp of the site in `outDir`, or undefined when there is none (never built, or by an older build). */
export function readStamp(outDir = 'out'): BuildStamp | undefined {
  try {
    return stampSchema.parse(JSON.parse(readFileSync(stampPath(outDir), 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * True when the site in `outDir` (default out/) has no completion stamp, or one from other sources or
 * another build date than a build with `env` would use. A build writes its stamp last, so a site with
 * a matching stamp is complete.
 */
export function buildIsStale(outDir = 'out', { env = process.env, extraSources = [] as string[] } = {}): boolean {
  const stamp = readStamp(outDir);
  if (!stamp) return true;
  const expected = expectedStamp(env, extraSources);
  return stamp.sourceHash !== expected.sourceHash || stamp.buildDate !== expected.buildDate;
}
