import type { NoticeVersion } from './content';

/** A search-result description taken from the notice's own opening words (no invented text). */
export function describe(version: NoticeVersion, maxLength = 160): string {
  const text = version.sections[0]?.text ?? version.summary;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
