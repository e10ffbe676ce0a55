import { describe, expect, it } from 'vitest';
import { rawHtml } from './raw-html';
import { check, VALID_FRONT_MATTER } from './test-helpers';

describe('raw-html', () => {
  it('passes Markdown without HTML', () => {
    expect(check(rawHtml, `${VALID_FRONT_MATTER}\n## Scope {#scope}\n\nText with **bold** and a [link](https://example.org/).\n`)).toEqual(
      [],
    );
  });

  it('reports block and inline HTML and comments at their line, with the Markdown way', () => {
    const findings = check(
      rawHtml,
      `${VALID_FRONT_MATTER}\n<div>block</div>\n\nSome <b>bold</b> text.\n\n<!-- a note -->\n\n<script>alert(1)</script>\n`,
    );
    expect(findings).toEqual([
      '7:1 error raw HTML "<div>block</div>" is not allowed: remove the tag and write the text in Markdown.',
      '9:6 error raw HTML "<b>" is not allowed: write **bold text** instead.',
      '9:13 error raw HTML "</b>" is not allowed: write **bold text** instead.',
      '11:1 error raw HTML "<!-- a note -->" is not allowed: delete the comment: comments would be published with the file.',
      '13:1 error raw HTML "<script>alert(1)</script>" is not allowed: remove the tag and write the text in Markdown.',
    ]);
  });
});
