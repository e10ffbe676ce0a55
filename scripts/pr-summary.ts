/**
 * `npm run pr-summary -- --base <git-ref>`: what a pull request changes in the notice, as Markdown for
 * GitHub's job summary. For each version added, changed, published or removed: its status after
 * merging, the date it takes effect, what `/privacy/` shows then, and its changes section by section
 * with the changed words marked (<ins>/<del>), as its changes page will show them; then what changed in
 * site.yaml, and the content check's result. Compares the working tree's content/ with the merge base.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../lib/checker';
import type { NoticeVersion } from '../lib/content';
import { timeline } from '../lib/content/versions';
import { addDays, daysBetween, formatDate, today as buildDate } from '../lib/dates';
import { diffVersions, type BlockChange, type VersionDiff } from '../lib/diff';
import { alsoMoved, blockHtml, movedLabel, summarize } from '../lib/diff-html';
import { updateNoticeUntil } from '../lib/notice-metadata';
import { urls } from '../lib/urls';
import { main as checkContent } from './check-content';
import { captureIo, parseCommandArgs, processIo, runCommand, runIfMain, UsageError, type CommandIo } from './support/cli';

export interface PrSummaryOptions {
  /** The branch the pull request merges into (any git ref); compared at its merge base with HEAD. */
  base: string;
  /** The repository's working tree; defaults to the current directory. */
  cwd?: string;
  /** The date statuses are worked out for; defaults to $BUILD_DATE or today. */
  today?: string;
}

/** The Markdown summary of what the working tree's content/ changes compared with `base`. */
export function prSummary({ base, cwd = process.cwd(), today = buildDate() }: PrSummaryOptions): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'buffer', stdio: ['ignore', 'pipe', 'pipe'] });
  let baseCommit: string;
  try {
    baseCommit = git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).toString().trim();
  } catch {
    throw new UsageError(`"${base}" is not a commit here: fetch it first (in GitHub Actions, actions/checkout with fetch-depth: 0).`);
  }
  let mergeBase = baseCommit;
  try {
    mergeBase = git('merge-base', baseCommit, 'HEAD').toString().trim();
  } catch {
    // No common history (a shallow clone): compare with the base itself.
  }

  const baseFiles = new Map<string, Buffer>();
  for (const path of git('ls-tree', '-r', '-z', '--name-only', mergeBase, '--', 'content').toString().split('\0').filter(Boolean)) {
    baseFiles.set(path, git('show', `${mergeBase}:${path}`));
  }
  const headFiles = new Map(
    listFiles(join(cwd, 'content')).map((path) => [relative(cwd, path).split('\\').join('/'), readFileSync(path)] as const),
  );
  const unchanged = (path: string) => headFiles.get(path)?.equals(baseFiles.get(path) ?? Buffer.alloc(0)) === true && baseFiles.has(path);
  const changedFiles = [...new Set([...baseFiles.keys(), ...headFiles.keys()])].filter((path) => !unchanged(path)).sort();

  const out = [`## The privacy notice in this pull request`, ''];
  out.push(`Compared with \`${base}\` at ${mergeBase.slice(0, 7)}; statuses as of ${formatDate(today)}.`, '');
  if (changedFiles.length === 0) {
    out.push('This pull request changes nothing under `content/`.');
    return `${out.join('\n')}\n`;
  }

  const baseDir = mkdtempSync(join(tmpdir(), 'pr-summary-base-'));
  try {
    for (const [path, bytes] of baseFiles) {
      mkdirSync(dirname(join(baseDir, path)), { recursive: true });
      writeFileSync(join(baseDir, path), bytes);
    }
    const before = readContent({ contentDir: join(baseDir, 'content'), production: false, today }).content;
    const after = readContent({ contentDir: join(cwd, 'content'), production: false, today }).content;
    out.push(...versionsPart(before?.versions ?? [], after?.versions, { base, today, updateDays: after?.site.recentUpdateDays ?? 30 }));
    out.push(...siteDataPart(baseFiles.get('content/site.yaml'), headFiles.get('content/site.yaml')));
    const others = changedFiles.filter(
      (f) => f !== 'content/site.yaml' && f !== 'content/privacy/published.lock' && !/^content\/privacy\/[^/]+\.md$/.test(f),
    );
    if (others.length > 0)
      out.push('### Other files', '', ...others.map((f) => `- \`${f}\` ${headFiles.has(f) ? 'changed' : 'removed'}`), '');
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
  out.push(...contentCheckPart(cwd, base, today));
  return `${out.join('\n')}\n`;
}

