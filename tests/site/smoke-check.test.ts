import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../lib/static-server';
import { main, smokeCheck } from '../../scripts/smoke-check';
import { captureIo } from '../../scripts/support/cli';
import { SITE_OUT } from './built-site';

const catalog = JSON.parse(readFileSync(join(SITE_OUT, 'privacy', 'versions.json'), 'utf8')) as {
  current: string;
  versions: { date: string; sha256: string; changesUrl: string | null }[];
};
const current = catalog.versions.find((v) => v.date === catalog.current)!;

/** The built site as hosts serve it: `npm start`'s server, optionally altered by `tamper`, on a free loopback port. */
function host(options: { headers?: boolean; tamper?: (path: string) => string | number | undefined } = {}) {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    const site = createStaticServer(SITE_OUT, options.headers === false ? { headers: () => ({}) } : {});
    const serve = site.listeners('request')[0] as RequestListener;
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const altered = options.tamper?.(path);
      if (typeof altered === 'number') res.writeHead(altered).end();
      else if (typeof altered === 'string') res.writeHead(200, { 'Content-Type': 'application/json' }).end(altered);
      else serve(req, res);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());
  return () => url;
}

const failures = (results: { ok: boolean; message: string }[]) => results.filter((r) => !r.ok).map((r) => r.message);

describe('smoke check after a deploy', () => {
  describe('a host that sends the headers (npm start)', () => {
    const url = host();
    it('passes: /privacy/ shows versions.json current version, headers present, every version answers', async () => {
      const results = await smokeCheck({ url: url(), headers: true, expectCurrent: current.date, expectSha256: current.sha256 });
      expect(failures(results)).toEqual([]);
      expect(results.map((r) => r.message)).toContain(
        `the version of ${current.date}: its page, ${current.changesUrl ? 'changes page, ' : ''}sections.json and Markdown answer, and the Markdown's sha256 matches`,
      );
    });
    it('fails when the live site is not what this deploy built', async () => {
      const results = await smokeCheck({ url: url(), expectCurrent: '2099-01-01', expectSha256: '0'.repeat(64) });
      expect(failures(results)).toEqual([
        `/privacy/ is not what this deploy built, the version of 2099-01-01 (notice-sha256 ${'0'.repeat(64)}): the deploy failed or a cache serves an older one`,
      ]);
    });
  });

  describe('a host that sends no headers (GitHub Pages)', () => {
    const url = host({ headers: false });
    it('fails with --headers, naming each missing header', async () => {
      const messages = failures(await smokeCheck({ url: url(), headers: true }));
      expect(messages.length).toBeGreaterThan(0);
      expect(messages[0]).toMatch(/^\/privacy\/ is missing or changes Content-Security-Policy \(got null\), Strict-Transport-Security/);
    });
    it('passes without --headers, on the CSP <meta>', async () => {
      expect(failures(await smokeCheck({ url: url() }))).toEqual([]);
    });
  });

  describe('a broken deploy', () => {
    const stale = JSON.stringify({ ...catalog, versions: catalog.versions.map((v) => ({ ...v, sha256: 'f'.repeat(64) })) });
    const url = host({ tamper: (path) => (path === '/privacy/versions.json' ? stale : path.endsWith('.md') ? 404 : undefined) });
    it("fails when /privacy/ and versions.json disagree, or a version's page is missing", async () => {
      expect(failures(await smokeCheck({ url: url() }))).toEqual([
        `/privacy/ shows the version of ${current.date} (notice-sha256 ${current.sha256}); versions.json's current entry is ${current.date} (${'f'.repeat(64)})`,
        ...catalog.versions.map((v) => `the version of ${v.date}: /privacy/versions/${v.date}.md answers 404`),
      ]);
    });
    it('fails loudly as a command: exit 1, a GitHub error annotation per failure', async () => {
      const io = captureIo({ env: { ...process.env, GITHUB_ACTIONS: 'true' } });
      const run = { code: await main(['--url', url()], io), stdout: io.out, stderr: io.err };
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error title=Smoke check failed::/privacy/ shows the version of ${current.date}`);
      expect(run.stderr).toMatch(/^Smoke check of http:\/\/127\.0\.0\.1:\d+ FAILED: \d+ of \d+ checks failed\.\n$/);
    });
  });
});
