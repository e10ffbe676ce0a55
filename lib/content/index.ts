/**
 * The content pipeline: the one place that reads `content/`. It reads each file once, validates it
 * (zod schemas and the rules in lib/rules), renders Markdown to HTML with headings in the same pass,
 * works out each version's status from the lock file and the build date, and returns typed objects for
 * pages, feeds and the content check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { today } from '../dates';
import { noticeRules, versionsRules, type VersionFile } from '../rules';
import { findInvisibleCharacters } from '../rules/invisible-characters';
import { readFrontMatter } from './front-matter';
import { LOCK_FILE, parseLock, sha256, type LockEntry } from './lock';
import { parseMarkdown, type NoticeHeading, type NoticeSection } from './markdown';
import { ContentError, sortProblems, type Problem } from './problems';
import { siteSchema, type SiteData } from './site';
import { timeline, type VersionStatus } from './versions';
import { parseYaml } from './yaml';

export { ContentError, formatProblem, type Problem } from './problems';
export type { NoticeHeading, NoticeSection } from './markdown';
export type { SiteData, SiteLink, NavigationItem, LinkGroup } from './site';
export type { VersionStatus } from './versions';
export { isMenu } from './site';

/** One version of the notice, ready to render. */
export interface NoticeVersion {
  /** Path relative to the project root. */
  file: string;
  /** The date the version takes effect (YYYY-MM-DD), also its file name. */
  date: string;
  title: string;
  summary: string;
  /** The Markdown exactly as stored. */
  source: string;
  /** sha256 of the file's bytes, hex (as `sha256sum` prints it). */
  sha256: string;
  status: VersionStatus;
  effectiveFrom: string;
  /** Last day in effect; undefined while no later version replaces it. */
  effectiveTo: string | undefined;
  /** Date of the version before it, if any. */
  previous: string | undefined;
  /** Date of the version after it, if any. */
  next: string | undefined;
  headings: NoticeHeading[];
  /** Quick Links, in order: every listed section's id and label. */
  quickLinks: { id: string; label: string }[];
  sections: NoticeSection[];
}

/** Everything the site renders. */
export interface Content {
  site: SiteData;
  /** Every version the site shows, newest first (drafts only when previewing). */
  versions: NoticeVersion[];
  /** The version in force on the build date. */
  current: NoticeVersion;
  /** The build date the statuses were worked out for. */
  today: string;
}

export interface ContentOptions {
  /** Folder holding site.yaml and privacy/; defaults to $CONTENT_DIR or ./content. */
  contentDir?: string;
  /**
   * Production: drafts are errors and are not rendered. Otherwise (npm run dev, the content check)
   * drafts are previewed. Defaults to NODE_ENV === 'production'.
   */
  production?: boolean;
  /** The build date (YYYY-MM-DD); defaults to $BUILD_DATE or today. */
  today?: string;
}

