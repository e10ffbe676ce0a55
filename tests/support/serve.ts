import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createStaticServer } from '../../lib/static-server';

/** Serves out/ with npm start's server on a free loopback port for the tests of this file; `url()` is its base. */
export function serveBuiltSite(root = 'out'): { url: () => string } {
  let server: ReturnType<typeof createStaticServer>;
  let base = '';
  beforeAll(async () => {
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());
  return { url: () => base };
}
