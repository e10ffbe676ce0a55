import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../scripts/support/raw-http';
import { headersFor } from './security-headers';
import { createStaticServer, MAX_PIPELINED } from './static-server';

const PAGE = `<h1>Notice</h1>${'x'.repeat(2000)}`;
const NOT_FOUND = '<h1>Page not found</h1>';

describe("npm start's server: send, and the few lines this site adds", () => {
  const parent = mkdtempSync(join(tmpdir(), 'site-'));
  const root = join(parent, 'out');
  const stamp = join(parent, '.out.stamp.json');
  /** Large enough that it is still being sent when the client pauses after the first bytes. */
  const BIG = Buffer.alloc(8 << 20, 'b');
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
    writeFileSync(join(root, 'big.txt'), BIG);
    writeFileSync(stamp, '{"sourceHash":"x","buildDate":"2026-01-01","builtAt":"x"}');
  };
  /** Writes `request` (half-closing after it) and returns every byte the server sent before it closed. */
  const exchange = (request: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => resolve(data));
      socket.end(request);
    });

  beforeAll(async () => {
    site();
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(parent, { recursive: true, force: true });
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

  it('answers pipelined requests in turn, refusing those past MAX_PIPELINED waiting with a 503 that has the headers', async () => {
    // All in one packet, so all are read before the first answer is done: the one being sent, MAX_PIPELINED waiting, one refused.
    const requests = 'GET /privacy/ HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(MAX_PIPELINED + 2);
    const answers = (await exchange(requests)).split(/(?=HTTP\/1\.1 )/);
    expect(answers.map((a) => a.slice(9, 12))).toEqual([...Array<string>(MAX_PIPELINED + 1).fill('200'), '503']);
    expect(answers.at(-2)).toContain(PAGE);
    expect(answers.at(-1)).toContain(`Content-Security-Policy: ${headersFor('/')['Content-Security-Policy']}\r\n`);
  });

  it("puts the headers on node:http's own answers too: the 417 for an unknown Expect", async () => {
    const res = await get('/privacy/', 'Expect: nonsense\r\nConnection: close\r\n', { end: true });
    expect([res.status, res.headers['content-security-policy']]).toEqual([417, headersFor('/')['Content-Security-Policy']]);
  });

  it('sends a file being replaced mid-answer whole (the old one), and lives through one truncated mid-answer', async () => {
    const read = (change: () => void) =>
      new Promise<Buffer>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.once('data', () => {
          // The answer has begun: change the file under it, then read on.
          socket.pause();
          change();
          setTimeout(() => socket.resume(), 50);
        });
        socket.on('data', (chunk) => chunks.push(chunk));
        // A file that came up short leaves the answer unfinished: the client gives up after a while.
        socket.setTimeout(1_000, () => socket.destroy());
        socket.on('close', () => resolve(Buffer.concat(chunks)));
        socket.write('GET /big.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
    // A build moves new files into place: the answer under way keeps the file it opened.
    const replaced = await read(() => {
      writeFileSync(join(root, 'big.new'), 'new');
      renameSync(join(root, 'big.new'), join(root, 'big.txt'));
    });
    expect(replaced.subarray(replaced.indexOf('\r\n\r\n') + 4).equals(BIG)).toBe(true);
    writeFileSync(join(root, 'big.txt'), BIG);
    await read(() => writeFileSync(join(root, 'big.txt'), ''));
    expect((await get('/big.txt')).body.toString()).toBe('');
    expect((await get('/privacy/')).body.toString()).toBe(PAGE);
  });

  it('goes on serving when the files of the site are emptied, damaged or removed under it', async () => {
    for (const name of ['404.html', 'privacy/index.html', 'privacy/index.html.br', 'privacy/index.html.gz'])
      writeFileSync(join(root, name), '');
    // The completion stamp beside the site: the server never reads it, so nothing in it can stop it.
    writeFileSync(stamp, '{"sourceHa');
    expect((await get('/privacy/')).status).toBe(200);
    rmSync(parent, { recursive: true, force: true });
    expect((await get('/privacy/')).status).toBe(404);
    expect((await get('/nope/')).status).toBe(404);
    site();
    expect((await get('/privacy/')).body.toString()).toBe(PAGE);
  });
});