type Change = 'new' | 'changed' | 'published' | 'removed';

/** One part per version added, edited, published (locked) or removed, oldest first. */
function versionsPart(
  before: NoticeVersion[],
  after: NoticeVersion[] | undefined,
  { base, today, updateDays }: { base: string; today: string; updateDays: number },
): string[] {
  if (!after) return ['The notice cannot be read as it stands: see the content check below.', ''];
  const oldByDate = new Map(before.map((v) => [v.date, v]));
  const newByDate = new Map(after.map((v) => [v.date, v]));
  const changes = new Map<string, Change>();
  for (const v of after) {
    const old = oldByDate.get(v.date);
    if (!old) changes.set(v.date, 'new');
    else if (old.sha256 !== v.sha256) changes.set(v.date, 'changed');
    else if (old.status === 'draft' && v.status !== 'draft') changes.set(v.date, 'published');
  }
  for (const v of before) if (!newByDate.has(v.date)) changes.set(v.date, 'removed');

  // Statuses after merging, as the production build works them out: drafts take no part.
  const dated = after.map((v) => ({ date: v.date, published: v.status !== 'draft' }));
  const statuses = new Map([...timeline(dated, today)].map(([d, t]) => [d.date, t.status]));
  const published = after.filter((v) => v.status !== 'draft').sort((a, b) => a.date.localeCompare(b.date));
  const shownOn = (date: string) => published.filter((v) => v.date <= date).at(-1);

  const out: string[] = [];
  if (changes.size === 0) out.push('No version of the notice changes.', '');
  for (const date of [...changes.keys()].sort()) {
    const change = changes.get(date)!;
    if (change === 'removed') {
      const old = oldByDate.get(date)!;
      out.push(`### Version of ${formatDate(date)}: removed`, '');
      out.push(
        old.status === 'draft'
          ? `The draft \`content/privacy/${date}.md\` is deleted.`
          : `\`content/privacy/${date}.md\` was published, and **a published version is never removed**: restore it.`,
        '',
      );
      continue;
    }
    const v = newByDate.get(date)!;
    const status = statuses.get(date)!;
    const old = oldByDate.get(date);
    const label = { new: 'new', changed: old?.status === 'draft' ? 'draft edited' : 'edited', published: 'published' }[change];
    out.push(`### Version of ${formatDate(date)}: ${label}`, '', '| | |', '|---|---|');
    const row = (name: string, value: string) => out.push(`| ${name} | ${value.replace(/\|/g, '\\|')} |`);
    row('File', `\`content/privacy/${date}.md\``);
    row('Status after merging', statusText(v, status, old));
    // Side by side: the day it takes effect and the day this site publishes it. A new version dated before
    // its own publication would make the archive say the previous one ended early: in bold.
    const addedHere = !old || old.status === 'draft';
    const effect = `${formatDate(date)} (${relativeDay(date, today)})`;
    row('Takes effect', addedHere && date < today && !v.backfillSource ? `**${effect}: before it is published here**` : effect);
    if (addedHere)
      row(
        'Published on this site',
        v.backfillSource
          ? `on merging (${formatDate(today)} or later), added to the archive from the records: ${v.backfillSource}`
          : `on merging (${formatDate(today)} or later)`,
      );
    const shown = (on: string) => {
      const s = shownOn(on);
      if (!s) return 'nothing: no published version is in effect';
      if (s.date !== v.date) return `the version of ${formatDate(s.date)}`;
      if (!s.previous || updateDays === 0) return 'this version';
      const last = updateNoticeUntil(s.date, updateDays);
      if (on > last) return `this version (its ${updateDays} days of “We updated this notice” ended on ${formatDate(last)})`;
      return `this version, opening with “We updated this notice” until ${formatDate(last)}`;
    };
    if (date > today) {
      row(`\`/privacy/\` until ${formatDate(addDays(date, -1))}`, shown(today));
      row(`\`/privacy/\` from ${formatDate(date)}`, status === 'draft' ? `${shown(date)} (this version is a draft)` : shown(date));
    } else {
      row('`/privacy/` after merging', status === 'draft' ? `${shown(today)} (this version is a draft)` : shown(today));
    }
    row('Summary', escapeMarkdown(v.summary));
    // An edit is shown against the same version's text at the base; anything else as its changes page will show it.
    const previous = change === 'changed' ? old : v.previous ? newByDate.get(v.previous) : undefined;
    const against =
      change === 'changed'
        ? `this version as it stands at \`${base}\``
        : previous
          ? `the version of ${formatDate(previous.date)}, as \`${urls.changes(date)}\` will show`
          : 'nothing: the first version';
    row('Compared with', against);
    out.push('');
    if (previous) out.push(...redline(diffVersions(previous.sections, v.sections), v));
  }
  return out;
}

