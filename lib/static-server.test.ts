import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../scripts/support/raw-http';
import { createStaticServer } from './static-server';

const PAGE = `<h1>Notice</h1>${'x'.repeat(2000)}`;

describe('the static server npm start runs', () => {
  const root = mkdtempSync(join(tmpdir(), 'out-'));
  let server: ReturnType<typeof createStaticServer>;
  let base = '';
  let port = 0;
  const raw = (request: string, head = false) => rawRequest(port, request, { head });
  const get = (target: string, headers = '') => raw(`GET ${target} HTTP/1.1\r\nHost: x\r\n${headers}\r\n`);

  beforeAll(async () => {
    mkdirSync(join(root, 'privacy', 'versions'), { recursive: true });
    mkdirSync(join(root, '404'));
    writeFileSync(join(root, 'privacy', 'index.html'), PAGE);
    writeFileSync(join(root, 'privacy', 'index.html.br'), 'BROTLI');
    writeFileSync(join(root, 'privacy', 'index.html.gz'), 'GZIP');
    writeFileSync(join(root, 'privacy', 'feed.xml'), '<feed/>');
    writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
    writeFileSync(join(root, '404', 'index.html'), '<h1>Page not found</h1>');
    writeFileSync(join(root, '_headers'), '/*\n');
    writeFileSync(join(root, '.build-stamp.json'), '{}');
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a page at its trailing-slash URL', async () => {
    const res = await fetch(`${base}/privacy/`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(PAGE);
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

  describe('requests that used to crash the process (each must get an answer, and the server live on)', () => {
    it.each([
      ['/%', 400],
      ['/%ff', 404],
      ['/%E0%A4%A', 400],
      ['/privacy/%C0%AE%C0%AE/', 404],
      ['//[', 404],
    ])('URIError / ERR_INVALID_URL: GET %s → %i', async (target, status) => {
      expect((await get(target)).status).toBe(status);
      expect((await get('/privacy/')).status).toBe(200);
    });

    it('RangeError ERR_OUT_OF_RANGE: Range bytes=500-100 → 416 with Content-Range', async () => {
      const res = await get('/privacy/', 'Range: bytes=500-100\r\n');
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${PAGE.length}`);
      expect((await get('/privacy/')).status).toBe(200);
    });

    it("unhandled 'error' on the read stream: a file deleted between requests is a 404, not a crash", async () => {
      writeFileSync(join(root, 'gone.svg'), '<svg/>');
      expect((await get('/gone.svg')).status).toBe(200);
      rmSync(join(root, 'gone.svg'));
      expect((await get('/gone.svg')).status).toBe(404);
      expect((await get('/privacy/')).status).toBe(200);
    });
  });

  it('answers other methods 405 with Allow, overlong URLs 414, announced huge bodies 413', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'FOO']) {
      const res = await raw(`${method} /privacy/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc`);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.headers['content-security-policy']).toBeTruthy();
    }
    expect((await get(`/${'a'.repeat(10_000)}`)).status).toBe(414);
    expect((await get('/privacy/', `Content-Length: ${2 * 1024 * 1024}\r\n`)).status).toBe(413);
    expect((await raw('GET / HTTP/1.1\r\n\r\n')).status).toBe(400);
  });

  it('keeps redirects on this host and refuses paths above the root', async () => {
    const res = await get('/.//evil.example/x%2F..%2F..%2Fprivacy');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/privacy/');
    expect((await get('/%2e%2e%2f%2e%2e%2fetc')).status).toBe(400);
    expect((await get('/../etc/passwd')).status).toBe(400);
  });

  it('never serves _headers, precompressed copies, dotfiles, /404/ or a file with a trailing slash', async () => {
    for (const target of [
      '/_headers',
      '/privacy/index.html.br',
      '/privacy/index.html.gz',
      '/.build-stamp.json',
      '/404/',
      '/404.html',
      '/privacy/feed.xml/',
    ])
      expect((await get(target)).status, target).toBe(404);
  });

  it('answers ranges as RFC 9110 says', async () => {
    const last = await get('/privacy/', 'Range: bytes=-500\r\n');
    expect(last.status).toBe(206);
    expect(last.body.toString()).toBe(PAGE.slice(-500));
    expect(last.headers['content-range']).toBe(`bytes ${PAGE.length - 500}-${PAGE.length - 1}/${PAGE.length}`);
    const first = await get('/privacy/', 'Range: bytes=0-0\r\n');
    expect([first.status, first.body.toString()]).toEqual([206, '<']);
    expect((await get('/privacy/', 'Range: bytes=abc\r\n')).status).toBe(416);
    expect((await get('/privacy/', 'Range: bytes=0-1,5-6\r\n')).status).toBe(200);
    expect((await get('/privacy/', 'Range: items=0-1\r\n')).status).toBe(200);
  });

  it('answers conditional requests as RFC 9110 says, the 304 keeping ETag and Vary', async () => {
    const { etag, 'last-modified': lastModified } = (await get('/privacy/')).headers;
    const notModified = await get('/privacy/', 'If-None-Match: *\r\n');
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers.vary).toBe('Accept-Encoding');
    expect((await get('/privacy/', `If-None-Match: "x", W/${etag}\r\n`)).status).toBe(304);
    expect((await get('/privacy/', `If-Modified-Since: ${lastModified}\r\n`)).status).toBe(304);
    expect((await get('/privacy/', 'If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n')).status).toBe(200);
    expect((await get('/privacy/', 'If-Match: "nope"\r\n')).status).toBe(412);
    expect((await get('/privacy/', `If-Range: "old"\r\nRange: bytes=0-0\r\n`)).status).toBe(200);
    expect((await get('/privacy/', `If-Range: ${etag}\r\nRange: bytes=0-0\r\n`)).status).toBe(206);
  });

  it('honours q-values in Accept-Encoding', async () => {
    expect((await get('/privacy/', 'Accept-Encoding: br, gzip\r\n')).headers['content-encoding']).toBe('br');
    expect((await get('/privacy/', 'Accept-Encoding: br;q=0, gzip\r\n')).headers['content-encoding']).toBe('gzip');
    expect((await get('/privacy/', 'Accept-Encoding: br;q=0\r\n')).headers['content-encoding']).toBeUndefined();
  });
});

describe('a rebuild while serving', () => {
  it('finishes a response with the bytes it started with, and serves the new site next', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-'));
    const root = join(parent, 'out');
    // The new site's page is smaller: a server that remembered the old length would send a wrong one.
    const site = (letter: string) => {
      const dir = join(parent, `site-${letter}`);
      mkdirSync(join(dir, 'big'), { recursive: true });
      writeFileSync(join(dir, 'big', 'index.html'), letter.repeat((letter === 'a' ? 8 : 3) * 1024 * 1024));
      return dir;
    };
    renameSync(site('a'), root);
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        get({ port, host: '127.0.0.1', path: '/big/' }, (res) => {
          const chunks: Buffer[] = [];
          res.once('data', (first: Buffer) => {
            chunks.push(first);
            res.pause();
            // What scripts/build.ts does: the old site aside, the new one in, the old one deleted.
            renameSync(root, join(parent, 'retired'));
            renameSync(site('b'), root);
            rmSync(join(parent, 'retired'), { recursive: true });
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve(Buffer.concat(chunks).toString()));
            res.resume();
          });
        }).on('error', reject);
      });
      expect(body.length).toBe(8 * 1024 * 1024);
      expect(body.replaceAll('a', '')).toBe('');
      const next = await fetch(`http://127.0.0.1:${port}/big/`, { headers: { 'accept-encoding': 'identity' } });
      const text = await next.text();
      expect(next.headers.get('content-length')).toBe(String(3 * 1024 * 1024));
      expect([text.length, text.replaceAll('b', '')]).toEqual([3 * 1024 * 1024, '']);
    } finally {
      server.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
