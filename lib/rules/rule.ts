import type { FrontMatter } from '../content/front-matter';
import type { ParsedMarkdown } from '../content/markdown';

/** One notice file as the rules see it: parsed once by the content pipeline. */
export interface NoticeDocument {
  /** Path relative to the project root. */
  file: string;
  source: string;
  parsed: ParsedMarkdown;
  /** Undefined when the front matter is missing or invalid (the front-matter rule reports why). */
  frontMatter: FrontMatter | undefined;
}

/** What a rule found, before the runner adds the file and rule name. */
export interface Finding {
  line: number;
  column: number;
  message: string;
  /** Defaults to the rule's severity. */
  severity?: 'error' | 'warning';
}

/** A content rule: one mistake staff can make, how to find it and what to say. */
export interface NoticeRule {
  name: string;
  description: string;
  severity: 'error' | 'warning';
  check(doc: NoticeDocument): Finding[];
}

/** Start of a node's source position, for findings. */
export function startOf(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** A version file as the cross-version rules see it. */
export interface VersionFile {
  /** Path relative to the project root. */
  file: string;
  /** File name, e.g. `2024-10-02.md`. */
  name: string;
  /** The date from the file name. */
  date: string;
  sha256: string;
  /** Parsed headings; empty when the file could not be parsed. */
  headings: NoticeDocument['parsed']['headings'];
  /** True when the lock file records it. */
  published: boolean;
  /** Status on the build date (see lib/content/versions.ts). */
  status: 'current' | 'archived' | 'scheduled' | 'draft';
}

/** Everything the cross-version rules compare. */
export interface VersionsContext {
  versions: VersionFile[];
  /** Path of the lock file, relative to the project root. */
  lockFile: string;
  lock: { name: string; sha256: string; line: number }[];
  /** True for the production build: drafts are errors there. */
  production: boolean;
}

/** A rule over all versions together (immutability, drafts, deep links). */
export interface VersionsRule {
  name: string;
  description: string;
  severity: 'error' | 'warning';
  check(context: VersionsContext): (Finding & { file: string })[];
}
