import { findInvisibleCharacters } from './invisible-characters';
import { fromProblem, type ContentRule } from './rule';

/** content/site.yaml is validated by its schema in the pipeline (lib/content/site.ts); this rule reports what it found. */
export const siteData: ContentRule = {
  name: 'site-data',
  description: 'content/site.yaml is missing, cannot be read, or an entry is missing, unknown or of the wrong kind.',
  fix: "Follow the message: addresses start with `https://` (or `/` for this site's pages), each link in a list has its own text; put text with `: ` in quotes.",
  severity: 'error',
  checkContent({ site }) {
    if (site.text === undefined) {
      return [
        {
          file: site.file,
          line: 1,
          column: 1,
          message: `the site data is missing: restore it (git checkout origin/main -- ${site.file}).`,
        },
      ];
    }
    return [...site.problems.map(fromProblem), ...findInvisibleCharacters(site.text).map((f) => ({ ...f, file: site.file }))];
  },
};
