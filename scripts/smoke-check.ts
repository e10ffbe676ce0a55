/**
 * `npm run smoke-check -- --url <live site>`: checks a deployed site after each deploy.
 *   - `/privacy/`'s notice-sha256 and notice-version equal the current entry of the live versions.json,
 *     and, with --expect-current/--expect-sha256, the version the deploy built (so a stale site fails);
 *   - with --headers, the security headers of lib/security-headers.ts on every kind of response (for
 *     hosts that can send them), the CSP allowing what the page has inline by its hashes; without, the
 *     CSP <meta> that hosts without headers rely on;
 *   - every version's page, changes page, sections.json and Markdown copy answer 200, and each
 *     Markdown copy's sha256 equals versions.json's.
 * A CDN may serve the old site for a while: --attempts and --interval retry the whole check.
 * Any failure exits 1, with a GitHub Actions error annotation for each.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { cspHash, headersFor, metaContentSecurityPolicy, SECURITY_HEADERS } from '../lib/security-headers';
import { urls } from '../lib/urls';
import { parseCommandArgs, println, processIo, runCommandAsync, runIfMain, UsageError, type CommandIo } from './support/cli';

export interface SmokeCheckOptions {
  /** The deployed site's base URL, e.g. https://example.org (the site's paths are appended). */
  url: string;
  /** Check the response headers (hosts that can send them: Cloudflare Pages, Netlify, nginx). */
  headers?: boolean;
  /** The current version's date and sha256 the deploy built; when given, the live site must show it. */
  expectCurrent?: string;
  expectSha256?: string;
}

/** One check's outcome, printed as a line. */
export interface CheckResult {
  ok: boolean;
  message: string;
}

const catalogSchema = z.object({
  current: z.string(),
  versions: z.array(
    z.object({
      date: z.string(),
      sha256: z.string(),
      url: z.string(),
      changesUrl: z.string().nullable(),
      markdown: z.string(),
      sections: z.string(),
    }),
  ),
});

/** Runs every check once against the live site. */
export async function smokeCheck(options: SmokeCheckOptions): Promise<CheckResult[]> {
  const base = options.url.replace(/\/+$/, '');
  const results: CheckResult[] = [];
  const check = (ok: boolean, message: string) => results.push({ ok, message });
  // A query string of its own on every request, so no cache in between answers for the previous deploy.
  const bust = `smoke-check=${Date.now()}`;
  const get = async (path: string) => {
    try {
      const response = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}${bust}`, { cache: 'no-store' });
      return { response, body: Buffer.from(await response.arrayBuffer()) };
    } catch (error) {
      return {
        response: undefined,
        body: Buffer.alloc(0),
        error: error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error),
      };
    }
  };

  const catalogResponse = await get(urls.versionsJson);
  const parsed = catalogResponse.response?.ok ? catalogSchema.safeParse(safeJson(catalogResponse.body)) : undefined;
  if (!parsed?.success) {
    const why = catalogResponse.response
      ? `answered ${catalogResponse.response.status}`
      : `could not be fetched (${catalogResponse.error})`;
    check(false, `${urls.versionsJson} ${parsed ? 'is not the catalogue of versions' : why}`);
    return results;
  }
  const catalog = parsed.data;
  const current = catalog.versions.find((v) => v.date === catalog.current);

  const page = await get(urls.current);
  const tree = unified().use(rehypeParse).parse(page.body.toString('utf8'));
  const meta = (name: string) => elements(tree, 'meta').find((m) => m.properties.name === name)?.properties.content;
  const [liveSha, liveVersion] = [meta('notice-sha256'), meta('notice-version')];
  check(page.response?.status === 200, `${urls.current} answers ${page.response?.status ?? page.error}`);
  check(
    current !== undefined && liveSha === current.sha256 && liveVersion === current.date,
    `${urls.current} shows the version of ${String(liveVersion)} (notice-sha256 ${String(liveSha)}); versions.json's current entry is ${catalog.current} (${current?.sha256 ?? 'missing'})`,
  );
  if (options.expectCurrent !== undefined || options.expectSha256 !== undefined) {
    const built = `the version of ${options.expectCurrent ?? '(any)'} (notice-sha256 ${options.expectSha256 ?? '(any)'})`;
    const matches = (options.expectCurrent ?? liveVersion) === liveVersion && (options.expectSha256 ?? liveSha) === liveSha;
    check(
      matches,
      matches
        ? `${urls.current} shows what this deploy built, ${built}`
        : `${urls.current} is not what this deploy built, ${built}: the deploy failed or a cache serves an older one`,
    );
  }

  // The page's own CSP <meta> allows exactly what it has inline (its stylesheet, its island scripts).
  const pageHashes = {
    styles: elements(tree, 'style').map((style) => cspHash(toString(style))),
    scripts: elements(tree, 'script')
      .filter((script) => script.properties.src === undefined)
      .map((script) => cspHash(toString(script))),
  };
  const csp = elements(tree, 'meta').find((m) => String(m.properties.httpEquiv) === 'Content-Security-Policy')?.properties.content;
  check(
    csp === metaContentSecurityPolicy(pageHashes),
    `${urls.current} carries the Content-Security-Policy <meta> allowing what it has inline`,
  );
  if (options.headers) {
    for (const path of [urls.current, urls.versionsJson, urls.feed]) {
      const { response } = path === urls.current ? page : await get(path);
      const expected = { ...SECURITY_HEADERS, 'Content-Type': headersFor(path)['Content-Type'] };
      const wrong = Object.entries(expected).filter(([name, value]) => {
        const got = response?.headers.get(name) ?? undefined;
        // Hosts may word the charset of a type differently; the media type is what matters.
        return name === 'Content-Type' ? got?.split(';')[0].trim() !== value.split(';')[0] : got !== value;
      });
      check(
        wrong.length === 0,
        wrong.length === 0
          ? `${path} has the security headers`
          : `${path} is missing or changes ${wrong.map(([name]) => `${name} (got ${JSON.stringify(response?.headers.get(name) ?? null)})`).join(', ')}`,
      );
    }
  }

  // Every version's pages: a version that went live today has its pages too.
  for (const v of catalog.versions) {
    const paths = [v.url, v.changesUrl, v.sections, v.markdown].filter((u): u is string => u !== null).map((u) => new URL(u).pathname);
    const answers = await Promise.all(paths.map(async (path) => ({ path, ...(await get(path)) })));
    const failed = answers.filter((a) => a.response?.status !== 200);
    const markdown = answers.at(-1)!;
    const sha = createHash('sha256').update(markdown.body).digest('hex');
    check(
      failed.length === 0 && sha === v.sha256,
      failed.length > 0
        ? `the version of ${v.date}: ${failed.map((a) => `${a.path} answers ${a.response?.status ?? a.error}`).join(', ')}`
        : sha === v.sha256
          ? `the version of ${v.date}: its page, ${v.changesUrl ? 'changes page, ' : ''}sections.json and Markdown answer, and the Markdown's sha256 matches`
          : `the version of ${v.date}: ${markdown.path} has sha256 ${sha}, versions.json says ${v.sha256}`,
    );
  }
  return results;
}

