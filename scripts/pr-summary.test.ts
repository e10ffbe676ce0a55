import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLock, LOCK_FILE, sha256 } from '../lib/content/lock';
import { main, prSummary } from './pr-summary';
import { captureIo } from './support/cli';

// Made-up notice versions for these tests only (never in content/).
const version = (date: string, summary: string, body: string) =>
  `---\ntitle: Privacy Policy\ndate: ${date}\nsummary: ${summary}\n---\n\n${body}`;

const V1 = version(
  '2025-01-01',
  'The first version.',
  `## Summary {.unlisted}

Example Org values your privacy. This notice is a test fixture.

## Scope {#scope}

This notice applies to the example sites only.

It does not apply to other websites.

Nor to letters we send.

We answer:

* by email
* by post

## Retention {#retention}

We keep information while your account is open.

## Children {#children}

The sites are not meant for children under 13.

## Contact Us {#contact_us}

Write to us by post.
`,
);

/** The next version: a sentence and a list item changed, one section renamed (alias kept), one removed (aliased), one added. */
const nextVersion = (date: string, summary = 'Says how long we keep information.') =>
  V1.replace('date: 2025-01-01', `date: ${date}`)
    .replace('summary: The first version.', `summary: ${summary}`)
    .replace('It does not apply to other websites.', 'It does not apply to websites of others.')
    .replace('* by post', '* by post or phone')
    .replace(
      '## Retention {#retention}\n\nWe keep information while your account is open.',
      '## How Long We Keep Information {#data_retention aliases="retention"}\n\nWe keep information while your account is open, and 90 days after.',
    )
    .replace(/## Children \{#children\}\n\n[^\n]*\n\n/, '')
    .replace(
      '## Contact Us {#contact_us}',
      '## Your Rights {#your_rights}\n\nYou may ask for a copy of your information.\n\n## Contact Us {#contact_us aliases="children"}',
    );

const SITE = readFileSync(join('content', 'site.yaml'), 'utf8');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What content/ holds: the notice versions by date, the dates left out of the lock (drafts), and site.yaml. */
type State = [versions: Record<string, string>, drafts?: string[], site?: string];

function writeContent(dir: string, [versions, drafts = [], site = SITE]: State) {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'privacy'), { recursive: true });
  writeFileSync(join(dir, 'content', 'site.yaml'), site);
  for (const [date, text] of Object.entries(versions)) writeFileSync(join(dir, 'content', 'privacy', `${date}.md`), text);
  const locked = Object.entries(versions).filter(([date]) => !drafts.includes(date));
  writeFileSync(
    join(dir, 'content', 'privacy', LOCK_FILE),
    formatLock(locked.map(([date, text]) => ({ name: `${date}.md`, sha256: sha256(text) }))),
  );
}

/** A git repository whose main branch holds `base`, with a pull-request branch checked out holding `head`. */
function history(base: State, head: State): { dir: string; at: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pr-summary-'));
  made.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  writeContent(dir, base);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const at = git('rev-parse', '--short=7', 'HEAD');
  git('checkout', '-q', '-b', 'pull-request');
  writeContent(dir, head);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'pull request');
  return { dir, at };
}

const TODAY = '2025-06-01';
const summaryOf = ({ dir }: { dir: string }) => prSummary({ base: 'main', cwd: dir, today: TODAY });
const header = (at: string) =>
  `## The privacy notice in this pull request\n\nCompared with \`main\` at ${at}; statuses as of June 1, 2025.\n\n`;

/** The redline of nextVersion() against V1, as every summary of it shows it. */
const REDLINE = `**1 section added, 1 section removed, 1 section renamed, 1 section changed, 2 sections unchanged.**

#### Scope: changed

<blockquote>
<p>…</p>
<p>It does not apply to <del>other </del>websites <ins>of others</ins>.</p>
<p>…</p>
<ul>
<li>by post <ins>or phone</ins></li>
</ul>
</blockquote>

#### How Long We Keep Information: renamed from “Retention”, text changed

Anchor \`#data_retention\`; links to \`#retention\` land here (alias).

<blockquote>
<p>We keep information while your account is open<ins>, and 90 days after</ins>.</p>
</blockquote>

#### Children: removed

Links to \`#children\` land on “Contact Us” (alias).

<blockquote>
<p><del>The sites are not meant for children under 13.</del></p>
</blockquote>

#### Your Rights: added

New anchor \`#your_rights\`.

<blockquote>
<p><ins>You may ask for a copy of your information.</ins></p>
</blockquote>
`;

