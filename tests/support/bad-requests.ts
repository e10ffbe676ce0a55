/** A raw request and what it is about. */
export interface CorpusRequest {
  name: string;
  request: string;
}

const get = (target: string, headers = '') => `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

/**
 * Requests an attacker or an unlucky client sends: each once crashed an earlier `npm start`, or is a
 * neighbour of one that did. tests/site/fuzz.test.ts sends each to the real `npm start` and mutates them.
 */
export const BAD_REQUESTS: CorpusRequest[] = [
  // Escapes and paths.
  { name: 'a lone percent sign', request: get('/%') },
  { name: 'a byte that is not UTF-8', request: get('/%ff') },
  { name: 'overlong UTF-8 dots', request: get('/privacy/%C0%AE%C0%AE/') },
  { name: 'an escaped NUL', request: get('/privacy/%00') },
  { name: 'an open redirect through dot segments', request: get('/.//evil.example/x%2F..%2F..%2Fprivacy') },
  { name: 'escaped dot segments above the root', request: get('/%2e%2e%2f%2e%2e%2fetc') },
  { name: 'dot segments above the root', request: get('/../etc/passwd') },
  { name: 'dot segments inside the root', request: get('/privacy/versions/../') },
  { name: 'a doubled slash before a page', request: get('//privacy/') },
  { name: 'a directory without the slash, with a query', request: get('/privacy?x=1') },
  { name: 'an absolute-form target', request: get('http://evil.example/privacy/') },
  { name: 'a made-up page', request: get('/no-such-page/') },
  { name: 'a folder with no page', request: get('/_next/') },
  { name: 'a file with a trailing slash', request: get('/privacy/feed.xml/') },
  { name: 'the 404 page by its own name', request: get('/404.html') },
  { name: 'the 404 folder', request: get('/404/') },
  { name: "the hosts' _headers file", request: get('/_headers') },
  { name: 'a brotli copy', request: get('/privacy/index.html.br') },
  { name: 'a gzip copy', request: get('/privacy/index.html.gz') },
  { name: 'the build stamp beside the site', request: get('/../.out.stamp.json') },
  { name: 'a hidden file', request: get('/.git/config') },
  { name: 'an overlong URL', request: get(`/${'a'.repeat(10_000)}`) },
  // Methods and bodies.
  ...['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'FOO'].map((method) => ({
    name: `${method} to a page`,
    request: `${method} /privacy/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`,
  })),
  { name: 'POST to a missing page', request: `POST /nope HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n` },
  { name: 'a GET announcing a 2 MB body', request: get('/privacy/', 'Content-Length: 2097152\r\n') },
  // Protocol.
  { name: 'HTTP/1.1 without Host', request: 'GET /privacy/ HTTP/1.1\r\nConnection: close\r\n\r\n' },
  { name: 'HTTP/1.0 without Host', request: 'GET /privacy/ HTTP/1.0\r\n\r\n' },
  { name: 'an Expect no server knows', request: get('/privacy/', 'Expect: nonsense\r\n') },
  { name: 'OPTIONS *', request: 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' },
  { name: 'a target without a slash', request: 'GET privacy HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' },
  // Ranges.
  ...['bytes=500-100', 'bytes=0-0', 'bytes=-500', 'bytes=99999999-', 'bytes=0-1,5-6', 'bytes=10-'].map((range) => ({
    name: `Range: ${range}`,
    request: get('/privacy/', `Range: ${range}\r\n`),
  })),
  { name: 'a bad range on a file', request: get('{asset}', 'Range: bytes=500-100\r\n') },
  // Conditions.
  { name: 'If-None-Match: *', request: get('/privacy/', 'If-None-Match: *\r\n') },
  { name: 'If-None-Match with a list of others', request: get('/privacy/', 'If-None-Match: "a", "b"\r\n') },
  { name: 'If-Modified-Since in the future', request: get('/privacy/', 'If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT\r\n') },
  { name: 'If-Modified-Since long ago', request: get('/privacy/', 'If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n') },
  { name: 'If-Match a tag that is not there', request: get('/privacy/', 'If-Match: "nope"\r\n') },
  { name: 'If-Match: *', request: get('/privacy/', 'If-Match: *\r\n') },
  { name: 'If-Unmodified-Since long ago', request: get('/privacy/', 'If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n') },
  { name: 'If-None-Match: * on a file', request: get('{asset}', 'If-None-Match: *\r\n') },
  { name: 'If-Range with another tag', request: get('/privacy/', 'If-Range: "old"\r\nRange: bytes=0-9\r\n') },
];
