import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildIsStale } from '../../lib/build-status';
import { createStaticServer } from '../../lib/static-server';
import { FIXTURE_TODAY, writeHistoryFixture } from '../fixtures/history';

export const FIXTURE_OUT = '.build/e2e-history-site';
const FIXTURE_CONTENT = '.build/e2e-history-content';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site (out/), served as npm start serves it. */
    siteUrl: string;
    /** A site built from a made-up version history (tests/fixtures/history.ts). */
    historyUrl: string;
  }
}

/** Builds the real site and a fixture history site when stale, and serves both on free loopback ports. */
export default async function setup(project: TestProject) {
  const build = (env: Record<string, string>) =>
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (buildIsStale()) build({});
  if (buildIsStale(FIXTURE_OUT, ['tests/fixtures/history.ts']) || !existsSync(FIXTURE_CONTENT)) {
    writeHistoryFixture(FIXTURE_CONTENT);
    build({ CONTENT_DIR: FIXTURE_CONTENT, OUT_DIR: FIXTURE_OUT, BUILD_DATE: FIXTURE_TODAY });
  }
  const servers = ['out', FIXTURE_OUT].map((root) => createStaticServer(root));
  const urls = await Promise.all(
    servers.map(
      (server) =>
        new Promise<string>((resolve) =>
          server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
        ),
    ),
  );
  project.provide('siteUrl', urls[0]);
  project.provide('historyUrl', urls[1]);
  return () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
}
