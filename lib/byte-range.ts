/** What a Range header asks of a representation of `size` bytes. */
export type RangeAnswer = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * Reads a `Range` header (RFC 9110 §14) the way nginx with `max_ranges 1` does, so both servers agree:
 * not `bytes=` is ignored (200); one satisfiable range is 206 (`bytes=-500` is the last 500 bytes, an
 * end past the file is clipped); a malformed header, or ranges none of which is satisfiable, is 416;
 * several ranges get the whole file (no multipart responses).
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined || !/^bytes=/i.test(header)) return { kind: 'full' };
  const specs = header.slice(6).split(',');
  const satisfiable: { start: number; end: number }[] = [];
  for (const spec of specs) {
    const match = /^[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/.exec(spec);
    if (!match || (match[1] === '' && match[2] === '')) return { kind: 'unsatisfiable' };
    const [first, last] = [match[1], match[2]].map((digits) => (digits === '' ? undefined : Number(digits)));
    if ((first !== undefined && !Number.isSafeInteger(first)) || (last !== undefined && !Number.isSafeInteger(last)))
      return { kind: 'unsatisfiable' };
    let start: number;
    let end: number;
    if (first === undefined) {
      // A suffix: the last N bytes.
      start = Math.max(size - last!, 0);
      end = size - 1;
    } else {
      start = first;
      end = last === undefined ? size - 1 : Math.min(last, size - 1);
    }
    if (start <= end) satisfiable.push({ start, end });
    else if (start === 0) return { kind: 'full' };
  }
  if (satisfiable.length === 0) return { kind: 'unsatisfiable' };
  if (satisfiable.length > 1) return { kind: 'full' };
  return { kind: 'partial', ...satisfiable[0] };
}
