import { readFrontMatter } from '../content/front-matter';
import { parseMarkdown } from '../content/markdown';
import type { Finding, NoticeDocument, NoticeRule } from './rule';

/** Front matter that passes, for rule tests about the body. */
export const VALID_FRONT_MATTER = '---\ntitle: Privacy Policy\ndate: 2025-01-01\nsummary: A test version.\n---\n';

/** Parses inline Markdown as the pipeline would, for a rule test. */
export function documentOf(markdown: string, file = 'content/privacy/2025-01-01.md'): NoticeDocument {
  const parsed = parseMarkdown(markdown, file);
  return { file, source: markdown, parsed, frontMatter: readFrontMatter(parsed, file).data };
}

/** Runs one rule over Markdown and returns `line:column message` strings, easy to assert exactly. */
export function check(rule: NoticeRule, markdown: string, file?: string): string[] {
  return rule.check(documentOf(markdown, file)).map((f: Finding) => `${f.line}:${f.column} ${f.severity ?? rule.severity} ${f.message}`);
}
