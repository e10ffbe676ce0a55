import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLock, LOCK_FILE, sha256 } from './lock';

/**
 * A throw-away content folder for a test: a copy of the real site data plus the notice versions given
 * (file name → Markdown), all published (in the lock file) except `drafts`. Made-up versions live only
 * here, never in content/.
 */
export function contentFixture(
  versions: Record<string, string>,
  options: { site?: string; drafts?: string[] } = {},
): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'notice-content-'));
  cpSync(join('content', 'site.yaml'), join(dir, 'site.yaml'));
  if (options.site !== undefined) writeFileSync(join(dir, 'site.yaml'), options.site);
  mkdirSync(join(dir, 'privacy'));
  for (const [name, markdown] of Object.entries(versions)) {
    writeFileSync(join(dir, 'privacy', name), markdown);
  }
  const published = Object.entries(versions).filter(([name]) => !options.drafts?.includes(name));
  writeFileSync(join(dir, 'privacy', LOCK_FILE), formatLock(published.map(([name, markdown]) => ({ name, sha256: sha256(markdown) }))));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small, valid made-up notice version for tests. */
export function fixtureVersion(date: string, body = '## Scope {#scope}\n\nThis is a test notice.\n', summary = 'A test version.'): string {
  return `---\ntitle: Privacy Policy\ndate: ${date}\nsummary: ${JSON.stringify(summary)}\n---\n\n${body}`;
}