const PASSED = '### Content check\n\n**Passed**: no problems. (`npm run check:content -- --production --base main`)\n\n';

describe('npm run pr-summary', () => {
  it('a new version: its status, date, what /privacy/ shows, and its changes page as a redline', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-06-01': nextVersion('2025-06-01') }]);
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}### Version of June 1, 2025: new

| | |
|---|---|
| File | \`content/privacy/2025-06-01.md\` |
| Status after merging | **Current**: on \`/privacy/\` from the deploy after merging. |
| Takes effect | June 1, 2025 (today) |
| Published on this site | on merging (June 1, 2025 or later) |
| \`/privacy/\` after merging | this version, opening with “We updated this notice” until June 30, 2025 |
| Summary | Says how long we keep information. |
| Compared with | the version of January 1, 2025, as \`/privacy/versions/2025-06-01/changes/\` will show |

${REDLINE}
${PASSED}`,
    );
  });

  it('a new version dated before it is published: its date in bold beside the publication date, and the check fails', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-05-01': nextVersion('2025-05-01') }]);
    const summary = summaryOf(repo);
    expect(summary).toContain(
      '| Takes effect | **May 1, 2025 (31 days ago): before it is published here** |\n| Published on this site | on merging (June 1, 2025 or later) |',
    );
    expect(summary).toMatch(/error effective-date: 2025-05-01 is before today \(2025-06-01, UTC\)/);
  });

  it('renamed sections: a new anchor with the old one as an alias, and a heading renamed under the same anchor', () => {
    const renamed = V1.replace('date: 2025-01-01', 'date: 2025-06-01')
      .replace('summary: The first version.', 'summary: Renames two sections.')
      .replace('## Retention {#retention}', '## How Long We Keep Information {#data_retention aliases="retention"}')
      .replace('## Contact Us {#contact_us}', '## Contact {#contact_us}');
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-06-01': renamed }]);
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}### Version of June 1, 2025: new

| | |
|---|---|
| File | \`content/privacy/2025-06-01.md\` |
| Status after merging | **Current**: on \`/privacy/\` from the deploy after merging. |
| Takes effect | June 1, 2025 (today) |
| Published on this site | on merging (June 1, 2025 or later) |
| \`/privacy/\` after merging | this version, opening with “We updated this notice” until June 30, 2025 |
| Summary | Renames two sections. |
| Compared with | the version of January 1, 2025, as \`/privacy/versions/2025-06-01/changes/\` will show |

**2 sections renamed, 3 sections unchanged.**

#### How Long We Keep Information: renamed from “Retention”

Anchor \`#data_retention\`; links to \`#retention\` land here (alias).

#### Contact: renamed from “Contact Us”

Anchor \`#contact_us\` unchanged.

${PASSED}`,
    );
  });

  it('a scheduled version: /privacy/ keeps the current version until its date', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-09-01': nextVersion('2025-09-01') }]);
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}### Version of September 1, 2025: new

| | |
|---|---|
| File | \`content/privacy/2025-09-01.md\` |
| Status after merging | **Scheduled**: published, and on \`/privacy/\` from the daily deploy on September 1, 2025. |
| Takes effect | September 1, 2025 (in 92 days) |
| Published on this site | on merging (June 1, 2025 or later) |
| \`/privacy/\` until August 31, 2025 | the version of January 1, 2025 |
| \`/privacy/\` from September 1, 2025 | this version, opening with “We updated this notice” until September 30, 2025 |
| Summary | Says how long we keep information. |
| Compared with | the version of January 1, 2025, as \`/privacy/versions/2025-09-01/changes/\` will show |

${REDLINE}
${PASSED}`,
    );
  });

  it('a draft: says it must be published before merging, and the content check fails', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-06-01': nextVersion('2025-06-01') }, ['2025-06-01']]);
    const lockLine = `${sha256(nextVersion('2025-06-01'))}  2025-06-01.md`;
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}### Version of June 1, 2025: new

