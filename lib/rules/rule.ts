import type { ContentRead, ReadVersion } from '../content';
import type { FrontMatter } from '../content/front-matter';
import type { ParsedMarkdown } from '../content/markdown';
import type { Problem } from '../content/problems';
import type { BaseRecord } from '../content/record';

/** One notice file as the rules see it: parsed once by the content pipeline. */
export interface NoticeDocument {
  /** Path relative to the project root. */
  file: string;
  source: string;
  parsed: ParsedMarkdown;
  /** Undefined when the front matter is missing or invalid (the front-matter rule reports why). */
  frontMatter: FrontMatter | undefined;
  /** Why the front matter is missing or invalid, as the schema found it. */
  frontMatterProblems?: Problem[];
}

/** What a rule found, before the runner adds the file and rule name. */
export interface Finding {
  line: number;
  column: number;
  message: string;
  /** Defaults to the rule's severity. */
  severity?: 'error' | 'warning';
}

/** A finding in a named file, from a rule over the whole content folder. */
export type ContentFinding = Finding & { file: string };

/** The published record as it is on the base branch (`check:content --base <ref>`), read from git by the pipeline. */
export type { BaseRecord };

/** Everything the rules over the whole folder compare: what the pipeline read, and the base when given. */
export interface ContentContext extends ContentRead {
  base: BaseRecord | undefined;
}

/**
 * A content rule: one mistake staff can make, how to find it and what to say. `check` runs on each
 * notice version; `checkContent` once over the whole content folder. A rule has one or both.
 */
export interface Rule {
  name: string;
  /** One sentence on what the rule refuses; CONTRIBUTING.md's rule table shows it word for word. */
  description: string;
  /** What staff do about it, in the table's words (Markdown); each message still says it for its case. */
  fix: string;
  severity: 'error' | 'warning';
  check?(doc: NoticeDocument): Finding[];
  checkContent?(context: ContentContext): ContentFinding[];
}

/** A rule over each notice version. */
export type NoticeRule = Rule & { check(doc: NoticeDocument): Finding[] };
/** A rule over the whole content folder. */
export type ContentRule = Rule & { checkContent(context: ContentContext): ContentFinding[] };

/** A version as the cross-version rules see it. */
export type VersionFile = ReadVersion;

/** Start of a node's source position, for findings. */
export function startOf(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * Where a front matter key's value starts (`date: ` → its line, column 7), for messages that point at it;
 * the block's first line, column 1, when no line starts with the key.
 */
export function frontMatterKeyPosition(
  parsed: { frontMatter?: { line: number; yaml: string } },
  key: string,
): { line: number; column: number } {
  const fm = parsed.frontMatter;
  const index = fm?.yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`)) ?? -1;
  return { line: (fm?.line ?? 1) + index + 1, column: index < 0 ? 1 : key.length + 3 };
}

/** A finding in a problem's file, at its place: for rules that report what the pipeline's parsers found. */
export function fromProblem(p: Problem): ContentFinding {
  return { file: p.file, line: p.line, column: p.column, message: p.message, severity: p.severity };
}
