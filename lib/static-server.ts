import { existsSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse, STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { resolve, sep } from 'node:path';
import Negotiator from 'negotiator';
import send from 'send';
import { headersFor, isNeverServed } from './security-headers';

/** Requests a connection may have waiting for their answers (pipelined) before the next are refused. */
export const MAX_PIPELINED = 32;
/** The precompressed copies the build writes beside each text file, by Accept-Encoding token. */
const COPIES = { br: '.br', gzip: '.gz' } as const;

type HeadersOf = (pathname: string) => Record<string, string>;

/**
 * `npm start`'s server: out/ through `send` (the file server under Express's serve-static: path decoding
 * and traversal, ETag, conditional and range requests, dotfiles), with this site's headers on every answer,
 * the precompressed copies, `/privacy` → `/privacy/`, and the site's 404 page. A preview and the tests'
 * server; production is the static hosts. send rather than sirv (which sends brotli to `br;q=0` and throws
 * out of its handler on `Range: bytes=5-1`) or serve-handler (no precompressed copies): docs/hosting.md.
 */
export function createStaticServer(root = 'out', options: { headers?: HeadersOf } = {}): Server {
  const headersOf = options.headers ?? headersFor;
  // Every answer starts out with the site's headers, so those node:http writes itself carry them too (the
  // 417 for an unknown Expect).
  class SiteResponse extends ServerResponse {
    constructor(req: IncomingMessage) {
      super(req);
      for (const [name, value] of Object.entries(headersOf('/'))) this.setHeader(name, value);
    }
  }
  // Host is checked in serve(), so that its 400 carries the site's headers like every other answer.
  const server = createServer(
    { ServerResponse: SiteResponse, headersTimeout: 20_000, requestTimeout: 60_000, requireHostHeader: false },
    (req, res) =>
      inTurn(res, () => serve(resolve(root), headersOf, req, res)) ||
      answer(res, headersOf, 503, { Connection: 'close', 'Retry-After': '1' }),
  );
  // What the HTTP parser refuses (an unknown method, a broken request line) is answered with the headers too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const headers = { ...headersOf('/'), 'Content-Length': '0', Connection: 'close' };
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`,
    );
  });
  // A client that half-closes after its request still gets the answer (node:http otherwise drops the
  // requests still being answered when the client's side ends). lib/static-server.test.ts checks it.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // A connection silent for a minute is closed, so idle connections cannot pile up for ever.
  server.setTimeout(60_000);
  return server;
}

/** Per connection, the answers waiting for the one being sent. */
const queues = new WeakMap<Socket, (() => void)[]>();

/**
 * Starts `answer` once every earlier answer on its connection has finished (HTTP/1.1 sends them in order
 * anyway), so a client that pipelines requests and reads nothing holds one open file, not one per request.
 * Past MAX_PIPELINED waiting, a request is refused at once (503, the connection then closed): that answer
 * is written, not waiting, and node:http stops reading a connection whose written answers back up, so
 * what a connection can make the server keep is bounded too. Browsers do not pipeline; nothing real
 * comes near the limit. Returns false when refused.
 */
function inTurn(res: ServerResponse, answer: () => void): boolean {
  const socket = res.req.socket;
  const queue = queues.get(socket) ?? [];
  queues.set(socket, queue);
  if (queue.length > MAX_PIPELINED) return false;
  queue.push(() => {
    // A connection gone: the answers still waiting are dropped with it (none has opened anything).
    if (socket.destroyed) {
      queue.length = 0;
      return;
    }
    res.once('close', () => {
      queue.shift();
      queue[0]?.();
    });
    answer();
  });
  if (queue.length === 1) queue[0]();
  return true;
}

function serve(root: string, headersOf: HeadersOf, req: IncomingMessage, res: ServerResponse) {
  if (req.httpVersion === '1.1' && !req.headers.host) return answer(res, headersOf, 400);
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, headersOf, 405, { Allow: 'GET, HEAD' });
  const url = req.url ?? '/';
  const [rawPath, query = ''] = url.split(/\?(.*)/s, 2);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return answer(res, headersOf, 400);
  }
  if (!path.startsWith('/') || path.includes('\0')) return answer(res, headersOf, 400);
  if (isNeverServed(path)) return notFound(root, headersOf, req, res);

  // send decodes the path itself: it gets the path as requested; the lookups here use the decoded one.
  const index = (p: string) => (p.endsWith('/') ? `${p}index.html` : p);
  const file = index(path);
  const copy = precompressed(root, file, req);
  const stream = send(req, copy ? `${index(rawPath)}${COPIES[copy]}` : index(rawPath), {
    root,
    index: false,
    cacheControl: false,
    dotfiles: 'ignore',
  });
  stream.on('headers', (response: ServerResponse) => {
    for (const [name, value] of Object.entries(headersOf(path))) response.setHeader(name, value);
    if (copy) response.setHeader('Content-Encoding', copy);
    if (copy || hasCopies(root, file)) response.setHeader('Vary', 'Accept-Encoding');
  });
  stream.on('directory', () => {
    // A folder asked for without its slash: the page is at the address with one. A single leading
    // slash, so the redirect never leaves this host (`//evil.example` is a path here, not a host).
    const location = `/${rawPath.replace(/^\/+/, '')}/${query ? `?${query}` : ''}`;
    answer(res, headersOf, 301, { Location: location });
  });
  stream.on('error', (error: { status?: number; headers?: Record<string, string> }) => {
    const status = error.status ?? 500;
    if (status === 404 || status === 403) return notFound(root, headersOf, req, res);
    answer(res, headersOf, status, error.headers ?? {});
  });
  stream.pipe(res);
}

