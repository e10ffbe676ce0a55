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
