// A canary for Next upgrades: the post-build step strips what Next adds for the browser by knowing its
// shape. If a new Next writes other files or other scripts, these lists change and this test fails,
// instead of a runtime or payload shipping unnoticed.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { builtPage } from './built-site';

/** Every file of out/ but the precompressed copies, with the published version's date as YYYY-MM-DD. */
const files = readdirSync('out', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
  .map((entry) =>
    `${entry.parentPath.replace(/^out\/?/, '')}/${entry.name}`.replace(/^\//, '').replaceAll(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD'),
  )
  .sort();

describe("the site as Next's static export leaves it, after post-build", () => {
  it('has exactly these files: pages, feed, JSON, Markdown, the icon and _headers; nothing of Next', () => {
    expect([...new Set(files)]).toEqual([
      '404.html',
      '_headers',
      'favicon.svg',
      'index.html',
      'privacy/feed.xml',
      'privacy/index.html',
      'privacy/versions.json',
      'privacy/versions/YYYY-MM-DD.md',
      'privacy/versions/YYYY-MM-DD.plain.md',
      'privacy/versions/YYYY-MM-DD/changes/index.html',
      'privacy/versions/YYYY-MM-DD/index.html',
      'privacy/versions/YYYY-MM-DD/sections.json',
      'privacy/versions/index.html',
    ]);
  });

  it('gives /privacy/ only its island modules, inline: no src, no other type, no Next payload', () => {
    const page = builtPage('privacy/index.html');
    const scripts = page.$$('script');
    expect(scripts.map((s) => s.properties)).toEqual(scripts.map(() => ({ type: 'module' })));
    expect(scripts.length).toBeGreaterThan(0);
    // Each defines a custom element: an island, not a framework.
    for (const script of scripts) expect(JSON.stringify(script.children)).toContain('customElements.define');
    expect(page.$$('link').map((link) => String(link.properties.rel))).toEqual([
      // A version scheduled after the current one is announced too.
      ...(loadContent().current.next ? ['successor-version'] : []),
      'latest-version',
      'version-history',
      'canonical',
      'alternate',
      'alternate',
      'alternate',
      'icon',
    ]);
  });
});
