import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { readContent } from './checker';
import { contentDirectory, type ContentOptions } from './content';
import { splitFrontMatter } from './content/front-matter';
import { formatLock, LOCK_FILE, parseLock, sha256 } from './content/lock';
import { formatProblem } from './content/problems';
import { readBaseRecord, refExists } from './content/record';
import { isRealDay, today as todayDate } from './dates';

/** The outcome of a publishing command: what to print, and whether it worked. */
export interface CommandResult {
  ok: boolean;
  message: string;
}

const fail = (message: string): CommandResult => ({ ok: false, message });

function checkDate(date: string | undefined, command: string): string | undefined {
  if (!date) return `give the date the version takes effect, e.g. npm run ${command} -- 2025-06-01`;
  if (!isRealDay(date)) return `"${date}" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-01.`;
  return undefined;
}

/** The notice folder's versions (real-date file names), oldest first, and the lock's published names. */
function versionsOn(dir: string): { dates: string[]; published: Set<string> } {
  const dates = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => /^(\d{4}-\d{2}-\d{2})\.md$/.exec(name)?.[1])
        .filter((d): d is string => d !== undefined && isRealDay(d))
        .sort()
    : [];
  const lockPath = join(dir, LOCK_FILE);
  const lock = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8'), LOCK_FILE).entries : [];
  return { dates, published: new Set(lock.map((e) => e.name.slice(0, -3))) };
}

/**
 * `npm run new-version -- YYYY-MM-DD [--summary "…"] [--backfill]`: starts a draft. Normally a copy of
 * the newest version dated before it, drafts included (so a second draft keeps the first draft's edits),
 * with the new date and summary; with --backfill (a historical version from the records, dated before the
 * current one) only the front matter, for the old text to be pasted in.
 */
export function newVersion(options: ContentOptions & { date?: string; summary?: string; backfill?: boolean }): CommandResult {
  const dateProblem = checkDate(options.date, 'new-version');
  if (dateProblem) return fail(dateProblem);
  const date = options.date!;
  const dir = join(contentDirectory(options), 'privacy');
  const path = join(dir, `${date}.md`);
  const file = relative(options.cwd ?? process.cwd(), path);
  if (existsSync(path)) return fail(`${file} already exists: edit it, or choose another date.`);

  const today = options.today ?? todayDate();
  const { dates, published } = versionsOn(dir);
  if (dates.length === 0) return fail(`there is no version in ${relative(options.cwd ?? process.cwd(), dir)} to start from.`);
  const publishedDates = dates.filter((d) => published.has(d));
  const current = publishedDates.filter((d) => d <= today).at(-1);
  const [earliest, latest] = [publishedDates[0], publishedDates.at(-1)];
  // A version takes effect no earlier than the day it is merged; one from the records only fills days
  // before anything published (lib/rules/effective-date.ts says the same at the check).
  if (date < today && !options.backfill) {
    return fail(
      `${date} is before today (${today}, UTC): a new version takes effect no earlier than the day its pull request merges. Choose today or a later date (npm run new-version -- ${today}). To add a historical version from the records, run it again with --backfill.`,
    );
  }
  if (!options.backfill && latest && date < latest) {
    return fail(
      `${date} is before ${latest}, which is already published: a new version goes after every published one, or ${latest} would replace it and undo its changes. Choose a date after ${latest}.`,
    );
  }
  if (options.backfill && (!earliest || date >= earliest))
    return fail(
      `--backfill is for versions from the records dated before every published version (the earliest is ${earliest ?? 'none yet'}); a change to the notice is a new version dated today or later.`,
    );

  const source = options.backfill ? (current ?? dates[0]) : (dates.filter((d) => d < date).at(-1) ?? dates[0]);
  const sourceText = readFileSync(join(dir, `${source}.md`), 'utf8');
  const parts = splitFrontMatter(sourceText);
  if (!parts)
    return fail(
      `${source}.md does not start with a front matter block ("---" lines), so it cannot be copied: fix it first (npm run check:content says how).`,
    );
  const doc = parseDocument(parts.yaml);
  if (doc.errors.length > 0)
    return fail(`the front matter of ${source}.md cannot be read, so it cannot be copied: fix it first (npm run check:content says how).`);
  const summary = options.summary ?? '';
  doc.set('date', date);
  doc.set('summary', summary);
  const { eol } = parts;
  const yaml = doc.toString().trimEnd().replace(/\r?\n/g, eol);
  const text = options.backfill
    ? `---${eol}title: ${JSON.stringify(String(doc.get('title') ?? 'Privacy Policy'))}${eol}date: ${date}${eol}summary: ${JSON.stringify(summary)}${eol}backfill: true${eol}source: ""${eol}---${eol}${eol}`
    : `---${eol}${yaml}${eol}---${eol}${parts.body}`;
  writeFileSync(path, text);

  const otherDrafts = dates.filter((d) => !published.has(d));
  const next = [
    summary ? undefined : 'write the summary: one line saying what changed',
    options.backfill
      ? "paste the version's text from the records below the front matter, and say where it comes from in source:"
      : 'make the changes',
    'preview with npm run dev',
    `publish with npm run publish-version -- ${date}`,
  ].filter(Boolean);
  const from = options.backfill ? '' : ` as a copy of ${source}${published.has(source) ? '' : ' (a draft)'}`;
  const warning =
    otherDrafts.length > 0
      ? ` Note: ${otherDrafts.map((d) => `${d}.md`).join(', ')} ${otherDrafts.length === 1 ? 'is' : 'are'} also a draft; each draft is published on its own.`
      : '';
  return { ok: true, message: `Created the draft ${file}${from}.${warning} Next: ${next.join('; ')}.` };
}

