import type { ContentRule } from './rule';

/** A version not in the lock file is a draft: fine to preview, never published by accident. */
export const draftVersion: ContentRule = {
  name: 'draft-version',
  description: 'A version that is not in the lock file is a draft: an error when building the live site, a reminder elsewhere.',
  fix: 'Publish it with `npm run publish-version -- YYYY-MM-DD`, or the lock line the message gives.',
  severity: 'error',
  checkContent({ versions, production, lock }) {
    if (lock.text === undefined) return []; // every version would look like a draft: version-lock reports the missing lock instead
    return versions
      .filter((v) => !v.published)
      .map((v) => ({
        file: v.file,
        line: 1,
        column: 1,
        severity: production ? ('error' as const) : ('warning' as const),
        message: `${v.name} is a draft (not in published.lock)${production ? ' and cannot be built for production' : ''}: when it is ready, run "npm run publish-version -- ${v.date}" and commit the lock file with it (in the GitHub web editor: add the line "${v.sha256}  ${v.name}" to content/privacy/published.lock).`,
      }));
  },
};
