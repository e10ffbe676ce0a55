/** One address of every page type and asset class of a built site. */
export function samplePaths(): string[] {
  return [
    '/privacy/',
    '/privacy/versions/',
    '/privacy/versions/2024-10-02/',
    '/privacy/versions/2024-10-02/changes/',
    '/privacy/feed.xml',
    '/privacy/versions.json',
    '/privacy/versions/2024-10-02.md',
    '/favicon.svg',
  ];
}
