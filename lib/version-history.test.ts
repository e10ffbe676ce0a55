import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { diffVersions } from './diff';
import { noticeFeed } from './feed';
import { versionCatalog } from './version-catalog';
import { formatProblem, loadContent, readContent } from './checker';
import { sha256 } from './content/lock';
import { contentFixture, fixtureVersion } from './content/test-fixtures';

/** Made-up versions (test fixtures only): a history with every kind of change. */
const V1 = fixtureVersion(
  '2023-01-01',
  '## Scope {#scope}\n\nThis notice applies to the Sites.\n\n## Cookies {#cookies}\n\nWe use cookies.\n\n## Children {#children}\n\nNo children under 13.\n\n## Contact Us {#contact_us}\n\nWrite to us.\n',
  'First version.',
);
const V2 = fixtureVersion(
  '2024-01-01',
  '## Scope {#scope}\n\nThis notice applies to the Sites and the apps.\n\n## Cookies and Tracking {#tracking aliases="cookies"}\n\nWe use cookies.\n\n## Retention {#retention}\n\nWe keep data for a year.\n\n## Contact Us {#contact_us aliases="children"}\n\nWrite to us.\n',
  'Apps in scope; cookies section renamed; children section removed; retention added.',
);
const V3 = fixtureVersion('2025-01-01', V2.split('---\n\n')[1].replace('a year', 'two years'), 'Retention now two years.');
const SCHEDULED = fixtureVersion('2026-01-01', V3.split('---\n\n')[1], 'Same text, later date.');
const DRAFT = fixtureVersion('2025-03-01', V3.split('---\n\n')[1].replace('Write to us.', 'Write or call us.'), 'Draft: adds calling.');
const TODAY = '2025-06-01';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function history(extra: Record<string, string> = {}, drafts: string[] = []) {
  const f = contentFixture(
    { '2023-01-01.md': V1, '2024-01-01.md': V2, '2025-01-01.md': V3, '2026-01-01.md': SCHEDULED, ...extra },
    { drafts },
  );
  cleanups.push(f.cleanup);
  return f.dir;
}

describe('version statuses and periods', () => {
  it('makes the newest published version on or before the build date current; later ones scheduled; older archived', () => {
    const content = loadContent({ contentDir: history(), today: TODAY, production: true });
    expect(content.current.date).toBe('2025-01-01');
    expect(content.versions.map((v) => [v.date, v.status, v.effectiveFrom, v.effectiveTo ?? null, v.previous ?? null])).toEqual([
      ['2026-01-01', 'scheduled', '2026-01-01', null, '2025-01-01'],
      ['2025-01-01', 'current', '2025-01-01', '2025-12-31', '2024-01-01'],
      ['2024-01-01', 'archived', '2024-01-01', '2024-12-31', '2023-01-01'],
      ['2023-01-01', 'archived', '2023-01-01', '2023-12-31', null],
    ]);
  });

  it('makes a scheduled version current on the first build on or after its date', () => {
    expect(loadContent({ contentDir: history(), today: '2026-01-01', production: true }).current.date).toBe('2026-01-01');
  });

  it('previews a draft outside production and refuses it in production, naming the publish command', () => {
    const dir = history({ '2025-03-01.md': DRAFT }, ['2025-03-01.md']);
    const preview = loadContent({ contentDir: dir, today: TODAY, production: false });
    expect(preview.current).toMatchObject({ date: '2025-03-01', status: 'draft' });
    const { problems } = readContent({ contentDir: dir, today: TODAY, production: true });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /2025-03-01\.md:1:1: error draft-version: 2025-03-01\.md is a draft \(not in published\.lock\) and cannot be built for production: when it is ready, run "npm run publish-version -- 2025-03-01" and commit the lock file with it \(in the GitHub web editor: add the line "[0-9a-f]{64} {2}2025-03-01\.md" to content\/privacy\/published\.lock\)\.$/,
      ),
    ]);
    expect(readContent({ contentDir: dir, today: TODAY, production: false }).problems.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('published versions are immutable', () => {
  it('fails when a locked version changed, without offering the new hash to paste into the lock', () => {
    const dir = history();
    const path = join(dir, 'privacy', '2024-01-01.md');
    const tampered = readFileSync(path, 'utf8').replace('a year', 'a decade');
    writeFileSync(path, tampered);
    const messages = readContent({ contentDir: dir, today: TODAY }).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringContaining('2024-01-01.md:1:1: error version-lock: 2024-01-01.md was published and must not change. Undo the edit'),
    ]);
    expect(messages[0]).not.toContain(sha256(tampered));
  });

  it('says so when only the line endings changed (a Windows checkout without .gitattributes)', () => {
    const dir = history();
    const path = join(dir, 'privacy', '2024-01-01.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    const messages = readContent({ contentDir: dir, today: TODAY }).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringContaining('2024-01-01.md differs from the published version only in its line endings (CRLF instead of LF'),
    ]);
  });

  it('fails when a locked version is missing, at its line of the lock file', () => {
    const dir = history();
    rmSync(join(dir, 'privacy', '2023-01-01.md'));
    const messages = readContent({ contentDir: dir, today: TODAY }).problems.map(formatProblem);
    expect(messages.some((m) => /published\.lock:1:1: error version-lock: 2023-01-01\.md was published but is missing/.test(m))).toBe(true);
  });
});

