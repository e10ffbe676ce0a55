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
/**
 * Mojibake: UTF-8 text read as Windows-1252 and saved again ("deviceâ€™s"). Each sequence, with the
 * character it was meant to be. Only these: "â" or "Ã" alone is a real letter.
 */
const GARBLED: Record<string, string> = {
  'â€™': '’',
  'â€˜': '‘',
  'â€œ': '“',
  'â€\u009d': '”',
  'â€“': '–',
  'â€”': '—',
  'â€¦': '…',
  'â€¢': '•',
  'Ã©': 'é',
  'Ã¨': 'è',
  'Ã¡': 'á',
  'Ã³': 'ó',
  'Ã±': 'ñ',
  'Ã¼': 'ü',
  'Â ': 'a non-breaking space',
};
const GARBLED_PATTERN = new RegExp(Object.keys(GARBLED).join('|'), 'g');
/** A Markdown link destination `](…)` or autolink `<…>`, to find non-breaking spaces inside addresses. */
const URL_LIKE = /\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^<>]*>/gi;

/** Any character that may need reporting: checked per line before looking character by character. */
const SUSPECT = new RegExp(`[${Object.keys(INVISIBLE).join('')}\\u0001-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u00a0]`);

/** Finds invisible or garbling characters in any text file, at their exact line and column. */
export function findInvisibleCharacters(text: string): Finding[] {
  const findings: Finding[] = [];
  text.split(/\r\n?|\n/).forEach((line, index) => {
    for (const match of line.matchAll(GARBLED_PATTERN))
      findings.push({
        line: index + 1,
        column: match.index + 1,
        message: `"${match[0]}" is garbled text (saved in one encoding, read in another): it should be "${GARBLED[match[0]]}". Retype it, and check the rest of the pasted text for the same.`,
      });
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
  description:
    'No NUL, zero-width, bidirectional-control or replacement characters, no garbled text (mojibake such as â€™ for ’), and no non-breaking space inside a link address.',
  fix: 'Delete the character at the line and column given; retype the words around it if unsure.',
  severity: 'error',
  check: ({ source }) => findInvisibleCharacters(source),
};
