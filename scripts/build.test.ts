import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsStale, expectedStamp, readStamp, stampPath } from '../lib/build-status';

// Inside the project, as build targets are (the staging folder must be on the same file system).
mkdirSync('.build', { recursive: true });
const dir = mkdtempSync(join('.build', 'build-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A previously built site: a page and a stamp, to check that a build which does not finish leaves it alone. */
function previousSite(name: string): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the previous site');
  writeFileSync(stampPath(out), JSON.stringify({ sourceHash: 'old', buildDate: '2024-10-02', builtAt: 'then' }));
  return out;
}
const stagingLeft = (name: string) => readdirSync('.build').filter((entry) => entry.startsWith(`staging-${name}-`));

describe('npm run build', () => {
  /** A build that fails at its first step, the content check. */
  function failingBuild(out: string) {
    const content = join(dir, 'broken-content');
    mkdirSync(join(content, 'privacy'), { recursive: true });
    writeFileSync(join(content, 'privacy', '2024-10-02.md'), 'not a notice');
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
      encoding: 'utf8',
    });
  }

  it('leaves the previous site untouched, and no staging folder, when the build fails', () => {
    const out = previousSite('failed');
    expect(failingBuild(out).status).not.toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expect(readStamp(out)?.sourceHash).toBe('old');
    expect(stagingLeft('failed')).toEqual([]);
  });

  it('leaves the previous site untouched when killed midway, and the next build sweeps what it left', async () => {
    const out = previousSite('killed');
    const build = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, OUT_DIR: out },
      stdio: 'ignore',
      detached: true,
    });
    const exited = new Promise((resolve) => build.on('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));
    // Killed once it has claimed its staging folder: from then on it has something to leave behind.
    while (running && stagingLeft('killed').length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stagingLeft('killed')).toHaveLength(1);
    process.kill(-build.pid!, 'SIGKILL');
    await exited;
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expect(buildIsStale(out)).toBe(true);
    failingBuild(out);
    expect(stagingLeft('killed')).toEqual([]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous site');
  });
});

describe('the completion stamp', () => {
  it('is stale when missing, and when the content or the build date differ from the stamp', () => {
    const out = join(dir, 'stamped');
    const content = join(dir, 'content');
    mkdirSync(out, { recursive: true });
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, 'site.yaml'), 'a: 1\n');
    const env = { ...process.env, CONTENT_DIR: content, BUILD_DATE: '2025-01-01' };
    expect(buildIsStale(out, { env })).toBe(true);
    writeFileSync(stampPath(out), JSON.stringify({ ...expectedStamp(env), builtAt: 'now' }));
    expect(buildIsStale(out, { env })).toBe(false);
    expect(buildIsStale(out, { env: { ...env, BUILD_DATE: '2025-01-02' } })).toBe(true);
    writeFileSync(join(content, 'site.yaml'), 'a: 2\n');
    expect(buildIsStale(out, { env })).toBe(true);
    expect(existsSync(stampPath(out))).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});
