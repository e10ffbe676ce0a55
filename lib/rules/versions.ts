import type { ContentRule } from './rule';

/** The site needs a version to show: at least one, and one in force on the build date. */
export const versionsPresent: ContentRule = {
  name: 'versions',
  description: 'There is no notice version, or none is published and in effect on the build date.',
  fix: 'Add a version dated today or earlier, and publish it.',
  severity: 'error',
  checkContent({ versions, production, lock, today, noticeFolder, unexpected }) {
    if (versions.length === 0) {
      if (unexpected.some((u) => /\d{4}\D\d{1,2}\D\d{1,2}[^/]*$/.test(u.path))) return []; // misnamed versions: content-files says how to name them
      return [{ file: noticeFolder, line: 1, column: 1, message: 'there is no notice version: add content/privacy/YYYY-MM-DD.md.' }];
    }
    const readable = versions.some((v) => v.frontMatter);
    const inForce = versions.some((v) => v.frontMatter && (v.published || !production) && v.date <= today);
    if (readable && !inForce && lock.text !== undefined) {
      return [
        {
          file: lock.file,
          line: 1,
          column: 1,
          message: `no published version is in effect on ${today}: publish one dated on or before that day.`,
        },
      ];
    }
    return [];
  },
};
