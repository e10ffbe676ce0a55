import type { Finding, NoticeRule } from './rule';

/** Characters that render invisibly or wrongly; pasted from word processors and PDFs more often than typed. */
const INVISIBLE: Record<string, string> = {
  '\u0000': 'a NUL character',
  '\u00ad': 'a soft hyphen',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a zero-width no-break space (byte order mark)',
  '\ufffd': 'a replacement character (�: text that was garbled on the way in)',
  '\u202a': 'a bidirectional control',
  '\u202b': 'a bidirectional control',
  '\u202c': 'a bidirectional control',
  '\u202d': 'a bidirectional control',
  '\u202e': 'a bidirectional control',
  '\u2066': 'a bidirectional control',
  '\u2067': 'a bidirectional control',
  '\u2068': 'a bidirectional control',
  '\u2069': 'a bidirectional control',
};
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A Markdown link destination `](…)` or autolink `<…>`, to find non-breaking spaces inside addresses. */
const URL_LIKE = /\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^<>]*>/gi;

/** Any character that may need reporting: checked per line before looking character by character. */
const SUSPECT = new RegExp(`[${Object.keys(INVISIBLE).join('')}\\u0001-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u00a0]`);

/** Finds invisible or garbling characters in any text file, at their exact line and column. */
export function findInvisibleCharacters(text: string): Finding[] {
  const findings: Finding[] = [];
  text.split(/\r\n?|\n/).forEach((line, index) => {
    if (!SUSPECT.test(line)) return; // the common case, in one regex pass
    for (let column = 0; column < line.length; column++) {
      const char = line[column];
      if (char === '\ufeff' && index === 0 && column === 0) continue; // a leading BOM is harmless
      const name =
        INVISIBLE[char] ??
        (CONTROL.test(char) ? `a control character (U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : undefined);
      if (name)
        findings.push({
          line: index + 1,
          column: column + 1,
          message: `${name} is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).`,
        });
    }
    for (const match of line.matchAll(URL_LIKE)) {
      const offset = match[0].indexOf('\u00a0');
      if (offset >= 0) {
        findings.push({
          line: index + 1,
          column: (match.index ?? 0) + offset + 1,
          message: 'a non-breaking space is inside a link address, which breaks the link: delete it.',
        });
      }
    }
  });
  return findings;
}

/** The notice's text holds no invisible or garbling characters. */
export const invisibleCharacters: NoticeRule = {
  name: 'invisible-characters',
  description: 'No NUL, zero-width, bidirectional-control or replacement characters, and no non-breaking space inside a link address.',
  fix: 'Delete the character at the line and column given; retype the words around it if unsure.',
  severity: 'error',
  check: ({ source }) => findInvisibleCharacters(source),
};
