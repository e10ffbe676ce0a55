import { isRealDay } from '../dates';
import type { ContentRule } from './rule';

/** A name that looks like a date (2025-6-1, 2025_06_01, 2025.06.01), with any extension. */
const DATE_LIKE = /^(\d{4})[-_. ](\d{1,2})[-_. ](\d{1,2})(?:\.([^.]*))?$/;

/** What a misplaced or misnamed file under content/ should be called, said as the fix. */
export function expectedName(path: string): string {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  const folder = parts.slice(0, -1).join('/');
  const date = DATE_LIKE.exec(name);
  if (date) {
    const [, y, m, d, ext = ''] = date;
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!isRealDay(iso))
      return `"${name}" is not a real day (${iso}): a notice version is named after the date it takes effect, content/privacy/YYYY-MM-DD.md; check the month and the day.`;
    const fixes = [folder !== 'privacy' && 'move it to content/privacy/', `${iso}.md` !== name && `rename it to ${iso}.md`].filter(Boolean);
    const note = ext && !/^(md|markdown|mdown|txt)$/i.test(ext) ? ` (a notice version is a Markdown file, not .${ext})` : '';
    return `this looks like a notice version, but the site only reads content/privacy/YYYY-MM-DD.md, so it would be skipped: ${fixes.join(' and ')}${note}.`;
  }
  if (/^site\.(ya?ml|json)$/i.test(name))
    return 'the site data must be content/site.yaml, exactly that name and place: rename or move this file.';
  if (/^published[-_.]?lock/i.test(name) || /\.lock$/i.test(name))
    return 'the lock file must be content/privacy/published.lock: rename or move it there.';
  if (/\.(md|markdown|mdown)$/i.test(name)) {
    return 'this Markdown file is not read by the site: a notice version must be content/privacy/YYYY-MM-DD.md, named after the date it takes effect. Rename or move it, or remove it.';
  }
  return 'this file is not used by the site: content/ holds only privacy/YYYY-MM-DD.md (the versions), privacy/published.lock and site.yaml. Remove it, or move it out of content/.';
}

/** Every file under content/ is accounted for: nothing is silently skipped. */
export const contentFiles: ContentRule = {
  name: 'content-files',
  description:
    'A file under content/ is not privacy/YYYY-MM-DD.md (a real day), privacy/published.lock or site.yaml, so the site would skip it.',
  fix: 'Rename or move the file as the message says (e.g. `2025-6-1.md` → `content/privacy/2025-06-01.md`), or remove it.',
  severity: 'error',
  checkContent: ({ unexpected }) => unexpected.map(({ file, path }) => ({ file, line: 1, column: 1, message: expectedName(path) })),
};