function statusText(v: NoticeVersion, status: string, old: NoticeVersion | undefined): string {
  const edited = old && old.status !== 'draft' && old.sha256 !== v.sha256;
  const warning = edited
    ? ' **This version was already published, and published versions never change**: undo the edit and make a new version.'
    : '';
  switch (status) {
    case 'draft':
      return `**Draft**: not in \`published.lock\`, so the live site cannot be built with it. Publish it (\`npm run publish-version -- ${v.date}\`) before merging.${warning}`;
    case 'scheduled':
      return `**Scheduled**: published, and on \`/privacy/\` from the daily deploy on ${formatDate(v.date)}.${warning}`;
    case 'current':
      return `**Current**: on \`/privacy/\` from the deploy after merging.${warning}`;
    default:
      return `**Archived**: a later version is in effect, so this one is listed among the versions only.${warning}`;
  }
}

/** "today", "in 3 days", "12 days ago". */
function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  const n = Math.abs(days);
  return days > 0 ? `in ${n} day${n === 1 ? '' : 's'}` : `${n} day${n === 1 ? '' : 's'} ago`;
}

/** The comparison, section by section: changed paragraphs with their words marked, unchanged paragraphs elided. */
function redline({ sections, counts }: VersionDiff, version: NoticeVersion): string[] {
  // Bytes changed but nothing a reader sees or follows did (no word, order or link destination): the Markdown
  // around them (formatting, heading attributes, front matter).
  if (counts.unchanged === sections.length)
    return [`**No words of the notice change**, nor their order or links (only the Markdown around them). ${summarize(counts)}`, ''];
  const out = [`**${summarize(counts)}**`, ''];
  for (const s of sections) {
    const title = escapeMarkdown(s.title || 'Introduction');
    switch (s.kind) {
      case 'unchanged':
        continue;
      case 'moved':
        out.push(
          `#### ${title}: ${movedLabel(s.move!).toLowerCase()}`,
          '',
          'Its words are unchanged; readers now meet it in another place.',
          '',
        );
        break;
      case 'added':
        out.push(`#### ${title}: added`, '', `New anchor \`#${s.id}\`.`, '', quote(s.blocks, false), '');
        break;
      case 'removed':
        {
          const heir = version.sections.find((a) => a.aliases.includes(s.id));
          const anchor = heir
            ? `Links to \`#${s.id}\` land on “${escapeMarkdown(heir.title || 'Introduction')}” (alias).`
            : `No section declares \`#${s.id}\` as an alias, so links to it break.`;
          out.push(`#### ${title}: removed`, '', anchor, '', quote(s.blocks, false), '');
        }
        break;
      case 'renamed': {
        const anchor =
          s.id === s.oldId ? `Anchor \`#${s.id}\` unchanged.` : `Anchor \`#${s.id}\`; links to \`#${s.oldId}\` land here (alias).`;
        out.push(
          `#### ${title}: renamed from “${escapeMarkdown(s.oldTitle || s.oldId)}”${s.textChanged ? ', text changed' : ''}${alsoMoved(s)}`,
          '',
          anchor,
          '',
        );
        if (s.textChanged) out.push(quote(s.blocks, true), '');
        break;
      }
      case 'changed':
        out.push(`#### ${title}: changed${alsoMoved(s)}`, '', quote(s.blocks, true), '');
        break;
    }
  }
  return out;
}

