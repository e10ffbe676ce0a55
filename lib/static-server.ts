import { existsSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import Negotiator from 'negotiator';
import { parseRange } from './byte-range';
import { MAX_TARGET_LENGTH, parseRequestTarget } from './request-target';
import { headersFor, isNeverServed } from './security-headers';

/** The largest request body announced before 413, as nginx's `client_max_body_size` default (1 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;
const ALLOWED = 'GET, HEAD';
/** The precompressed copies the build writes beside each text file. */
const SUFFIX: Record<string, string> = { br: '.br', gzip: '.gz' };

type HeadersOf = (pathname: string) => Record<string, string>;

/**
 * The server `npm start` runs: the exported site (out/) over node:http, with the headers of
 * lib/security-headers.ts on every response, clean trailing-slash URLs (`/privacy` → 301 `/privacy/`),
 * the site's 404 page, the precompressed .br/.gz copies the build writes, conditional and single-range
 * requests (RFC 9110), and the same answers as nginx with deploy/nginx.conf to malformed requests. Each
 * file is opened once and its headers come from that open file, so a rebuild that swaps out/ never
 * mixes one file's headers with another's bytes.
 */
export function createStaticServer(root = 'out', options: { headers?: HeadersOf } = {}): Server {
  const headersOf = options.headers ?? headersFor;
  const server = createServer(
    {
      // We check Host ourselves, so the 400 carries the site's headers.
      requireHostHeader: false,
      headersTimeout: 20_000,
      requestTimeout: 60_000,
    },
    (req, res) => {
      handle(root, headersOf, req, res).catch((error: unknown) => {
        console.error(`static server: ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) sendError(res, headersOf, 500);
        else res.destroy();
      });
    },
  );
  // A connection silent for a minute is closed (nginx's client_header_timeout and send_timeout), so idle
  // connections cannot pile up for ever.
  server.setTimeout(60_000);
  // Unknown expectations are ignored, as nginx does, instead of Node's bare 417.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => server.emit('request', req, res));
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) =>
    answerParseError(error, socket, headersOf),
  );
  return server;
}

async function handle(root: string, headersOf: HeadersOf, req: IncomingMessage, res: ServerResponse) {
  if (req.httpVersionMajor !== 1) return sendError(res, headersOf, 505);
  if (req.httpVersionMinor >= 1 && !req.headers.host) return sendError(res, headersOf, 400);
  const target = parseRequestTarget(req.url ?? '');
  if (!target.ok && target.status !== 404) return sendError(res, headersOf, target.status);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, headersOf, 405, { Allow: ALLOWED });
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return sendError(res, headersOf, 413, { Connection: 'close' });
  if (!target.ok || isNeverServed(target.path)) return sendNotFound(root, headersOf, req, res);

  const { path, query } = target;
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  const found = await openFile(root, file);
  if (!found) return sendNotFound(root, headersOf, req, res);
  if (found.stat.isDirectory()) {
    await found.handle.close();
    // The normalised path starts with exactly one slash, so the redirect stays on this host.
    const location = `${encodeURI(path)}/${query}`;
    // nginx types its redirect page without a charset; so do we, to send the same headers.
    return sendError(res, headersOf, 301, { Location: location, 'Content-Type': 'text/html' });
  }
  if (!found.stat.isFile()) {
    await found.handle.close();
    return sendNotFound(root, headersOf, req, res);
  }
  const variant = await variantOf(req, file, found);
  await sendFile(req, res, variant.file, { ...headersOf(path), ...variant.headers }, headersOf);
}

interface OpenFile {
  handle: FileHandle;
  stat: Stats;
}

/** Opens a file and stats the open handle (never the path again). Missing → undefined. */
async function openFile(root: string, file: string, retry = true): Promise<OpenFile | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The moment between a rebuild moving the old site aside and the new one into place.
    if (code === 'ENOENT' && retry && !existsSync(root)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return openFile(root, file, false);
    }
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'ENAMETOOLONG' || code === 'EISDIR') return undefined;
    throw error;
  }
  try {
    return { handle, stat: await handle.stat() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The representation to send: the copy of the encoding the client prefers (q-values), else the file itself. */
async function variantOf(
  req: IncomingMessage,
  file: string,
  identity: OpenFile,
): Promise<{ file: OpenFile; headers: Record<string, string> }> {
  for (const encoding of new Negotiator(req).encodings(['br', 'gzip', 'identity'])) {
    if (encoding === 'identity') break;
    const copy = await openFile('', file + SUFFIX[encoding], false);
    if (copy) {
      await identity.handle.close();
      return { file: copy, headers: { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } };
    }
  }
  // The build writes both copies of every text file, so one existing means the answer varies.
  const compressible = existsSync(file + SUFFIX.gzip) || existsSync(file + SUFFIX.br);
  return { file: identity, headers: compressible ? { Vary: 'Accept-Encoding' } : {} };
}

/** Sends an open file with its validators, answering conditional and range requests (RFC 9110 §13, §14). */
async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  { handle, stat }: OpenFile,
  rest: Record<string, string>,
  headersOf: HeadersOf,
) {
  // nginx's ETag format (mtime and size in hex), strong: each encoding is its own file, so its own tag.
  const etag = `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
  const lastModified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
  const validators = { ETag: etag, 'Last-Modified': lastModified.toUTCString() };
  const condition = evaluateConditions(req, etag, lastModified);
  if (condition === 304 || condition === 412) {
    await handle.close();
    const withoutType = Object.fromEntries(Object.entries(rest).filter(([name]) => name !== 'Content-Type'));
    if (condition === 304) {
      res.writeHead(304, { ...withoutType, ...validators });
      return res.end();
    }
    return sendError(res, headersOf, 412);
  }

  const range = condition === 'ignore-range' ? { kind: 'full' as const } : parseRange(header(req, 'range'), stat.size);
  if (range.kind === 'unsatisfiable') {
    await handle.close();
    // The file's own headers, as nginx sends them (its range filter answers after they are added).
    return sendError(res, () => rest, 416, { 'Content-Range': `bytes */${stat.size}` });
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, stat.size - 1];
  res.writeHead(range.kind === 'partial' ? 206 : 200, {
    ...rest,
    ...validators,
    'Content-Length': String(end - start + 1),
    ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${stat.size}` } : { 'Accept-Ranges': 'bytes' }),
  });
  if (req.method === 'HEAD' || stat.size === 0) {
    await handle.close();
    return res.end();
  }
  // A read error mid-body (a disk gone, a file truncated) ends the connection: the length promised can't be kept.
  pipeline(handle.createReadStream({ start, end }), res, () => {});
}

/** RFC 9110 §13.2.2, in its order: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since, If-Range. */
function evaluateConditions(req: IncomingMessage, etag: string, lastModified: Date): 304 | 412 | 'ignore-range' | undefined {
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (ifMatch !== undefined) {
    if (!matches(ifMatch, etag, true)) return 412;
  } else {
    const since = httpDate(header(req, 'if-unmodified-since'));
    if (since !== undefined && lastModified.getTime() > since) return 412;
  }
  if (ifNoneMatch !== undefined) {
    if (matches(ifNoneMatch, etag, false)) return 304;
  } else {
    const since = httpDate(header(req, 'if-modified-since'));
    if (since !== undefined && lastModified.getTime() <= since) return 304;
  }
  const ifRange = header(req, 'if-range');
  if (ifRange !== undefined && header(req, 'range') !== undefined) {
    const fresh = ifRange.startsWith('"') ? ifRange === etag : httpDate(ifRange) === lastModified.getTime();
    if (!fresh) return 'ignore-range';
  }
  return undefined;
}

/** Whether an If-Match / If-None-Match list names this entity tag (`*` names any). */
function matches(list: string, etag: string, strong: boolean): boolean {
  if (list.trim() === '*') return true;
  return list.split(',').some((tag) => {
    const t = tag.trim();
    if (strong) return t === etag;
    return t.replace(/^W\//, '') === etag;
  });
}

function httpDate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The site's 404 page, with the headers of an HTML page. */
async function sendNotFound(root: string, headersOf: HeadersOf, req: IncomingMessage, res: ServerResponse) {
  const page = await openFile(root, join(root, '404.html'));
  if (!page) return sendError(res, headersOf, 404);
  res.writeHead(404, { ...headersOf('/404.html'), 'Content-Length': String(page.stat.size) });
  if (req.method === 'HEAD') {
    await page.handle.close();
    return res.end();
  }
  pipeline(page.handle.createReadStream(), res, () => {});
}

/** A short HTML answer for a status without a page of its own. */
function errorBody(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1></html>\n`;
}

function sendError(res: ServerResponse, headersOf: HeadersOf, status: number, extra: Record<string, string> = {}) {
  const body = errorBody(status);
  res.writeHead(status, {
    ...headersOf('/'),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** Requests the parser rejects get an answer with the site's headers, like nginx's, then the connection closes. */
function answerParseError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket, headersOf: HeadersOf) {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
  const packet = error.rawPacket?.toString('latin1') ?? '';
  const firstLineEnd = packet.indexOf('\r\n');
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? firstLineEnd < 0 || firstLineEnd > MAX_TARGET_LENGTH
        ? 414
        : 400
      : error.code === 'HPE_INVALID_METHOD' && /^[A-Z_-]+ /.test(packet)
        ? 405 // a method nginx would parse too, just not one we serve
        : error.code === 'HPE_INVALID_VERSION'
          ? 505
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 408
            : 400;
  const body = errorBody(status);
  const headers = {
    ...headersOf('/'),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...(status === 405 ? { Allow: ALLOWED } : {}),
    Connection: 'close',
  };
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n${body}`,
  );
}
