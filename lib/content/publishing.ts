import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { today as todayDate } from '../dates';
import { isRealDay } from './front-matter';
import { contentDirectory, formatProblem, readContent, type ContentOptions } from '.';
import { formatLock, LOCK_FILE, parseLock, sha256 } from './lock';

/** The outcome of a publishing command: what to print, and whether it worked. */
export interface CommandResult {
  ok: boolean;
  message: string;
}

const fail = (message: string): CommandResult => ({ ok: false, message });

function checkDate(date: string | undefined): string | undefined {
  if (!date) return 'give the date the new version takes effect, e.g. npm run new-version -- 2025-06-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDay(date)) return `"${date}" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-01.`;
  return undefined;
}

/**
 * `npm run new-version -- YYYY-MM-DD [--summary "…"] [--backfill]`: starts a draft. Normally a copy of
 * the current version with the new date and summary; with --backfill (a historical version from the
 * records, dated before the current one) only the front matter, for the old text to be pasted in.
 */
export function newVersion(options: ContentOptions & { date?: string; summary?: string; backfill?: boolean }): CommandResult {
  const dateProblem = checkDate(options.date);
  if (dateProblem) return fail(dateProblem);
  const date = options.date!;
  const dir = join(contentDirectory(options), 'privacy');
  const path = join(dir, `${date}.md`);
  if (existsSync(path)) return fail(`${relative(process.cwd(), path)} already exists: edit it, or choose another date.`);

  const { content, problems } = readContent({ ...options, production: true, today: options.today ?? todayDate() });
  if (!content) return fail(`the current content has errors; fix them first:\n${problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
  const current = content.current;
  if (date < current.date && !options.backfill) {
    return fail(`${date} is before the current version (${current.date}). To add a historical version from the records, run it again with --backfill.`);
  }
  if (options.backfill && date >= current.date) return fail(`--backfill is for versions before the current one (${current.date}); leave it out for a new version.`);

  const summary = options.summary ?? '';
  let text: string;
  if (options.backfill) {
    text = `---\ntitle: ${JSON.stringify(current.title)}\ndate: ${date}\nsummary: ${JSON.stringify(summary)}\n---\n\n`;
  } else {
    // Copy the current version, changing only the front matter's date and summary.
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(current.source)!;
    const doc = parseDocument(yaml);
    doc.set('date', date);
    doc.set('summary', summary);
    text = `---\n${doc.toString().trimEnd()}\n---\n${body}`;
  }
  writeFileSync(path, text);
  const file = relative(process.cwd(), path);
  const next = [
    summary ? undefined : 'write the summary: one line saying what changed',
    options.backfill ? 'paste the version\'s text from the records below the front matter' : 'make the changes',
    'preview with npm run dev',
    `publish with npm run publish-version -- ${date}`,
  ].filter(Boolean);
  return { ok: true, message: `Created the draft ${file}${options.backfill ? '' : ` from ${current.date}`}. Next: ${next.join('; ')}.` };
}

/**
 * `npm run publish-version -- YYYY-MM-DD`: checks the draft with every rule and records its sha256 in the
 * lock file. From then on it cannot change; merging the pull request that holds it publishes it.
 */
export function publishVersion(options: ContentOptions & { date?: string }): CommandResult {
  const dateProblem = checkDate(options.date);
  if (dateProblem) return fail(dateProblem.replace('new-version', 'publish-version'));
  const date = options.date!;
  const dir = join(contentDirectory(options), 'privacy');
  const name = `${date}.md`;
  const path = join(dir, name);
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) return fail(`${file} does not exist: start it with npm run new-version -- ${date}.`);

  const lockPath = join(dir, LOCK_FILE);
  const lockText = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '';
  const { entries } = parseLock(lockText, relative(process.cwd(), lockPath));
  if (entries.some((e) => e.name === name)) return fail(`${name} is already published: published versions never change. Start a new one with npm run new-version -- YYYY-MM-DD.`);

  // Every problem with this file, or with the history as it would be once this file is published.
  const { problems } = readContent({ ...options, production: false });
  const blocking = problems.filter((p) => p.severity === 'error' && (p.file === file || p.rule === 'anchors-kept' || p.file.endsWith(LOCK_FILE)));
  if (blocking.length > 0) return fail(`${file} cannot be published yet:\n${blocking.map(formatProblem).join('\n')}`);

  writeFileSync(lockPath, formatLock([...entries, { name, sha256: sha256(readFileSync(path)) }]));
  return {
    ok: true,
    message: `Published ${name}: its sha256 is now in ${relative(process.cwd(), lockPath)}. Commit both files; merging the pull request publishes it${date > (options.today ?? todayDate()) ? `, and it takes effect with the first build on or after ${date}` : ''}.`,
  };
}