/**
 * An HTML block GitHub renders as is: no blank line inside, so no Markdown is read in the notice's words.
 * Blocks as the changes page shows them (list items in their list, sub-headings in bold), each on its own
 * line; with `elide`, runs of unchanged blocks become "…".
 */
function quote(blocks: BlockChange[], elide: boolean): string {
  const shown: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  const inList = (next: 'ul' | 'ol' | undefined) => {
    if (list !== next && list) shown.push(`</${list}>`);
    if (list !== next && next) shown.push(`<${next}>`);
    list = next;
  };
  for (const block of blocks) {
    if (elide && block.type === 'equal') {
      if (shown.at(-1) === '<p>…</p>') continue;
      inList(undefined);
      shown.push('<p>…</p>');
      continue;
    }
    const html = blockHtml(block);
    inList(block.kind === 'ul' || block.kind === 'ol' ? block.kind : undefined);
    shown.push(
      list
        ? `<li>${html}</li>`
        : block.kind === 'bold' || block.kind.startsWith('h')
          ? `<p><strong>${html}</strong></p>`
          : `<p>${html}</p>`,
    );
  }
  inList(undefined);
  return ['<blockquote>', ...shown, '</blockquote>'].join('\n');
}

/** Which top-level entries of site.yaml changed. */
function siteDataPart(before: Buffer | undefined, after: Buffer | undefined): string[] {
  if (before?.equals(after ?? Buffer.alloc(0)) || (!before && !after)) return [];
  const read = (bytes: Buffer | undefined): Record<string, unknown> | undefined => {
    try {
      const data: unknown = bytes === undefined ? {} : parseYaml(bytes.toString('utf8'));
      return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const [old, now] = [read(before), read(after)];
  const out = ['### Site data: `content/site.yaml`', ''];
  if (!after) return [...out, 'Removed: the site cannot be built without it.', ''];
  if (!old || !now) return [...out, 'Changed, but it cannot be read: see the content check below.', ''];
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]));
  const what = keys.length > 0 ? `Changed: ${keys.map((k) => `\`${k}\``).join(', ')}.` : 'Changed in layout or comments only.';
  return [...out, `${what} Every page shows it from the deploy after merging.`, ''];
}

/** Runs the content check as the production build does, against the base's published record, on the summary's date. */
function contentCheckPart(cwd: string, base: string, today: string): string[] {
  const args = ['--production', '--base', base];
  const io = captureIo({ cwd, env: { ...process.env, CONTENT_DIR: join(cwd, 'content'), GITHUB_ACTIONS: '', BUILD_DATE: today } });
  const status = checkContent(['--format', 'text', ...args], io);
  const command = `npm run check:content -- ${args.join(' ')}`;
  const output = io.out.trim().split('\n').filter(Boolean);
  const problems = output.filter((l) => !l.startsWith('Content check:'));
  const verdict = status === 0 ? '**Passed**' : '**Failed**';
  const count = output.find((l) => l.startsWith('Content check:'))?.replace('Content check: ', '') ?? io.err.trim().split('\n')[0];
  const out = ['### Content check', '', `${verdict}: ${count} (\`${command}\`)`, ''];
  if (problems.length > 0) out.push('```', ...problems, '```', '');
  return out;
}

/** Every file under `dir`, recursively (none when it is missing). */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile());
  } catch {
    return [];
  }
}

/** Text in a Markdown line or table cell, read as text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

export function main(argv: string[], io: CommandIo = processIo()): number {
  return runCommand('pr-summary', io, () => {
    const usage = 'npm run pr-summary -- --base <git-ref>   (the branch the pull request merges into, e.g. origin/main)';
    const { values } = parseCommandArgs({ options: { base: { type: 'string' } } }, argv, usage);
    if (!values.base) throw new UsageError(`--base is missing. Usage: ${usage}`);
    io.stdout.write(prSummary({ base: values.base, cwd: io.cwd, today: buildDate(io.env) }));
  });
}

await runIfMain(import.meta.url, main);