/**
 * The page's elements with this tag name, in document order. (A walk rather than CSS selectors: the deploy
 * job installs only dependencies, and these are the few lookups it needs.)
 */
function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  return runCommandAsync('smoke-check', io, async () => {
    const usage =
      'npm run smoke-check -- --url https://… [--headers] [--expect-current YYYY-MM-DD --expect-sha256 HEX] [--attempts N --interval SECONDS]';
    const { values } = parseCommandArgs(
      {
        options: {
          url: { type: 'string' },
          headers: { type: 'boolean' },
          'expect-current': { type: 'string' },
          'expect-sha256': { type: 'string' },
          attempts: { type: 'string', default: '1' },
          interval: { type: 'string', default: '15' },
        },
      },
      argv,
      usage,
    );
    if (!values.url || !URL.canParse(values.url)) throw new UsageError(`--url must be the site's address. Usage: ${usage}`);
    const attempts = Math.max(1, Number(values.attempts) || 1);
    const options = {
      url: values.url,
      headers: values.headers,
      expectCurrent: values['expect-current'],
      expectSha256: values['expect-sha256'],
    };
    for (let attempt = 1; ; attempt++) {
      const results = await smokeCheck(options);
      const failures = results.filter((r) => !r.ok);
      if (failures.length === 0 || attempt === attempts) {
        for (const r of results) println(io.stdout, `${r.ok ? 'ok  ' : 'FAIL'} ${r.message}`);
        if (failures.length === 0) {
          println(io.stdout, `Smoke check of ${values.url}: all ${results.length} checks passed.`);
          return 0;
        }
        if (io.env.GITHUB_ACTIONS === 'true')
          for (const f of failures) println(io.stdout, `::error title=Smoke check failed::${f.message}`);
        println(io.stderr, `Smoke check of ${values.url} FAILED: ${failures.length} of ${results.length} checks failed.`);
        return 1;
      }
      println(
        io.stdout,
        `${failures.length} of ${results.length} checks failed (attempt ${attempt} of ${attempts}): trying again in ${values.interval} s…`,
      );
      await new Promise((resolve) => setTimeout(resolve, Number(values.interval) * 1000));
    }
  });
}

await runIfMain(import.meta.url, main);
