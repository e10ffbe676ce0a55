import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './static-server';

describe('the static server npm start runs', () => {
  const root = mkdtempSync(join(tmpdir(), 'out-'));
  let server: ReturnType<typeof createStaticServer>;
  let base = '';

  beforeAll(async () => {
    mkdirSync(join(root, 'privacy'));
    writeFileSync(join(root, 'privacy', 'index.html'), '<h1>Notice</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a page at its trailing-slash URL', async () => {
    const res = await fetch(`${base}/privacy/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('<h1>Notice</h1>');
  });

  it('redirects the address without the slash, keeping the query', async () => {
    const res = await fetch(`${base}/privacy?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/privacy/?x=1');
  });

  it('answers unknown addresses with the site 404 page', async () => {
    const res = await fetch(`${base}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>Page not found</h1>');
  });
});
