import type { NoticeRule } from './rule';

const CURLY = /[\u201c\u201d\u2018\u2019]/;

/** The `{…}` block after a heading is read by the Markdown pipeline; this rule reports what it could not read. */
export const headingAttributes: NoticeRule = {
  name: 'heading-attributes',
  description: 'The {…} after a heading cannot be read.',
  fix: 'Write `{#id}`, `{#id quick-link="Short label"}`, `{#id aliases="old_id"}` or `{.unlisted}`, with straight quotes.',
  severity: 'error',
  check({ parsed }) {
    const { lines } = parsed;
    return parsed.messages.map((m) => {
      const line = Math.min(m.line ?? 1, lines.length);
      const text = lines[line - 1] ?? '';
      const curly = CURLY.test(text);
      return {
        line,
        // Within the line: the parser counts from the heading text, which leading tabs can shift.
        column: Math.min(m.column ?? 1, text.length + 1),
        severity: m.fatal === false ? ('warning' as const) : ('error' as const),
        message: curly
          ? 'this heading\'s {…} block uses curly quotes (“ ” or ‘ ’), which do not count as quotes: retype them as straight quotes, e.g. {#id quick-link="Short label"}.'
          : m.reason,
      };
    });
  },
};
