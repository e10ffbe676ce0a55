// The MDN HTTP Observatory's own tests and grader (it cannot scan a plain-HTTP loopback host: it needs TLS).
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { parseHttpEquivHeaders } from '@mdn/mdn-http-observatory/src/retriever/utils.js';
import { Requests } from '@mdn/mdn-http-observatory/src/types.js';
import { describe, expect, it, vi } from 'vitest';
import { serveBuiltSite } from '../support/serve';

// The HSTS preload list is downloaded by the package's install script, which cannot run offline: score as
// if the site were not preloaded (the conservative case; preloading only adds credit).
vi.mock('@mdn/mdn-http-observatory/src/analyzer/hsts.js', () => ({ hsts: () => new Map(), isHstsPreloaded: () => false }));

/**
 * Scores the headers `npm start` sends for /privacy/ with the Observatory's scoring rules, as if served
 * over TLS at the production address (the deployment terminates TLS and redirects http to https, which
 * the redirection rule checks; on loopback there is no http-to-https hop, so that rule sees no http site).
 */
describe('MDN HTTP Observatory scoring of the npm start headers', () => {
  const site = serveBuiltSite();

  it('grades A+ with every test passed', async () => {
    const res = await fetch(`${site.url()}/privacy/`);
    const html = await res.text();
    const url = 'https://actionnetwork.org/privacy/';
    const response = {
      status: res.status,
      headers: Object.fromEntries(res.headers),
      verified: true,
      httpEquiv: parseHttpEquivHeaders(html, url),
    };
    const requests = new Requests('actionnetwork.org');
    Object.assign(requests.responses, { auto: response, https: response, http: null, cors: null });
    requests.resources.path = html;
    requests.session = { url: new URL(url), redirectHistory: [] };

    const results = ALL_TESTS.map((test: (r: unknown) => { result: string; pass: boolean }) => test(requests));
    // The scanner's own arithmetic (src/scanner/index.js).
    let withExtraCredit = 100;
    let uncurved = 100;
    for (const r of results) {
      const modifier = getScoreModifier(r.result);
      withExtraCredit += modifier;
      if (modifier < 0) uncurved += modifier;
    }
    const grade = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
    const failed = results.filter((r: { pass: boolean }) => !r.pass).map((r: { result: string }) => r.result);
    expect(failed).toEqual([]);
    expect(grade.grade).toBe('A+');
  });
});
