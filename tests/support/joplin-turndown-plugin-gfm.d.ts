/** The GitHub Flavored Markdown rules for turndown that Open Terms Archive's engine uses (no published types). */
declare module 'joplin-turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