describe('deep links never break', () => {
  it('fails when an id of an earlier version has neither a section nor an alias, naming the id and versions', () => {
    const dropped = fixtureVersion('2025-02-01', V3.split('---\n\n')[1].replace(' aliases="children"', ''), 'Drops an alias.');
    const dir = history({ '2025-02-01.md': dropped });
    const messages = readContent({ contentDir: dir, today: TODAY }).problems.map(formatProblem);
    expect(messages.map((m) => m.replace(/^[^:]*\//, ''))).toEqual([
      expect.stringMatching(
        /^2025-02-01\.md:7:1: error anchors-kept: the anchor "#children" \(in the published versions of 2023-01-01, 2024-01-01, 2025-01-01\) is missing here, so links to \/privacy\/#children would break/,
      ),
    ]);
    expect(messages[0]).toContain('add aliases="children" to the heading of the section that replaced it');
  });
});

describe('diff between fixture versions', () => {
  const content = () => loadContent({ contentDir: history(), today: TODAY, production: true });

  it('finds the changed sentence, the rename with its alias, the removed and the added section', () => {
    const c = content();
    const v1 = c.versions.find((v) => v.date === '2023-01-01')!;
    const v2 = c.versions.find((v) => v.date === '2024-01-01')!;
    const diff = diffVersions(v1.sections, v2.sections);
    expect(diff.sections.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'changed:scope',
      'renamed:tracking',
      'removed:children',
      'added:retention',
      'unchanged:contact_us',
    ]);
    const scope = diff.sections[0];
    expect(
      scope.blocks
        .flatMap((b) => (b.type === 'changed' ? b.parts : []))
        .filter((p) => p.type !== 'equal')
        .map((p) => `${p.type}:${p.value}`),
    ).toEqual(['insert:and the apps']);
  });
});

describe('versions.json and the feed', () => {
  it('lists every version with a sha256 equal to its file', () => {
    const dir = history();
    const catalog = versionCatalog(loadContent({ contentDir: dir, today: TODAY, production: true }));
    expect(catalog.current).toBe('2025-01-01');
    for (const entry of catalog.versions) {
      expect(entry.sha256).toBe(sha256(readFileSync(join(dir, 'privacy', `${entry.date}.md`))));
      expect(entry.markdown).toBe(`https://actionnetwork.org/privacy/versions/${entry.date}.md`);
    }
    expect(catalog.versions.map((v) => v.changesUrl)).toEqual([
      'https://actionnetwork.org/privacy/versions/2026-01-01/changes/',
      'https://actionnetwork.org/privacy/versions/2025-01-01/changes/',
      'https://actionnetwork.org/privacy/versions/2024-01-01/changes/',
      null,
    ]);
  });

  it('is a valid Atom feed with one entry per published version, linking its changes page', () => {
    const xml = noticeFeed(loadContent({ contentDir: history(), today: TODAY, production: true }));
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const key of ['id', 'title', 'updated']) expect(feed[key]).toBeTruthy();
    expect(feed.entry).toHaveLength(4);
    for (const entry of feed.entry) {
      for (const key of ['id', 'title', 'updated', 'link']) expect(entry[key], key).toBeTruthy();
      expect(Date.parse(entry.updated)).not.toBeNaN();
    }
    expect(feed.entry.map((e: { link: { href: string } }) => e.link.href)).toEqual([
      'https://actionnetwork.org/privacy/versions/2026-01-01/changes/',
      'https://actionnetwork.org/privacy/versions/2025-01-01/changes/',
      'https://actionnetwork.org/privacy/versions/2024-01-01/changes/',
      'https://actionnetwork.org/privacy/versions/2023-01-01/',
    ]);
  });
});

describe('front-matter text is text, never markup', () => {
  it('reaches the feed escaped: a <script> in a summary or title is shown as typed by feed readers', () => {
    const tricky = fixtureVersion('2025-02-01', V3.split('---\n\n')[1], 'Adds <script>alert(1)</script> & <b>bold</b>.').replace(
      'title: Privacy Policy',
      'title: "Privacy <i>Policy</i>"',
    );
    const xml = noticeFeed(loadContent({ contentDir: history({ '2025-02-01.md': tricky }), today: TODAY, production: true }));
    expect(xml).not.toMatch(/<script|<b>|<i>/);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const entry = feed.entry.find((e: { id: string }) => e.id.endsWith('/2025-02-01/'));
    // Atom type="html": the reader decodes the entities once and shows the result as text.
    expect(entry.summary['#text']).toBe('Adds &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;.');
    expect(entry.title['#text']).toBe('Privacy &lt;i&gt;Policy&lt;/i&gt;, version of February 1, 2025');
  });
});