/** Where content lives: the option, else $CONTENT_DIR, else ./content. */
export function contentDirectory(options: ContentOptions = {}): string {
  return resolve(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
}

/** Reads and checks all content; returns what could be built and every problem found (errors and warnings). */
export function readContent(options: ContentOptions = {}): { content: Content | undefined; problems: Problem[] } {
  const dir = contentDirectory(options);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const buildDate = options.today ?? today();
  const problems: Problem[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  const sitePath = join(dir, 'site.yaml');
  const siteText = readText(sitePath, problems, display(sitePath), 'site-data');
  if (siteText !== undefined) {
    for (const f of findInvisibleCharacters(siteText)) problems.push({ file: display(sitePath), severity: 'error', rule: 'invisible-characters', ...f });
  }
  const site =
    siteText === undefined
      ? undefined
      : collect(parseYaml(siteText, siteSchema, { file: display(sitePath), lineOffset: 0, rule: 'site-data', label: 'the site data' }), problems);

  const noticeDir = join(dir, 'privacy');
  const lockPath = join(noticeDir, LOCK_FILE);
  const lock: LockEntry[] = existsSync(lockPath) ? collect(parseLock(readFileSync(lockPath, 'utf8'), display(lockPath)), problems).entries : [];
  const locked = new Set(lock.map((e) => e.name));

  const files = listMarkdown(noticeDir, problems, display(noticeDir)).map((name) => readVersionFile(join(noticeDir, name), display(join(noticeDir, name)), locked.has(name), problems));
  const statuses = timeline(files, buildDate, !production);
  const versionFiles: VersionFile[] = files.map((f) => ({ ...f.checked, status: statuses.get(f)!.status }));
  const context = { versions: versionFiles, lock, lockFile: display(lockPath), production };
  for (const rule of versionsRules) {
    for (const { file, line, column, message, severity } of rule.check(context)) {
      problems.push({ file, line, column, message, rule: rule.name, severity: severity ?? rule.severity });
    }
  }

  const versions: NoticeVersion[] = files
    .filter((f) => f.version && (f.checked.published || !production))
    .map((f) => ({ ...f.version!, ...statuses.get(f)! }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const current = versions.find((v) => v.status === 'current') ?? (production ? undefined : versions.find((v) => v.date <= buildDate));
  if (files.length === 0 && !problems.some((p) => p.file.startsWith(display(noticeDir)))) {
    problems.push(wholeFile(display(noticeDir), 'versions', 'there is no notice version: add content/privacy/YYYY-MM-DD.md.'));
  } else if (files.length > 0 && !current && !problems.some((p) => p.severity === 'error')) {
    problems.push(wholeFile(display(lockPath), 'versions', `no published version is in effect on ${buildDate}: publish one dated on or before that day.`));
  }
  const content = site && current ? { site, versions, current, today: buildDate } : undefined;
  return { content, problems: sortProblems(problems) };
}

/** Reads one version file, runs the per-file rules, and renders it when its front matter is valid. */
function readVersionFile(path: string, file: string, published: boolean, problems: Problem[]) {
  const bytes = readFileSync(path);
  const source = bytes.toString('utf8');
  const parsed = parseMarkdown(source, file);
  for (const m of parsed.messages) {
    problems.push({ file, line: m.line ?? 1, column: m.column ?? 1, severity: m.fatal ? 'error' : 'warning', rule: m.ruleId ?? 'markdown', message: m.reason });
  }
  const frontMatter = collect(readFrontMatter(parsed, file), problems);
  for (const rule of noticeRules) {
    for (const finding of rule.check({ file, source, parsed, frontMatter })) {
      problems.push({ file, rule: rule.name, severity: finding.severity ?? rule.severity, line: finding.line, column: finding.column, message: finding.message });
    }
  }
  const name = basename(path);
  const hash = sha256(bytes);
  const date = name.slice(0, -'.md'.length);
  return {
    date,
    published,
    checked: { file, name, date, sha256: hash, headings: parsed.headings, published },
    version: frontMatter && {
      file,
      date,
      title: frontMatter.title,
      summary: frontMatter.summary,
      source,
      sha256: hash,
      headings: parsed.headings,
      quickLinks: parsed.headings.flatMap((h) => (h.quickLink === undefined ? [] : [{ id: h.id, label: h.quickLink }])),
      sections: parsed.sections,
    },
  };
}

const cache = new Map<string, Content>();

/**
 * The content for rendering. Throws a ContentError listing every error if any file is broken, so
 * nothing half-valid is ever published. Cached for production builds; re-read on each call in
 * development so a saved edit shows on reload.
 */
export function loadContent(options: ContentOptions = {}): Content {
  const key = JSON.stringify([contentDirectory(options), options.production, options.today ?? today()]);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  if (production && cache.has(key)) return cache.get(key)!;
  const { content, problems } = readContent(options);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !content) throw new ContentError(errors);
  if (production) cache.set(key, content);
  return content;
}

/** The version with this date, or undefined. */
export function findVersion(content: Content, date: string): NoticeVersion | undefined {
  return content.versions.find((v) => v.date === date);
}

function collect<T>(result: { data: T | undefined; problems: Problem[] }, problems: Problem[]): T | undefined;
function collect<T extends { problems: Problem[] }>(result: T, problems: Problem[]): T;
function collect(result: { data?: unknown; problems: Problem[] }, problems: Problem[]) {
  problems.push(...result.problems);
  return 'data' in result ? result.data : result;
}

function readText(path: string, problems: Problem[], file: string, rule: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    problems.push(wholeFile(file, rule, 'this file is missing: restore it from the repository history.'));
    return undefined;
  }
}

function listMarkdown(dir: string, problems: Problem[], display: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  } catch {
    problems.push(wholeFile(display, 'versions', 'the folder of notice versions is missing.'));
    return [];
  }
}

function wholeFile(file: string, rule: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', rule, message };
}
