import { describe, expect, it } from 'vitest';
import { findInvisibleCharacters, invisibleCharacters } from './invisible-characters';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('invisible-characters', () => {
  it('finds NUL, zero-width and bidi characters at their column, and a non-breaking space in a link address', () => {
    expect(
      check(
        invisibleCharacters,
        `${FM}\nA\u0000B zero\u200bwidth \u202eevil\n\n[link](https://a.org/x\u00a0y) and a\u00a0[fine](https://a.org/) nbsp in text\n`,
      ),
    ).toEqual([
      '7:2 error a NUL character is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '7:9 error a zero-width space is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '7:16 error a bidirectional control is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '9:23 error a non-breaking space is inside a link address, which breaks the link: delete it.',
    ]);
  });
  it('ignores a leading byte order mark', () => {
    expect(findInvisibleCharacters('\ufefftitle')).toEqual([]);
  });
});