/** The branch published versions are compared with when none is given: origin/main, else main. */
function defaultBase(contentDir: string): string | undefined {
  return ['origin/main', 'main'].find((ref) => refExists(contentDir, ref));
}

/**
 * `npm run publish-version -- YYYY-MM-DD [--base <ref>]`: checks the draft with every rule and records its
 * sha256 in the lock file. From then on it cannot change; merging the pull request that holds it publishes
 * it. A version locked only on this branch (not on the base) may be fixed and locked again.
 */
export function publishVersion(options: ContentOptions & { date?: string; base?: string }): CommandResult {
  const dateProblem = checkDate(options.date, 'publish-version');
  if (dateProblem) return fail(dateProblem);
  const date = options.date!;
  const contentDir = contentDirectory(options);
  const dir = join(contentDir, 'privacy');
  const name = `${date}.md`;
  const path = join(dir, name);
  const file = relative(options.cwd ?? process.cwd(), path);
  if (!existsSync(path)) return fail(`${file} does not exist: start it with npm run new-version -- ${date}.`);

  const lockPath = join(dir, LOCK_FILE);
  const lockFile = relative(options.cwd ?? process.cwd(), lockPath);
  if (!existsSync(lockPath)) return fail(`${lockFile} is missing: restore it (git checkout origin/main -- ${lockFile}) before publishing.`);
  const { entries } = parseLock(readFileSync(lockPath, 'utf8'), lockFile);
  const hash = sha256(readFileSync(path));
  const existing = entries.find((e) => e.name === name);
  if (existing) {
    if (existing.sha256 === hash)
      return fail(`${name} is already published, exactly as it is now. Start a new version with npm run new-version -- YYYY-MM-DD.`);
    const base = options.base ?? defaultBase(contentDir);
    if (!base) return fail(`${name} is already locked, and there is no main branch to tell whether it was merged: pass --base <branch>.`);
    if (readBaseRecord(contentDir, base).entries.some((e) => e.name === name)) {
      return fail(
        `${name} is already published on ${base}: published versions never change. Start a new one with npm run new-version -- YYYY-MM-DD.`,
      );
    }
  }

  // Every problem with this file, or with the history as it would be once this file is published.
  const others = entries.filter((e) => e.name !== name);
  const { problems } = readContent({ ...options, production: false });
  const relocking = (p: { rule: string; file: string }) => existing !== undefined && p.rule === 'version-lock' && p.file === file;
  const blocking = problems.filter(
    (p) => p.severity === 'error' && !relocking(p) && (p.file === file || p.rule === 'anchors-kept' || p.file.endsWith(LOCK_FILE)),
  );
  if (blocking.length > 0) return fail(`${file} cannot be published yet:\n${blocking.map(formatProblem).join('\n')}`);

  writeFileSync(lockPath, formatLock([...others, { name, sha256: hash }]));
  const today = options.today ?? todayDate();
  return {
    ok: true,
    message: `${existing ? 'Locked again' : 'Published'} ${name}: its sha256 is now in ${lockFile}. Commit both files; merging the pull request publishes it${date > today ? `, and it takes effect with the first build on or after ${date}` : ''}.`,
  };
}
