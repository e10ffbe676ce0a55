/** The site's addresses for the notice and its versions, in one place (all with trailing slashes). */
export const urls = {
  current: '/privacy/',
  versions: '/privacy/versions/',
  version: (date: string) => `/privacy/versions/${date}/`,
  changes: (date: string) => `/privacy/versions/${date}/changes/`,
  markdown: (date: string) => `/privacy/versions/${date}.md`,
  /** The same version as plain Markdown for reading: no front matter, no {#id …} blocks. */
  plainMarkdown: (date: string) => `/privacy/versions/${date}.plain.md`,
  sections: (date: string) => `/privacy/versions/${date}/sections.json`,
  versionsJson: '/privacy/versions.json',
  feed: '/privacy/feed.xml',
};
