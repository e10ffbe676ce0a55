import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../lib/static-server';
import { ensureSites } from '../../scripts/support/sites';

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
  const { site, history } = ensureSites();
  const servers = [site, history].map((root) => createStaticServer(root));
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
