import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../scripts/support/raw-http';
import { headersFor } from './security-headers';
import { createStaticServer } from './static-server';

const PAGE = `<h1>Notice</h1>${'x'.repeat(2000)}`;
const NOT_FOUND = '<h1>Page not found</h1>';

describe("npm start's server: send, and the few lines this site adds", () => {
  const root = mkdtempSync(join(tmpdir(), 'out-'));
  let server: ReturnType<typeof createStaticServer>;
  let port = 0;
  const get = (target: string, headers = '', options: { end?: boolean } = {}) =>
    rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: x\r\n${headers}\r\n`, options);
  const site = () => {
    mkdirSync(join(root, 'privacy'), { recursive: true });
    writeFileSync(join(root, 'privacy', 'index.html'), PAGE);
    writeFileSync(join(root, 'privacy', 'index.html.br'), 'BROTLI');
    writeFileSync(join(root, 'privacy', 'index.html.gz'), 'GZIP');
    writeFileSync(join(root, 'privacy', 'feed.xml'), '<feed/>');
    writeFileSync(join(root, '404.html'), NOT_FOUND);
    writeFileSync(join(root, '404.html.gz'), 'GZIP 404');
    writeFileSync(join(root, '_headers'), '/*\n');
    writeFileSync(join(root, '.hidden'), 'secret');
  };

  beforeAll(async () => {
    site();
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a page at its trailing-slash address with the headers of the one definition', async () => {
    const res = await get('/privacy/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(PAGE);
    for (const [name, value] of Object.entries(headersFor('/privacy/'))) expect(res.headers[name.toLowerCase()], name).toBe(value);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers.etag).toBeTruthy();
  });

  it('sends the precompressed copy the client prefers, typed as the page', async () => {
    const br = await get('/privacy/', 'Accept-Encoding: gzip, br\r\n');
    expect([br.headers['content-encoding'], br.body.toString(), br.headers['content-type']]).toEqual([
      'br',
      'BROTLI',
      'text/html; charset=utf-8',
    ]);
    const gzip = await get('/privacy/', 'Accept-Encoding: br;q=0, gzip\r\n');
    expect([gzip.headers['content-encoding'], gzip.body.toString()]).toEqual(['gzip', 'GZIP']);
  });

  it('redirects a folder asked for without its slash, keeping the query, never off the host', async () => {
    expect(await get('/privacy?x=1').then((r) => [r.status, r.headers.location])).toEqual([301, '/privacy/?x=1']);
    expect(await get('//privacy').then((r) => [r.status, r.headers.location])).toEqual([301, '/privacy/']);
    expect((await get('//privacy')).headers['content-security-policy']).toBe(headersFor('/')['Content-Security-Policy']);
  });

  it.each([
    '/nope/',
    '/_headers',
    '/privacy/index.html.br',
    '/.hidden',
    '/404.html',
    '/../etc/passwd',
    '/privacy/feed.xml/',
    '/%2e%2e/etc',
  ])('answers %s with the site 404 page', async (target) => {
    const res = await get(target);
    expect([res.status, res.body.toString(), res.headers['content-type']]).toEqual([404, NOT_FOUND, 'text/html; charset=utf-8']);
  });

  it('sends the 404 page compressed where accepted', async () => {
    const res = await get('/nope/', 'Accept-Encoding: gzip\r\n');
    expect([res.status, res.headers['content-encoding'], res.body.toString()]).toEqual([404, 'gzip', 'GZIP 404']);
  });

  it('answers only GET and HEAD (405 with Allow), and a bad escape with 400, each with the headers', async () => {
    const post = await rawRequest(port, 'POST /privacy/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    const bad = await get('/%');
    expect(bad.status).toBe(400);
    for (const res of [post, bad]) expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('answers a client that half-closes after its request, with the whole file', async () => {
    const res = await get('/privacy/', '', { end: true });
    expect([res.status, res.body.toString()]).toEqual([200, PAGE]);
  });

  it('goes on serving when the files of the site are emptied, damaged or removed under it', async () => {
    for (const name of ['404.html', 'privacy/index.html', 'privacy/index.html.br', 'privacy/index.html.gz'])
      writeFileSync(join(root, name), '');
    expect((await get('/privacy/')).status).toBe(200);
    rmSync(root, { recursive: true, force: true });
    expect((await get('/privacy/')).status).toBe(404);
    expect((await get('/nope/')).status).toBe(404);
    site();
    expect((await get('/privacy/')).body.toString()).toBe(PAGE);
  });
});