| | |
|---|---|
| File | \`content/privacy/2025-06-01.md\` |
| Status after merging | **Draft**: not in \`published.lock\`, so the live site cannot be built with it. Publish it (\`npm run publish-version -- 2025-06-01\`) before merging. |
| Takes effect | June 1, 2025 (today) |
| Published on this site | on merging (June 1, 2025 or later) |
| \`/privacy/\` after merging | the version of January 1, 2025 (this version is a draft) |
| Summary | Says how long we keep information. |
| Compared with | the version of January 1, 2025, as \`/privacy/versions/2025-06-01/changes/\` will show |

${REDLINE}
### Content check

**Failed**: 1 error, 0 warnings. (\`npm run check:content -- --production --base main\`)

\`\`\`
content/privacy/2025-06-01.md:1:1: error draft-version: 2025-06-01.md is a draft (not in published.lock) and cannot be built for production: when it is ready, run "npm run publish-version -- 2025-06-01" and commit the lock file with it (in the GitHub web editor: add the line "${lockLine}" to content/privacy/published.lock).
\`\`\`

`,
    );
  });

  it('a published version edited, its lock line rewritten to match: the edit is shown and called out', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1.replace('while your account is open', 'for as long as we like') }]);
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}### Version of January 1, 2025: edited

| | |
|---|---|
| File | \`content/privacy/2025-01-01.md\` |
| Status after merging | **Current**: on \`/privacy/\` from the deploy after merging. **This version was already published, and published versions never change**: undo the edit and make a new version. |
| Takes effect | January 1, 2025 (151 days ago) |
| \`/privacy/\` after merging | this version |
| Summary | The first version. |
| Compared with | this version as it stands at \`main\` |

**1 section changed, 4 sections unchanged.**

#### Retention: changed

<blockquote>
<p>We keep information <del>while your account is open</del><ins>for as long as we like</ins>.</p>
</blockquote>

### Content check

**Failed**: 2 errors, 0 warnings. (\`npm run check:content -- --production --base main\`)

\`\`\`
content/privacy/2025-01-01.md:1:1: error published-record: 2025-01-01.md was published and must not change. Undo the edit (git checkout main -- content/privacy/2025-01-01.md, or discard it in the web editor) and make the change in a new version: npm run new-version -- YYYY-MM-DD. (Only a version published on this branch and not yet merged may be fixed and locked again, with npm run publish-version -- 2025-01-01.)
content/privacy/published.lock:1:1: error published-record: the line for 2025-01-01.md was changed: on main it is "${sha256(V1)}  2025-01-01.md". Restore it: published versions never change; make a new version instead (npm run new-version -- YYYY-MM-DD).
\`\`\`

`,
    );
  });

  it('a draft edited around its words only: says no words change', () => {
    const draft = nextVersion('2025-06-01');
    const repo = history(
      [{ '2025-01-01': V1, '2025-06-01': draft }, ['2025-06-01']],
      [{ '2025-01-01': V1, '2025-06-01': draft.replace('{#your_rights}', '{#your_rights quick-link="Rights"}') }, ['2025-06-01']],
    );
    expect(summaryOf(repo).split('### Content check')[0]).toBe(
      `${header(repo.at)}### Version of June 1, 2025: draft edited

| | |
|---|---|
| File | \`content/privacy/2025-06-01.md\` |
| Status after merging | **Draft**: not in \`published.lock\`, so the live site cannot be built with it. Publish it (\`npm run publish-version -- 2025-06-01\`) before merging. |
| Takes effect | June 1, 2025 (today) |
| Published on this site | on merging (June 1, 2025 or later) |
| \`/privacy/\` after merging | the version of January 1, 2025 (this version is a draft) |
| Summary | Says how long we keep information. |
| Compared with | this version as it stands at \`main\` |

**No words of the notice change**, nor their order or links (only the Markdown around them). 5 sections unchanged.

`,
    );
  });

  it('a section moved and a link destination changed, no word changed: both reported as changes, never "no words change"', () => {
    const moved = nextVersion('2025-06-01').replace('summary: Says how long we keep information.', 'summary: Moves Contact Us.');
    const base = V1.replace('Write to us by post.', 'Write to [us](mailto:privacy@example.org) by post.');
    const head = base
      .replace('date: 2025-01-01', 'date: 2025-06-01')
      .replace('summary: The first version.', 'summary: Moves Contact Us.')
      .replace('mailto:privacy@example.org', 'mailto:sales@example.com')
      .replace(/\n## Contact Us \{#contact_us\}\n\n[^\n]*\n/, '')
      .replace('## Scope {#scope}', `## Contact Us {#contact_us}\n\nWrite to [us](mailto:sales@example.com) by post.\n\n## Scope {#scope}`);
    expect(moved).not.toBe(head);
    const repo = history([{ '2025-01-01': base }], [{ '2025-01-01': base, '2025-06-01': head }]);
    const summary = summaryOf(repo);
    expect(summary).not.toContain('No words of the notice change');
    expect(summary).toContain(`**1 section changed, 4 sections unchanged.**

#### Contact Us: changed, moved from 5th to 2nd

<blockquote>
<p>Write to us by post. <span class="diff-links text-sm">(Link changed from <del>mailto:privacy@example.org</del> to <ins>mailto:sales@example.com</ins>.)</span></p>
</blockquote>`);

    // Only moved: its own line, with the places.
    const onlyMoved = history(
      [{ '2025-01-01': base }],
      [{ '2025-01-01': base, '2025-06-01': head.replace('mailto:sales@example.com', 'mailto:privacy@example.org') }],
    );
    expect(summaryOf(onlyMoved)).toContain(`**1 section moved, 4 sections unchanged.**

#### Contact Us: moved from 5th to 2nd

Its words are unchanged; readers now meet it in another place.`);
  });

  it('a version whose 30 days of "We updated this notice" are over is not promised them', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1, '2025-06-01': nextVersion('2025-06-01') }]);
    const late = prSummary({ base: 'main', cwd: repo.dir, today: '2025-07-15' });
    expect(late).toContain('this version (its 30 days of “We updated this notice” ended on June 30, 2025)');
    expect(late).not.toContain('until June 30');
  });

  it('a pull request touching only site.yaml: which entries changed, and no version', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1 }, [], SITE.replace('recentUpdateDays: 30', 'recentUpdateDays: 14')]);
    expect(summaryOf(repo)).toBe(
      `${header(repo.at)}No version of the notice changes.

### Site data: \`content/site.yaml\`

Changed: \`recentUpdateDays\`. Every page shows it from the deploy after merging.

${PASSED}`,
    );
  });

  it('a pull request touching nothing under content/ says so (and runs no check)', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1 }]);
    expect(summaryOf(repo)).toBe(`${header(repo.at)}This pull request changes nothing under \`content/\`.\n`);
  });

  it('runs as a command: prints the summary, and refuses an unknown base in one line', () => {
    const repo = history([{ '2025-01-01': V1 }], [{ '2025-01-01': V1 }]);
    const ok = captureIo({ cwd: repo.dir, env: { ...process.env, BUILD_DATE: TODAY } });
    expect([main(['--base', 'main'], ok), ok.out]).toEqual([0, summaryOf(repo)]);
    const bad = captureIo({ cwd: repo.dir });
    expect([main(['--base', 'no-such-branch'], bad), bad.err]).toEqual([
      2,
      'pr-summary: "no-such-branch" is not a commit here: fetch it first (in GitHub Actions, actions/checkout with fetch-depth: 0).\n',
    ]);
  });
});
