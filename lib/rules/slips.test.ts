import { describe, expect, it } from 'vitest';
import { noticeRules } from '.';
import { documentOf, VALID_FRONT_MATTER as FM } from './test-helpers';

/** Every problem every notice rule finds in a body, as `line:column rule: message`. */
function problems(body: string): string[] {
  const doc = documentOf(`${FM}\n## Scope {#scope}\n\n${body}`);
  return noticeRules.flatMap((rule) => rule.check(doc).map((f) => `${f.line}:${f.column} ${rule.name}: ${f.message}`));
}

/**
 * The web-editor slips that used to publish markup as literal text or code without a word, each with the
 * exact message staff now get (line 9 is the first line of the body, under "## Scope").
 */
const SLIPS: [string, string, string[]][] = [
  [
    'a heading typed with a thin space after "##"',
    'Text.\n\n##\u2009Automated Decisions\n\nMore.\n',
    ['11:1 unapplied-markup: the space after "##" is a narrow or special space, so this is not a heading: retype it as an ordinary space.'],
  ],
  [
    'mojibake pasted from a file read in the wrong encoding',
    'The deviceâ€™s settings â€“ all of them.\n',
    [
      '9:11 invisible-characters: "â€™" is garbled text (saved in one encoding, read in another): it should be "’". Retype it, and check the rest of the pasted text for the same.',
      '9:25 invisible-characters: "â€“" is garbled text (saved in one encoding, read in another): it should be "–". Retype it, and check the rest of the pasted text for the same.',
    ],
  ],
  [
    'a paragraph pasted with a leading tab',
    '\tWe collect information.\n',
    ['9:1 unapplied-markup: this paragraph starts with a tab, so it shows as code: remove the tab at the start of the line.'],
  ],
  [
    'a paragraph indented by four spaces',
    '    We collect information.\n',
    ['9:1 unapplied-markup: this paragraph starts with 4 spaces, so it shows as code: remove the spaces at the start of the line.'],
  ],
  [
    '"##Heading" with no space',
    'Text.\n\n##Retention\n\nMore.\n',
    ['11:1 unapplied-markup: "##" needs a space after it to make a heading: write "## Retention…".'],
  ],
  [
    '"##" then a non-breaking space',
    'Text.\n\n##\u00a0Retention\n\nMore.\n',
    ['11:1 unapplied-markup: the space after "##" is a non-breaking space, so this is not a heading: retype it as an ordinary space.'],
  ],
  [
    'a link title in curly quotes',
    'See [the rules](https://example.org/ “The rules”).\n',
    [
      '9:5 unapplied-markup: "[the rules]" is not a link and would show as typed: its description is in curly quotes (“ ” or ‘ ’): retype them as straight quotes, [text](https://… "Description").',
    ],
  ],
  [
    'a mailto: address with a space',
    'Write to [support](mailto:support actionnetwork.org).\n',
    [
      '9:10 unapplied-markup: "[support]" is not a link and would show as typed: the email address has a space: write it as mailto:name@example.org, with "@" and no space.',
    ],
  ],
  [
    'a bare email address as the link address',
    'Write to [support](support@actionnetwork.org).\n',
    [
      '9:10 unapplied-markup: the link address "support@actionnetwork.org" would lead to a page of this site that does not exist: this is an email address: write mailto:support@actionnetwork.org.',
    ],
  ],
  [
    'a space between ] and (',
    'See [the rules] (https://example.org/).\n',
    [
      '9:5 unapplied-markup: "[the rules]" is not a link and would show as typed: there is a space between "]" and "(": remove it, [text](https://…).',
    ],
  ],
  [
    'two {…} blocks on one heading',
    'Text.\n\n## Retention {#retention} {quick-link="Keep"}\n\nMore.\n',
    [
      '11:1 unapplied-markup: this heading still shows "{…}" in its text: a heading has one {…} block, at the very end of the line; put everything in it, e.g. {#id quick-link="Short label"}.',
    ],
  ],
  [
    'curly quotes in a heading block',
    'Text.\n\n## Retention {#retention quick-link=“Keep”}\n\nMore.\n',
    [
      '11:14 heading-attributes: this heading\'s {…} block uses curly quotes (“ ” or ‘ ’), which do not count as quotes: retype them as straight quotes, e.g. {#id quick-link="Short label"}.',
    ],
  ],
  [
    'bold with a space inside',
    'We **do not **sell data.\n',
    [
      '9:4 unapplied-markup: these "**" did not make bold text and would show as typed: put them right against the words, **like this**, with no space inside.',
    ],
  ],
  [
    'a line that became a heading because of --- under it',
    'Intro.\n\nWe keep data.\n---\n\nMore.\n',
    [
      '11:1 unapplied-markup: this line became a heading because the line under it is "---" or "===": leave a blank line between them, or write the heading as "## Heading".',
    ],
  ],
  [
    'a remote image',
    '![Logo](https://example.org/logo.png)\n',
    [
      '9:1 supported-markdown: images are not supported in the notice (the site does not publish image files, and its security policy blocks images from other sites): describe it in words, or link to it, [description](https://…).',
    ],
  ],
  [
    'a footnote',
    'We keep data.[^1]\n\n[^1]: For a year.\n',
    [
      '9:14 supported-markdown: footnotes are not supported (they would add a section and an anchor that later versions must keep): write the note in the text, in parentheses.',
      '11:1 supported-markdown: footnotes are not supported: write the note in the text where it is referred to, in parentheses.',
    ],
  ],
  [
    'a table',
    '| a | b |\n|---|---|\n| 1 | 2 |\n',
    ['9:1 supported-markdown: tables are not supported (they do not fit a phone screen): write the rows as a list, "* **Heading**: text".'],
  ],
  [
    'a heading deeper than ###',
    'Text.\n\n### Sub\n\nText.\n\n#### Deeper\n\nText.\n',
    ['15:1 supported-markdown: "####" headings are not styled on the page: use "## " for a section and "### " for a sub-section.'],
  ],
  [
    'Word bullets pasted on consecutive lines',
    'We collect:\n• Your name\n• Your email address\n',
    [
      '10:1 pasted-bullets: "•" is a bullet pasted from a word processor: it shows as a character, and these lines run together into one paragraph. Replace it with "* " (an asterisk and a space) to make a list item, and leave a blank line before the list.',
      '11:1 pasted-bullets: "•" is a bullet pasted from a word processor: it shows as a character, and these lines run together into one paragraph. Replace it with "* " (an asterisk and a space) to make a list item, and leave a blank line before the list.',
    ],
  ],
  [
    'closing hashes before the heading attributes',
    'Text.\n\n## Information Retention ## {#information_retention}\n\nMore.\n',
    [
      '11:26 heading-text: "##" at the end of a heading shows as text on the page: remove it (a heading is "## Title {#id}", with hashes only at the start).',
    ],
  ],
  [
    'a bold heading',
    'Text.\n\n## **Retention** {#retention}\n\nMore.\n',
    [
      '11:4 heading-text: the ** (or __) in this heading are lost in Quick Links and the page title, and headings are bold already: remove them: "Retention".',
    ],
  ],
  [
    'a linked heading',
    'Text.\n\n### [Cookies Notice](https://example.org/cookies)\n\nMore.\n',
    [
      '11:5 heading-text: a heading cannot hold a link (its Quick Link and its own link would be two links in one): remove the [ ](…) and put the link in the text below: "Cookies Notice".',
    ],
  ],
];

describe('the web-editor slips, each a located error with its fix', () => {
  for (const [what, body, expected] of SLIPS) {
    it(what, () => expect(problems(body)).toEqual(expected));
  }

  it('passes what the notice uses: paragraphs, ### sub-sections, lists, links, bold, italics, blockquotes, line breaks', () => {
    expect(
      problems(
        'We **collect** _some_ [information](https://example.org/ "About it") and [mail us](mailto:a@example.org).\\\nNext line.\n\n### Sub\n\n* one\n* two\n\n1. first\n\n> Quoted.\n\n---\n\nEnd.\n',
      ),
    ).toEqual([]);
  });
});
