/**
 * The content pipeline: the one place that reads `content/`. It reads each file once, validates it
 * (zod schemas and the rules in lib/rules), renders Markdown to HTML with headings in the same pass,
 * and returns typed objects for pages, feeds and the content check.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { noticeRules } from '../rules';
import { readFrontMatter } from './front-matter';
import { parseMarkdown, type NoticeHeading, type NoticeSection } from './markdown';
import { sortProblems, ContentError, type Problem } from './problems';
import { siteSchema, type SiteData } from './site';
import { parseYaml } from './yaml';

export { ContentError, formatProblem, type Problem } from './problems';
export type { NoticeHeading, NoticeSection } from './markdown';
export type { SiteData, SiteLink, NavigationItem, LinkGroup } from './site';
export { isMenu } from './site';

/** One published (or draft) version of the notice, ready to render. */
export interface NoticeVersion {
  /** Path relative to the project root. */
  file: string;
  /** The date the version takes effect (YYYY-MM-DD), also its file name. */
  date: string;
  title: string;
  summary: string;
  /** The Markdown exactly as stored. */
  source: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  headings: NoticeHeading[];
  /** Quick Links, in order: every listed section's id and label. */
  quickLinks: { id: string; label: string }[];
  sections: NoticeSection[];
}

/** Everything the site renders. */
export interface Content {
  site: SiteData;
  /** Newest first. */
  versions: NoticeVersion[];
  /** The version in force. */
  current: NoticeVersion;
}

export interface ContentOptions {
  /** Folder holding site.yaml and privacy/; defaults to $CONTENT_DIR or ./content. */
  contentDir?: string;
}

/** Where content lives: the option, else $CONTENT_DIR, else ./content. */
export function contentDirectory(options: ContentOptions = {}): string {
  return resolve(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
}

/** Reads and checks all content; returns what could be built and every problem found (errors and warnings). */
export function readContent(options: ContentOptions = {}): { content: Content | undefined; problems: Problem[] } {
  const dir = contentDirectory(options);
  const problems: Problem[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  const sitePath = join(dir, 'site.yaml');
  const siteText = readText(sitePath, problems, display(sitePath), 'site-data');
  const site = siteText === undefined ? undefined : collect(parseYaml(siteText, siteSchema, { file: display(sitePath), lineOffset: 0, rule: 'site-data', label: 'the site data' }), problems);

  const noticeDir = join(dir, 'privacy');
  const versions: NoticeVersion[] = [];
  for (const name of listMarkdown(noticeDir, problems, display(noticeDir))) {
    const version = readVersion(join(noticeDir, name), display(join(noticeDir, name)), problems);
    if (version) versions.push(version);
  }
  versions.sort((a, b) => b.date.localeCompare(a.date));

  const current = versions[0];
  if (versions.length === 0 && !problems.some((p) => p.file.startsWith(display(noticeDir)))) {
    problems.push(wholeFile(display(noticeDir), 'versions', 'there is no notice version: add content/privacy/YYYY-MM-DD.md.'));
  }
  const content = site && current ? { site, versions, current } : undefined;
  return { content, problems: sortProblems(problems) };
}

/** Reads one version and runs every rule over it. */
function readVersion(path: string, file: string, problems: Problem[]): NoticeVersion | undefined {
  const bytes = readFileSync(path);
  const source = bytes.toString('utf8');
  const parsed = parseMarkdown(source, file);
  for (const m of parsed.messages) {
    problems.push({ file, line: m.line ?? 1, column: m.column ?? 1, severity: m.fatal ? 'error' : 'warning', rule: m.ruleId ?? 'markdown', message: m.reason });
  }

  const frontMatter = collect(readFrontMatter(parsed, file), problems);

  const doc = { file, source, parsed, frontMatter };
  for (const rule of noticeRules) {
    for (const finding of rule.check(doc)) {
      problems.push({ file, rule: rule.name, severity: finding.severity ?? rule.severity, line: finding.line, column: finding.column, message: finding.message });
    }
  }
  if (!frontMatter) return undefined;
  return {
    file,
    date: frontMatter.date,
    title: frontMatter.title,
    summary: frontMatter.summary,
    source,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    headings: parsed.headings,
    quickLinks: parsed.headings.flatMap((h) => (h.quickLink === undefined ? [] : [{ id: h.id, label: h.quickLink }])),
    sections: parsed.sections,
  };
}

let cached: Content | undefined;

/**
 * The content for rendering. Throws a ContentError listing every error if any file is broken, so
 * nothing half-valid is ever published. Cached for production builds; re-read on each call in
 * development so a saved edit shows on reload.
 */
export function loadContent(options: ContentOptions = {}): Content {
  if (cached && process.env.NODE_ENV === 'production' && !options.contentDir) return cached;
  const { content, problems } = readContent(options);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !content) throw new ContentError(errors);
  if (!options.contentDir) cached = content;
  return content;
}

function collect<T>(result: { data: T | undefined; problems: Problem[] }, problems: Problem[]): T | undefined {
  problems.push(...result.problems);
  return result.data;
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
