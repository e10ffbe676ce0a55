import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx } from '../../scripts/support/nginx';
import { rawRequest } from '../../scripts/support/raw-http';
import { BAD_REQUESTS } from '../support/bad-requests';

/** Headers that legitimately differ between two servers (dates, validators, lengths, the server's name). */
const VARYING = new Set(['date', 'server', 'connection', 'keep-alive', 'content-length', 'etag', 'last-modified', 'accept-ranges', 'vary']);
/** A file that is not a page. */
const asset = '/favicon.svg';
const portOf = (url: string) => Number(new URL(url).port);

describe('npm start and nginx with deploy/nginx.conf answer every bad request alike', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    nginx = await startNginx('out');
  });
  afterAll(() => nginx?.stop());

  it.each(BAD_REQUESTS)('$name', async ({ request }) => {
    const raw = request.replace('{asset}', asset);
    const [ours, theirs] = await Promise.all([inject('siteUrl'), nginx.url].map((url) => rawRequest(portOf(url), raw)));
    expect(ours.status).toBe(theirs.status);
    const relevant = (headers: Record<string, string>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => !VARYING.has(name)));
    expect(relevant(ours.headers)).toEqual(relevant(theirs.headers));
    // Each header once: nginx used to repeat every header on a 416.
    for (const response of [ours, theirs]) {
      const names = response.headerLines.map(([name]) => name);
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    }
  });
});
