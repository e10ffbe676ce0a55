import { frontMatterKeyPosition, type NoticeRule } from './rule';

/** The file name is the version's date: the two must agree, or links and the lock would disagree. */
export const dateMatchesFileName: NoticeRule = {
  name: 'date-matches-file-name',
  description: 'The date: in the front matter differs from the file name (YYYY-MM-DD.md).',
  fix: 'Make them the same: the date the version takes effect.',
  severity: 'error',
  check({ file, frontMatter, parsed }) {
    const name = file.split(/[\\/]/).at(-1)!;
    if (!frontMatter || `${frontMatter.date}.md` === name) return [];
    const { line } = frontMatterKeyPosition(parsed, 'date');
    return [
      {
        line,
        column: 7,
        message: `the date ${frontMatter.date} does not match the file name ${name}: make them the same (the file name is the date the version takes effect).`,
      },
    ];
  },
};
