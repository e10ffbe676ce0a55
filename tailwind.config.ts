/**
 * The notice's `prose` (@tailwindcss/typography), tuned through the plugin's theme, its documented way of
 * customisation (loaded by `@config` in app/globals.css; everything else about styles lives in that file).
 *
 * - Colours: the site's tokens, which follow the colour scheme, so the notice needs no `prose-invert`.
 * - Only what a notice can contain is styled. lib/rules/supported-markdown.ts and heading-levels.ts refuse
 *   tables, images, code, `#` and `####` headings, and raw HTML (so no `lead`, `<dl>` or `<ol type>`):
 *   their styles would be bytes in every page for nothing. tailwind-config.test.ts keeps the two in step.
 */
import type { Config } from 'tailwindcss';

/** Selectors of the plugin's styles for Markdown the content checks refuse, by the construct that makes them. */
export const UNSTYLED_CONSTRUCTS = {
  table: ['thead th strong', 'table', 'thead', 'thead th', 'tbody tr', 'tbody tr:last-child', 'tbody td', 'tfoot', 'tfoot td', 'th, td'],
  tableSpacing: [
    'thead th:first-child',
    'thead th:last-child',
    'tbody td, tfoot td',
    'tbody td:first-child, tfoot td:first-child',
    'tbody td:last-child, tfoot td:last-child',
  ],
  image: ['img', 'picture', 'picture > img', 'video', 'figure', 'figure > *', 'figcaption'],
  code: [
    'kbd',
    'code',
    'code::before',
    'code::after',
    'a code',
    'h1 code',
    'h2 code',
    'h3 code',
    'h4 code',
    'blockquote code',
    'thead th code',
    'pre',
    'pre code',
    'pre code::before',
    'pre code::after',
  ],
  heading1: ['h1', 'h1 strong'],
  heading4: ['h4', 'h4 strong', 'h4 + *'],
  html: [
    '[class~="lead"]',
    'dl',
    'dt',
    'dd',
    ...['A', 'a', 'I', 'i', '1'].map((t) => `ol[type="${t}"]`),
    ...['A', 'a', 'I', 'i'].map((t) => `ol[type="${t}" s]`),
  ],
} as const;

const COLOURS = {
  body: 'ink',
  headings: 'ink',
  links: 'link',
  bold: 'ink',
  counters: 'muted',
  bullets: 'muted',
  hr: 'line',
  quotes: 'ink',
  'quote-borders': 'line',
} as const;
/** The plugin's colour variables for elements the notice cannot contain, and the whole inverted set. */
const UNUSED_COLOURS = ['lead', 'captions', 'kbd', 'kbd-shadows', 'code', 'pre-code', 'pre-bg', 'th-borders', 'td-borders'];
const ALL_COLOURS = [...Object.keys(COLOURS), ...UNUSED_COLOURS];

const unset = (selectors: readonly string[]) => Object.fromEntries(selectors.map((s) => [s, null]));

export default {
  theme: {
    extend: {
      typography: {
        DEFAULT: {
          css: {
            ...Object.fromEntries(Object.entries(COLOURS).map(([name, token]) => [`--tw-prose-${name}`, `var(--color-${token})`])),
            ...Object.fromEntries(UNUSED_COLOURS.map((name) => [`--tw-prose-${name}`, null])),
            ...Object.fromEntries(ALL_COLOURS.map((name) => [`--tw-prose-invert-${name}`, null])),
            ...unset(Object.values(UNSTYLED_CONSTRUCTS).flat()),
            // A long legal text: links read as words of the sentence, and long addresses wrap on a phone.
            a: { fontWeight: 'inherit', overflowWrap: 'anywhere' },
            // A quotation shows the quotation marks staff typed, not the plugin's added ones as well (“““…”””).
            'blockquote p:first-of-type::before': null,
            'blockquote p:last-of-type::after': null,
          },
        },
      },
    },
  },
} satisfies Config;
