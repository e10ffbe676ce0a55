/**
 * The content pipeline: the one place that reads `content/`. It reads every file once, parses and
 * validates it (zod schemas, Markdown to HTML with headings in the same pass), works out each version's
 * status from the lock file and the build date, and returns typed data. It judges nothing itself: the
 * rules in lib/rules do, and lib/checker.ts composes the two for the build, the pages and the check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isRealDay } from '../dates';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { LOCK_FILE, parseLock, sha256, type LockEntry } from './lock';
import { parseMarkdown, type NoticeHeading, type NoticeSection, type ParsedMarkdown } from './markdown';
import type { Problem } from './problems';
import { siteSchema, type SiteData } from './site';
import { timeline, type VersionStatus } from './versions';
import { parseYaml } from './yaml';

export { ContentError, formatProblem, UsageError, type Problem } from './problems';
export type { Block, BlockKind, NoticeHeading, NoticeSection } from './markdown';
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
  /** Where the text of a version added to the archive from the records (backfill) comes from. */
  backfillSource: string | undefined;
  /** The day this site first published it (git history; lib/content/record.ts), when known. */
  firstPublished?: string;
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
  /**
   * Aliases that stand for a section removed (not renamed): old links land on the section declaring the
   * alias, and the page says what they were looking for and which version last had it.
   */
  removedSections: RemovedSection[];
}

/** A section an earlier version had, gone from this one, whose id another section now takes in. */
export interface RemovedSection {
  id: string;
  title: string;
  /** The latest earlier version that still had it. */
  lastIn: string;
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
  /** The folder paths in messages are relative to; defaults to the current directory. */
  cwd?: string;
}

