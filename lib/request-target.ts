/** The longest request target served; longer ones get 414, as nginx's default 8 KB header buffers answer. */
export const MAX_TARGET_LENGTH = 8_000;

/** A request target read the way nginx reads it, or why it cannot be served. */
export type RequestTarget = { ok: true; path: string; query: string } | { ok: false; status: 400 | 404 | 414 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses the raw request target (`req.url`): origin form (`/a/b?q`) or absolute form (`http://h/a/b?q`),
 * percent-decoded to bytes (a bad escape or a NUL is 400), with empty and `.` segments dropped and `..`
 * resolved (above the root is 400), as nginx does; bytes that are not UTF-8 name no file (404).
 */
export function parseRequestTarget(raw: string): RequestTarget {
  if (raw.length > MAX_TARGET_LENGTH) return { ok: false, status: 414 };
  let target = raw;
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (absolute) target = target.slice(absolute[0].length) || '/';
  if (!target.startsWith('/')) return { ok: false, status: 400 };
  const queryAt = target.indexOf('?');
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  const encoded = queryAt < 0 ? target : target.slice(0, queryAt);

  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    let code = encoded.charCodeAt(i);
    if (code === 0x25) {
      const hex = encoded.slice(i + 1, i + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) return { ok: false, status: 400 };
      code = parseInt(hex, 16);
      i += 2;
    }
    if (code === 0 || code > 0xff) return { ok: false, status: 400 };
    bytes.push(code);
  }
  let decoded: string;
  try {
    decoded = utf8.decode(Uint8Array.from(bytes));
  } catch {
    return { ok: false, status: 404 };
  }

  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const [index, segment] of parts.entries()) {
    const last = index === parts.length - 1;
    if (segment === '..') {
      if (segments.length === 0) return { ok: false, status: 400 };
      segments.pop();
    } else if (segment !== '.' && segment !== '') segments.push(segment);
    // A trailing `.` or `..` names a directory, like a trailing slash.
    if (last && (segment === '' || segment === '.' || segment === '..') && segments.length > 0) segments.push('');
  }
  return { ok: true, path: `/${segments.join('/')}`, query };
}
