/**
 * The content check: the pipeline (lib/content) reads, the rules (lib/rules) judge. The build, the pages,
 * `npm run check:content` and the publishing commands all go through here, so they agree on every problem.
 */
import {
  contentDirectory,
  interpretContent,
  readContentFolder,
  type Content,
  type ContentOptions,
  type ContentSnapshot,
  type NoticeVersion,
} from './content';
import { ContentError, sortProblems, type Problem } from './content/problems';
import { publicationDates, readBaseRecord } from './content/record';
import { today } from './dates';
import { contentRules, noticeRules, type BaseRecord, type Finding } from './rules';

export { ContentError, formatProblem, type Problem } from './content/problems';

export interface CheckOptions extends ContentOptions {
  /** A git ref (the pull request's base): the published record there may only grow. */
  base?: string;
}

/** Runs every registered rule over a content folder's files; returns what could be built and every problem. */
export function checkSnapshot(
  snapshot: ContentSnapshot,
  options: { production: boolean; today: string; base?: BaseRecord },
): { content: Content | undefined; problems: Problem[] } {
  const read = interpretContent(snapshot, options);
  const problems: Problem[] = [];
  const report = (rule: { name: string; severity: Problem['severity'] }, file: string, f: Finding) =>
    problems.push({ file, line: f.line, column: f.column, severity: f.severity ?? rule.severity, rule: rule.name, message: f.message });
  for (const version of read.versions) {
    for (const rule of noticeRules) for (const f of rule.check(version)) report(rule, version.file, f);
  }
  const context = { ...read, base: options.base };
  for (const rule of contentRules) for (const f of rule.checkContent(context)) report(rule, f.file, f);
  return { content: read.content, problems: sortProblems(problems) };
}

/** Reads and checks all content; returns what could be built and every problem found (errors and warnings). */
export function readContent(options: CheckOptions = {}): { content: Content | undefined; problems: Problem[] } {
  const dir = contentDirectory(options);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const buildDate = options.today ?? today();
  const base = options.base === undefined ? undefined : readBaseRecord(dir, options.base);
  return checkSnapshot(readContentFolder(dir, options.cwd), { production, today: buildDate, base });
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
  const { content: read, problems } = readContent(options);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !read) throw new ContentError(errors);
  const published = publicationDates(contentDirectory(options));
  const versions = read.versions.map((v): NoticeVersion => ({ ...v, firstPublished: published.get(`${v.date}.md`) }));
  const content = { ...read, versions, current: versions.find((v) => v.date === read.current.date)! };
  if (production) cache.set(key, content);
  return content;
}
