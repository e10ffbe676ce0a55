import type { NoticeRule } from './rule';

/** The front matter is validated by its schema in the pipeline (lib/content/front-matter.ts); this rule reports what it found. */
export const frontMatter: NoticeRule = {
  name: 'front-matter',
  description: 'The block at the top is missing, cannot be read, has an unknown key, or a field is empty or of the wrong kind.',
  fix: 'Keep exactly `title:`, `date:` (YYYY-MM-DD, a real day) and `summary:` between two `---` lines; put quotes around a summary that contains a colon.',
  severity: 'error',
  check: ({ frontMatterProblems = [] }) => frontMatterProblems.map(({ line, column, message }) => ({ line, column, message })),
};
