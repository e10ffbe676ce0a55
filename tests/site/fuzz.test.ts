import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../scripts/support/raw-http';
import { isNeverServed } from '../../lib/security-headers';
import { BAD_REQUESTS } from '../support/bad-requests';

/** Fixed, so a failure reproduces; fast-check prints the shrunk request that failed. */
const SEED = 1_0_2024;
const RUNS = 3_000;
/** A file that is not a page. */
const asset = '/favicon.svg';
const CORPUS = BAD_REQUESTS.map(({ request }) => request.replace('{asset}', asset));

/** The file under out/ a GET's target names, when there is one (the answer must then be its bytes). */
function fileOf(request: string): string | undefined {
  const [, method, target] = /^(\S+) (\S+)/.exec(request) ?? [];
  if (method !== 'GET' || !target?.startsWith('/')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(target.split('?')[0]);
  } catch {
    return undefined;
  }
  const file = `out${path.endsWith('/') ? `${path}index.html` : path}`;
  return !path.includes('..') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Sends raw bytes, half-closes, and returns everything the server wrote before closing. */
function exchange(port: number, request: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error('no answer and no close within 5 s'));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // A reset after the answer is fine: 'close' follows.
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    socket.end(request);
  });
}

const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,8}$/);
const pathChar = fc.constantFrom(...'/./../%%2e%2f%00%ff%C0%AE?#[]\\ a:;@&=+$,~\t'.split(''), '%', '..', '//', 'privacy', 'versions', 'é');
const target = fc.oneof(
  fc.constantFrom('/', '/privacy/', '/privacy', '/privacy/feed.xml', '/favicon.svg', asset, '/404.html', '*', 'http://x/privacy/'),
  fc.array(pathChar, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
);
const headerValue = fc.oneof(
  fc.tuple(fc.option(fc.nat()), fc.option(fc.nat())).map(([a, b]) => `bytes=${a ?? ''}-${b ?? ''}`),
  fc.constantFrom(
    '*',
    '"a"',
    'W/"a", "b"',
    'br;q=0, gzip',
    'identity;q=0',
    'chunked',
    '100-continue',
    'close',
    '-1',
    '99999999999999999999',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ maxLength: 20 }),
);
const headerName = fc.oneof(
  fc.constantFrom('Host', 'Range', 'If-Range', 'If-None-Match', 'If-Match', 'If-Modified-Since', 'If-Unmodified-Since'),
  fc.constantFrom('Accept-Encoding', 'Content-Length', 'Transfer-Encoding', 'Expect', 'Connection', 'Upgrade'),
  token,
);
/** A request built from parts: plausible enough to reach the handler, odd enough to test it. */
const generated = fc
  .record({
    method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'TRACE', 'CONNECT', 'PRI', 'get'), token),
    target,
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'http/1.1', ''),
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
    host: fc.boolean(),
    body: fc.option(fc.string({ maxLength: 40 })),
  })
  .map(({ method, target, version, headers, host, body }) =>
    Buffer.from(
      `${method} ${target} ${version}\r\n${host ? 'Host: localhost\r\n' : ''}${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n${body ?? ''}`,
      'utf8',
    ),
  );