/** Where content lives: the option, else $CONTENT_DIR, else ./content. */
export function contentDirectory(options: ContentOptions = {}): string {
  return resolve(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
}

/** Where each kind of content file lives, relative to the content folder. */
export const SITE_FILE = 'site.yaml';
export const NOTICE_FOLDER = 'privacy';
export const LOCK_PATH = `${NOTICE_FOLDER}/${LOCK_FILE}`;
/** A notice version: privacy/YYYY-MM-DD.md, named after a real day. */
const VERSION_PATH = /^privacy\/(\d{4}-\d{2}-\d{2})\.md$/;
/** Files an operating system leaves in folders on its own; never committed, never content. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Every file of a content folder, as read from disk (or made up by a test). */
export interface ContentSnapshot {
  /** Turns a path relative to the content folder into the path shown in messages. */
  display: (path: string) => string;
  /** Path relative to the content folder ('/'-separated) → bytes. */
  files: Map<string, Buffer>;
}

/** Reads every file under the content folder (sub-folders included), so none is skipped unseen. */
export function readContentFolder(dir: string, cwd = process.cwd()): ContentSnapshot {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) return;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (SYSTEM_FILES.has(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(/[\\/]/).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return { files, display: (path) => relative(cwd, join(dir, path)) || path };
}

/** One version file, read and parsed: what the rules and the pages need. */
export interface ReadVersion {
  /** Path shown in messages (relative to the project root). */
  file: string;
  /** File name, e.g. `2024-10-02.md`. */
  name: string;
  /** The date from the file name. */
  date: string;
  source: string;
  sha256: string;
  parsed: ParsedMarkdown;
  frontMatter: FrontMatter | undefined;
  /** Why the front matter is missing or invalid (reported by the front-matter rule). */
  frontMatterProblems: Problem[];
  /** True when the lock file records it. */
  published: boolean;
  status: VersionStatus;
}

/** Everything read from a content folder, judged by no one yet. */
export interface ContentRead {
  today: string;
  production: boolean;
  site: { file: string; text: string | undefined; data: SiteData | undefined; problems: Problem[] };
  lock: { file: string; text: string | undefined; entries: LockEntry[]; problems: Problem[] };
  versions: ReadVersion[];
  /** Files that are not the site data, the lock or a version, as shown in messages with their path in the folder. */
  unexpected: { file: string; path: string }[];
  /** Path of the notice folder, as shown in messages. */
  noticeFolder: string;
  /** What the site can render, if every part needed is there (errors may remain: the checker decides). */
  content: Content | undefined;
}

/** Interprets a content folder's files: parses the site data, the lock and every version. Never throws on content. */
export function interpretContent(snapshot: ContentSnapshot, options: { production: boolean; today: string }): ContentRead {
  const { files, display } = snapshot;
  const text = (path: string) => files.get(path)?.toString('utf8');

  const siteFile = display(SITE_FILE);
  const siteText = text(SITE_FILE);
  const siteParse = siteText === undefined ? { data: undefined, problems: [] } : parseSite(siteText, siteFile);

  const lockFile = display(LOCK_PATH);
  const lockText = text(LOCK_PATH);
  const lockParse = lockText === undefined ? { entries: [], problems: [] } : parseLock(lockText, lockFile);
  const locked = new Set(lockParse.entries.map((e) => e.name));

  const unexpected: ContentRead['unexpected'] = [];
  const read: Omit<ReadVersion, 'status'>[] = [];
  const used = new Set<string>();
  for (const [path, bytes] of files) {
    const date = VERSION_PATH.exec(path)?.[1];
    if (date && isRealDay(date)) read.push({ ...parseVersion(display(path), date, bytes, used), published: locked.has(`${date}.md`) });
    else if (path !== SITE_FILE && path !== LOCK_PATH) unexpected.push({ file: display(path), path });
  }
  for (const key of parsedVersions.keys()) if (!used.has(key)) parsedVersions.delete(key);
  const statuses = timeline(read, options.today, !options.production);
  const versions: ReadVersion[] = read.map((v) => ({ ...v, status: statuses.get(v)!.status }));

  const shownWithoutRemoved: Omit<NoticeVersion, 'removedSections'>[] = read
    .filter((v) => v.frontMatter && (v.published || !options.production))
    .map((v) => ({
      file: v.file,
      date: v.date,
      title: v.frontMatter!.title,
      summary: v.frontMatter!.summary,
      backfillSource: v.frontMatter!.backfill ? v.frontMatter!.source : undefined,
      source: v.source,
      sha256: v.sha256,
      headings: v.parsed.headings,
      quickLinks: v.parsed.headings.flatMap((h) => (h.quickLink === undefined ? [] : [{ id: h.id, label: h.quickLink }])),
      sections: v.parsed.sections,
      ...statuses.get(v)!,
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  // Which aliases stand for removed sections is known only against the other versions.
  const shown: NoticeVersion[] = shownWithoutRemoved.map((v) => ({ ...v, removedSections: removedSections(v, shownWithoutRemoved) }));
  const current = shown.find((v) => v.status === 'current') ?? (options.production ? undefined : shown.find((v) => v.date <= options.today));

  return {
    today: options.today,
    production: options.production,
    site: { file: siteFile, text: siteText, data: siteParse.data, problems: siteParse.problems },
    lock: { file: lockFile, text: lockText, entries: lockParse.entries, problems: lockParse.problems },
    versions,
    unexpected,
    noticeFolder: display(NOTICE_FOLDER),
    content: siteParse.data && current ? { site: siteParse.data, versions: shown, current, today: options.today } : undefined,
  };
}

let lastSite: { key: string; result: ReturnType<typeof parseYaml<SiteData>> } | undefined;

/** Parses and validates site.yaml; the last result is kept, as the file rarely changes between reads (npm run dev re-reads on each request). */
function parseSite(text: string, file: string) {
  const key = `${file}\0${text}`;
  if (lastSite?.key !== key) lastSite = { key, result: parseYaml(text, siteSchema, { file, lineOffset: 0, rule: 'site-data', label: 'the site data' }) };
  return lastSite.result;
}

type ParsedVersion = Omit<ReadVersion, 'status' | 'published'>;

/** Parsed versions of the last read, by path and bytes: npm run dev re-reads on every request, and most files did not change. */
const parsedVersions = new Map<string, ParsedVersion>();

/** Parses one version file once: Markdown, headings, sections and front matter. */
function parseVersion(file: string, date: string, bytes: Buffer, used: Set<string>): ParsedVersion {
  const hash = sha256(bytes);
  const key = `${file}\0${hash}`;
  used.add(key);
  let parse = parsedVersions.get(key);
  if (!parse) {
    // A byte order mark (Windows Notepad writes one) is not text: parsed as if absent, so the front matter
    // is found and nothing shifts. The sha256 stays that of the bytes.
    const source = bytes.toString('utf8').replace(/^\ufeff/, '');
    const parsed = parseMarkdown(source, file);
    const frontMatter = readFrontMatter(parsed, file);
    parse = { file, name: `${date}.md`, date, source, sha256: hash, parsed, frontMatter: frontMatter.data, frontMatterProblems: frontMatter.problems };
    parsedVersions.set(key, parse);
  }
  return parse;
}

/**
 * The aliases of a version that stand for removed sections: the latest earlier version with a section of that
 * id also had the section now declaring it (so it was merged away, not renamed into it).
 */
function removedSections(version: Pick<NoticeVersion, 'date' | 'sections'>, all: Pick<NoticeVersion, 'date' | 'sections'>[]): RemovedSection[] {
  const earlier = all.filter((v) => v.date < version.date).sort((a, b) => b.date.localeCompare(a.date));
  return version.sections.flatMap((section) =>
    section.aliases.flatMap((id) => {
      const last = earlier.find((v) => v.sections.some((s) => s.id === id));
      const gone = last?.sections.find((s) => s.id === id);
      if (!last || !gone || !last.sections.some((s) => s.id === section.id)) return [];
      return [{ id, title: gone.title, lastIn: last.date }];
    }),
  );
}

/** The version with this date, or undefined. */
export function findVersion(content: Content, date: string): NoticeVersion | undefined {
  return content.versions.find((v) => v.date === date);
}
