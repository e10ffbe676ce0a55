import { connect } from 'node:net';

/** A response read off the wire: status, headers (lower-case names, repeated ones joined by ", ") and body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** Every header line as sent, in order (to spot a header sent twice). */
  headerLines: [string, string][];
  body: Buffer;
}

/**
 * Sends `request` as raw bytes to a loopback server and reads one response (it ends at its Content-Length,
 * or when the server closes). Rejects when the server closes without answering.
 * For requests no HTTP client would send: malformed request lines, bad escapes, odd methods.
 */
export function rawRequest(
  port: number,
  request: string | Buffer,
  { timeout = 5_000, head = false, end = false } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      socket.destroy();
      if (error) return reject(error);
      const parsed = parse(Buffer.concat(chunks), head);
      if (parsed) resolve(parsed);
      else reject(new Error(`no complete response to ${JSON.stringify(String(request).slice(0, 80))}`));
    };
    socket.setTimeout(timeout, () => finish(new Error(`timed out: ${JSON.stringify(String(request).slice(0, 80))}`)));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (parse(Buffer.concat(chunks), head)?.complete) finish();
    });
    socket.on('end', () => finish());
    socket.on('error', (error) => (chunks.length > 0 ? finish() : finish(error)));
    // `end`: half-close after the request, so a server waiting for more bytes answers (or closes) at once.
    if (end) socket.end(request);
    else socket.write(request);
  });
}

function parse(data: Buffer, head: boolean): (RawResponse & { complete: boolean }) | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!status) return undefined;
  const headerLines = lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of headerLines) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  const body = data.subarray(end + 4);
  const length = Number(headers['content-length'] ?? NaN);
  const bodyless = head || status === 304 || status === 204 || (status >= 100 && status < 200);
  const complete = bodyless || (Number.isFinite(length) ? body.length >= length : false);
  return {
    status,
    headers,
    headerLines,
    body: bodyless ? Buffer.alloc(0) : Number.isFinite(length) ? body.subarray(0, length) : body,
    complete,
  };
}
