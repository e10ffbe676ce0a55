import { basename } from 'node:path';
import type { NoticeRule } from './rule';

/** The file name is the version's date: the two must agree, or links and the lock would disagree. */
export const dateMatchesFileName: NoticeRule = {
  name: 'date-matches-file-name',
  description: 'A version file is named after its date: YYYY-MM-DD.md with the same date as its front matter.',
  severity: 'error',
  check({ file, frontMatter, parsed }) {
    const name = basename(file);
    const line = (parsed.frontMatter?.line ?? 1) + (parsed.frontMatter?.yaml.split('\n').findIndex((l) => l.startsWith('date:')) ?? 0) + 1;
    if (!/^\d{4}-\d{2}-\d{2}\.md$/.test(name)) {
      return [
        {
          line: 1,
          column: 1,
          message: `the file name "${name}" must be the version's date, YYYY-MM-DD.md (e.g. 2025-06-01.md): rename the file.`,
        },
      ];
    }
    if (frontMatter && `${frontMatter.date}.md` !== name) {
      return [
        {
          line,
          column: 7,
          message: `the date ${frontMatter.date} does not match the file name ${name}: make them the same (the file name is the date the version takes effect).`,
        },
      ];
    }
    return [];
  },
};
