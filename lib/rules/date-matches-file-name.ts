import type { NoticeRule } from './rule';

/** The file name is the version's date: the two must agree, or links and the lock would disagree. */
export const dateMatchesFileName: NoticeRule = {
  name: 'date-matches-file-name',
  description: 'The date: in the front matter differs from the file name (YYYY-MM-DD.md).',
  fix: 'Make them the same: the date the version takes effect.',
  severity: 'error',
  check({ file, frontMatter, parsed }) {
    const name = file.split(/[\\/]/).at(-1)!;
    if (!frontMatter || `${frontMatter.date}.md` === name) return [];
    const line = (parsed.frontMatter?.line ?? 1) + (parsed.frontMatter?.yaml.split('\n').findIndex((l) => l.startsWith('date:')) ?? 0) + 1;
    return [
      {
        line,
        column: 7,
        message: `the date ${frontMatter.date} does not match the file name ${name}: make them the same (the file name is the date the version takes effect).`,
      },
    ];
  },
};