/** A request from the bad-request corpus with a few bytes replaced, inserted, deleted or repeated. */
const mutated = fc
  .tuple(
    fc.constantFrom(...CORPUS),
    fc.array(fc.tuple(fc.constantFrom('replace', 'insert', 'delete', 'repeat'), fc.nat(), fc.nat({ max: 255 }), fc.nat({ max: 40 })), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([request, edits]) => {
    let bytes = Buffer.from(request, 'latin1');
    for (const [edit, at, byte, length] of edits) {
      const i = at % (bytes.length + 1);
      const parts = [bytes.subarray(0, i), bytes.subarray(i)];
      if (edit === 'replace') bytes = Buffer.concat([parts[0], Buffer.from([byte]), bytes.subarray(i + 1)]);
      if (edit === 'insert') bytes = Buffer.concat([parts[0], Buffer.from([byte]), parts[1]]);
      if (edit === 'delete') bytes = Buffer.concat([parts[0], bytes.subarray(i + length)]);
      if (edit === 'repeat') bytes = Buffer.concat([parts[0], bytes.subarray(i, i + length), parts[1]]);
    }
    return bytes;
  });

describe('npm start under thousands of generated and mutated requests', () => {
  let server: ChildProcess;
  let port = 0;
  let stdout = '';
  let stderr = '';
  let filesReceived = 0;

  beforeAll(async () => {
    // The real `npm start` process (its script, without npm), on a free loopback port.
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stderr!.on('data', (chunk) => (stderr += chunk));
    port = await new Promise<number>((resolve, reject) => {
      server.stdout!.on('data', (chunk) => {
        stdout += chunk;
        const match = /localhost:(\d+)\//.exec(stdout);
        if (match) resolve(Number(match[1]));
      });
      server.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${stdout}${stderr}`)));
    });
  });
  afterAll(() => server?.exitCode === null && server.kill('SIGKILL'));

  it.each(BAD_REQUESTS)('answers the corpus request "$name" with the headers, and a file only whole', async ({ request: raw }) => {
    const request = raw.replace('{asset}', asset);
    // Half-closed after the request, as the fuzzer below does: the answer must still come whole.
    const res = await rawRequest(port, request, { end: true });
    expect(res.status === 505 || res.status < 500, String(res.status)).toBe(true);
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'strict-transport-security'])
      expect(res.headers[name], name).toBeTruthy();
    // Nothing from outside out/, and no file out/ keeps for the build or the hosts.
    expect(res.body.toString('latin1')).not.toMatch(/root:|^\/\*\n {2}Content-Security-Policy|sourceHash/);
    const file = fileOf(request);
    if (file && isNeverServed(file.slice('out'.length))) expect(res.status).toBe(404);
    // A file's answer is its bytes, all of them (a range: the bytes it names).
    else if (file && res.status === 200) {
      expect(res.body.equals(readFileSync(file))).toBe(true);
      filesReceived++;
    } else if (file && res.status === 206) {
      const [, first, last] = /^bytes (\d+)-(\d+)\//.exec(res.headers['content-range']) ?? [];
      expect(res.body.equals(readFileSync(file).subarray(Number(first), Number(last) + 1))).toBe(true);
      filesReceived++;
    } else if (res.status === 200) expect(res.body.length).toBe(Number(res.headers['content-length']));
  });

  it('received the bytes of a file for the many corpus requests that are good ones', () => {
    // So the checks of the bytes above cannot pass by never being reached.
    expect(filesReceived).toBeGreaterThanOrEqual(10);
  });

  it('answers every generated request, never with a 5xx, a 200 always with its whole body; and still serves /privacy/', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(generated, mutated), async (request) => {
        const answer = await exchange(port, request);
        const statuses = [...answer.toString('latin1').matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));
        // The first answer of a GET that succeeded carries the whole file it promised (not only a status line).
        if (request.subarray(0, 4).toString() === 'GET ' && statuses[0] === 200) {
          const head = answer.indexOf('\r\n\r\n');
          const length = Number(/\r\ncontent-length: (\d+)/i.exec(answer.subarray(0, head).toString('latin1'))?.[1]);
          expect(answer.length - head - 4).toBeGreaterThanOrEqual(length);
        }
        // 505 is the one 5xx allowed: the answer to an HTTP/2.0 request line, nginx's too (no server fault).
        expect(statuses.filter((status) => status >= 500 && status !== 505)).toEqual([]);
        expect(server.exitCode).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const page = await fetch(`http://127.0.0.1:${port}/privacy/`);
    expect(page.status).toBe(200);
    expect(stderr).toBe('');
  }, 120_000);

  it('stops gracefully on SIGTERM, freeing the port', async () => {
    expect(server.exitCode).toBeNull();
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/SIGTERM, stopping/);
    await expect(fetch(`http://127.0.0.1:${port}/privacy/`)).rejects.toThrow();
  });
});