/** The copy to send for `file`, in the encoding the client prefers (q-values), if the build wrote one. */
function precompressed(root: string, file: string, req: IncomingMessage): keyof typeof COPIES | undefined {
  // Ties go to brotli (browsers list gzip first at the same weight). negotiator 1 takes `preferred`; its types predate it.
  const negotiator = new Negotiator(req) as Negotiator & { encodings(available: string[], options: { preferred: string[] }): string[] };
  for (const encoding of negotiator.encodings(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] })) {
    if (encoding === 'identity') return undefined;
    const copy = encoding as keyof typeof COPIES;
    if (existsSync(inside(root, file + COPIES[copy]))) return copy;
  }
  return undefined;
}

/** The build writes both copies of every text file: one existing means the answer varies by encoding. */
const hasCopies = (root: string, file: string) => existsSync(inside(root, file + COPIES.gzip));

/** `file` under root, or a path that names nothing when it would leave root (send refuses those itself). */
function inside(root: string, file: string): string {
  const full = resolve(root, `.${file}`);
  return full.startsWith(root + sep) ? full : '\0';
}

/** The site's 404 page (its precompressed copy where accepted), with the headers of an HTML page. */
function notFound(root: string, headersOf: HeadersOf, req: IncomingMessage, res: ServerResponse) {
  const copy = precompressed(root, '/404.html', req);
  const stream = send(req, copy ? `/404.html${COPIES[copy]}` : '/404.html', {
    root,
    cacheControl: false,
    etag: false,
    lastModified: false,
  });
  stream.on('headers', (response: ServerResponse) => {
    response.statusCode = 404;
    for (const [name, value] of Object.entries(headersOf('/404.html'))) response.setHeader(name, value);
    response.setHeader('Vary', 'Accept-Encoding');
    if (copy) response.setHeader('Content-Encoding', copy);
  });
  // No 404 page (a site that is not built): a short answer still.
  stream.on('error', () => answer(res, headersOf, 404));
  stream.pipe(res);
}

/** A short HTML answer for a status without a page of its own. */
function answer(res: ServerResponse, headersOf: HeadersOf, status: number, extra: Record<string, string> = {}) {
  if (res.headersSent) return res.destroy();
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  const body = `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1></html>\n`;
  res.writeHead(status, { ...headersOf('/'), 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
