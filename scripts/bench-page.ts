/**
 * `npm run bench:page`: what /privacy/, an archived version and a changes page cost a reader.
 * 1. Bytes of HTML, CSS, JS, fonts and images, raw / gzip / brotli, and the request count (exact, from out/).
 * 2. Lighthouse 12 (Debian's Chromium), mobile and desktop, median of 3 runs: the four category scores,
 *    FCP, LCP, TBT, CLS, against the same server as `npm start`.
 * 3. The floor: the notice's own HTML with a minimal inline style and no script, served by the same server
 *    (its style allowed by hash, as ours is), and a blank page of one paragraph (what the browser blocks
 *    for on any page here); then our figures over the floor's, the mobile LCP ratio and TBT among them.
 *    Runs alternate between the pages, so a busy machine slows all alike.
 * 4. Each page's main-thread tasks at 4× CPU, from a Chromium trace (DevTools throttling, no simulation).
 * Budgets for /privacy/ are checked and printed.
 * Loopback only; stops by itself. RUNS=1 for a quick look.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { get } from 'node:http';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { BUDGETS, pageWeight, type PageWeight } from '../lib/page-weight';
import { createStaticServer } from '../lib/static-server';
import { FIXTURE_V2 } from '../tests/fixtures/history';
import { CHROME_FLAGS, CHROME_PATH } from './support/chromium';
import { ensureSites } from './support/sites';

const RUNS = Number(process.env.RUNS ?? 3);
const FLOOR = '.build/floor';

const { site, history } = ensureSites();
const PAGES = [
  { name: '/privacy/', root: site, path: '/privacy/' },
  { name: 'archived version', root: history, path: '/privacy/versions/2024-10-02/' },
  { name: 'changes page', root: history, path: `/privacy/versions/${FIXTURE_V2}/changes/` },
];

// The floor: the same notice text, a minimal inline style, nothing else.
const built = readFileSync(join(site, 'privacy', 'index.html'), 'utf8');
const article = /<article[\s\S]*<\/article>/.exec(built)![0].replace(/<script[^>]*><\/script>/g, '');
const FLOOR_STYLE = 'body{font:1rem/1.6 system-ui,sans-serif;max-width:70ch;margin:0 auto;padding:1rem}';
mkdirSync(join(FLOOR, 'privacy'), { recursive: true });
writeFileSync(
  join(FLOOR, 'privacy', 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Privacy Policy</title><link rel="icon" href="data:,"><meta name="description" content="Action Network privacy notice"><style>${FLOOR_STYLE}</style></head><body><main>${article}</main></body></html>`,
);

// Below every floor: a page of one paragraph, to show what this machine's browser blocks for on any page.
mkdirSync(join(FLOOR, 'blank'), { recursive: true });
writeFileSync(
  join(FLOOR, 'blank', 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Blank</title><link rel="icon" href="data:,"><meta name="description" content="One paragraph"></head><body><main><h1>Blank</h1><p>One paragraph.</p></main></body></html>`,
);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function printWeight(w: PageWeight, label: string) {
  console.log(`\n${label}: ${w.transfers.length} requests`);
  console.log('  kind      raw        gzip       brotli');
  for (const [kind, t] of Object.entries(w.byKind))
    if (t.raw) console.log(`  ${kind.padEnd(8)}  ${kb(t.raw).padEnd(9)}  ${kb(t.gzip).padEnd(9)}  ${kb(t.brotli)}`);
  console.log(`  ${'total'.padEnd(8)}  ${kb(w.total.raw).padEnd(9)}  ${kb(w.total.gzip).padEnd(9)}  ${kb(w.total.brotli)}`);
  const [c, j] = [w.inlineCss, w.inlineJs];
  if (c.raw) console.log(`  of the HTML, its inline CSS: ${kb(c.raw)} raw, ${kb(c.gzip)} gzip, ${kb(c.brotli)} brotli (compressed alone)`);
  if (j.raw)
    console.log(`  of the HTML, its inline islands: ${kb(j.raw)} raw, ${kb(j.gzip)} gzip, ${kb(j.brotli)} brotli (compressed alone)`);
}

console.log('== Bytes (exact, from the built files) ==');
const weights = PAGES.map((p) => pageWeight(p.root, p.path));
PAGES.forEach((p, i) => printWeight(weights[i], p.name));
const floorWeight = pageWeight(FLOOR, '/privacy/');
printWeight(floorWeight, 'floor (notice HTML, inline style, no script)');

// Serve each root with npm start's server (the header CSP leaves inline styles to each page's <meta>).
async function serve(root: string, headers?: (p: string) => Record<string, string>): Promise<{ url: string; close: () => void }> {
  const server = createStaticServer(root, headers ? { headers } : {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
const servers = new Map<string, Awaited<ReturnType<typeof serve>>>();
for (const root of new Set(PAGES.map((p) => p.root))) servers.set(root, await serve(root));
servers.set(FLOOR, await serve(FLOOR));

const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: CHROME_FLAGS,
});
type Metrics = {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
};
/** One Lighthouse run of `url`: the four category scores and the figures. A run that failed to trace is run again. */
async function lighthouseRun(url: string, formFactor: 'mobile' | 'desktop', first: boolean, attempt = 1): Promise<Metrics> {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error' },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result!.lhr;
  // Chromium here sometimes loses a trace (NO_NAVSTART): that is no figure of the page.
  if ((lhr.runtimeError || !Number.isFinite(lhr.audits['largest-contentful-paint']?.numericValue)) && attempt < 3) {
    console.log(`    (${formFactor} ${url}: ${lhr.runtimeError?.code ?? 'no LCP'}; running again)`);
    return lighthouseRun(url, formFactor, first, attempt + 1);
  }
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const value = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  if (failing.length && first) console.log(`    (${formFactor} ${url}: failing audits: ${failing.map((a) => a.id).join(', ')})`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

/** The median of each figure over the runs. */
function median(runs: Metrics[]): Metrics {
  const of = (k: keyof Metrics) => [...runs].map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return Object.fromEntries((Object.keys(runs[0]) as (keyof Metrics)[]).map((k) => [k, of(k)])) as Metrics;
}

const fmt = (m: Metrics) =>
  `perf ${m.performance}  a11y ${m.accessibility}  bp ${m['best-practices']}  seo ${m.seo}  FCP ${(m.fcp / 1000).toFixed(2)} s  LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}`;

console.log(`\n== Lighthouse 12, median of ${RUNS} (runs alternate between the pages) ==`);
const results: Record<string, Record<string, Metrics>> = {};
const traced: Record<string, { longest: number; blocked: number }> = {};
const AUDITED = [...PAGES, { name: 'floor', root: FLOOR, path: '/privacy/' }, { name: 'blank page', root: FLOOR, path: '/blank/' }];
for (const formFactor of ['mobile', 'desktop'] as const) {
  const runs = new Map<string, Metrics[]>(AUDITED.map((p) => [p.name, []]));
  for (let i = 0; i < RUNS; i++)
    for (const p of AUDITED) runs.get(p.name)!.push(await lighthouseRun(servers.get(p.root)!.url + p.path, formFactor, i === 0));
  for (const p of AUDITED) {
    const m = median(runs.get(p.name)!);
    (results[p.name] ??= {})[formFactor] = m;
    console.log(`  ${formFactor.padEnd(7)} ${p.name.padEnd(17)} ${fmt(m)}`);
  }
  const each = (name: string, figure: (r: Metrics) => string) => runs.get(name)!.map(figure).join(', ');
  const lcp = (r: Metrics) => (r.lcp / 1000).toFixed(2);
  const tbt = (r: Metrics) => String(Math.round(r.tbt));
  console.log(`  ${formFactor} LCP of each run (s): /privacy/ ${each('/privacy/', lcp)}; floor ${each('floor', lcp)}`);
  console.log(
    `  ${formFactor} TBT of each run (ms): /privacy/ ${each('/privacy/', tbt)}; floor ${each('floor', tbt)}; blank page ${each('blank page', tbt)}`,
  );
}
await chrome.kill();

// Lighthouse simulates a slower CPU from one unthrottled trace, and here that trace holds the headless
// browser's own work (a blank page blocks for up to 200 ms). So each page is also loaded in Chromium with
// DevTools' 4× CPU throttling, as a mid-tier phone, and its renderer's tasks read from a trace: the
// longest one, and the time over 50 ms summed (Total Blocking Time, counted from the first byte parsed).
console.log(`\n== Main-thread tasks at 4× CPU (DevTools throttling, 412 × 823 phone), median of ${RUNS} ==`);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
async function blocking(url: string): Promise<{ longest: number; blocked: number }> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const trace = join(FLOOR, 'trace.json');
  await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await browser.stopTracing();
  await page.close();
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number };
  const events = (JSON.parse(readFileSync(trace, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML')!;
  const tasks = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.name === 'RunTask' && e.ts >= parse.ts)
    .map((e) => (e.dur ?? 0) / 1000);
  if (tasks.length === 0) throw new Error(`the trace of ${url} holds no task of its page: the trace format changed?`);
  return { longest: Math.max(0, ...tasks), blocked: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
}
for (const p of AUDITED) {
  const runs: { longest: number; blocked: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await blocking(servers.get(p.root)!.url + p.path));
  const mid = (k: 'longest' | 'blocked') => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  traced[p.name] = { longest: mid('longest'), blocked: mid('blocked') };
  console.log(`  ${p.name.padEnd(17)} longest task ${Math.round(mid('longest'))} ms, blocking ${Math.round(mid('blocked'))} ms`);
}
await browser.close();

// Lighthouse's mobile simulation delivers a response in round trips of 150 ms: 10 TCP segments (14,600
// bytes) in the first, twice as many in the next (up to 21, its throughput). Its Chromium asks for brotli
// only over HTTPS, so on this loopback it gets the gzip copy (the floor has none: it gets the HTML as is).
async function onTheWire(url: string): Promise<number> {
  const res = await new Promise<import('node:http').IncomingMessage>((resolve) =>
    get(url, { headers: { 'accept-encoding': 'gzip, deflate' } }, resolve),
  );
  let body = 0;
  for await (const chunk of res) body += (chunk as Buffer).length;
  const headers = res.rawHeaders.reduce(
    (n, part, i) => n + part.length + (i % 2 ? 4 : 0),
    `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length,
  );
  return headers + body;
}
/** Round trips the simulation takes to deliver `bytes` on a fresh connection. */
function roundTrips(bytes: number): number {
  let [trips, window, delivered] = [1, 10, 14_600];
  while (delivered < bytes) [trips, window, delivered] = [trips + 1, Math.min(window * 2, 21), delivered + Math.min(window * 2, 21) * 1460];
  return trips;
}
const wire = { ours: await onTheWire(servers.get(site)!.url + '/privacy/'), floor: await onTheWire(servers.get(FLOOR)!.url + '/privacy/') };
for (const s of servers.values()) s.close();

console.log('\n== /privacy/ against the floor and the budgets ==');
const ours = weights[0];
const mobile = results['/privacy/'].mobile;
const floorMobile = results.floor.mobile;
const html = ours.byKind.html;
console.log(
  `  /privacy/: HTML ${kb(html.raw)} raw / ${kb(html.gzip)} gzip / ${kb(html.brotli)} brotli, of which its inline CSS ${kb(ours.inlineCss.raw)} raw / ${kb(ours.inlineCss.brotli)} brotli (alone)`,
);
console.log(
  `  on the wire to Lighthouse (with headers): /privacy/ ${kb(wire.ours)} gzip in ${roundTrips(wire.ours)} round trips, floor ${kb(wire.floor)} in ${roundTrips(wire.floor)} (the first carries 14.3 KB)`,
);
console.log(`  mobile FCP ×${(mobile.fcp / floorMobile.fcp).toFixed(2)} the floor's, LCP ×${(mobile.lcp / floorMobile.lcp).toFixed(2)}`);
const checks: [string, boolean, string][] = [
  [
    `bytes ≤ ${kb(BUDGETS.total)} compressed`,
    ours.total.brotli <= BUDGETS.total && ours.total.gzip <= BUDGETS.total,
    `${kb(ours.total.brotli)} br / ${kb(ours.total.gzip)} gzip; floor ${kb(floorWeight.total.brotli)} br; ×${(ours.total.brotli / floorWeight.total.brotli).toFixed(2)}`,
  ],
  [
    'no framework JS (islands inline)',
    ours.transfers.every((t) => t.kind !== 'js'),
    ours.transfers
      .filter((t) => t.kind === 'js')
      .map((t) => t.path)
      .join(', ') || 'no script requested',
  ],
  [
    `islands ≤ ${kb(BUDGETS.islands)} compressed`,
    ours.inlineJs.gzip <= BUDGETS.islands,
    `${kb(ours.inlineJs.brotli)} br / ${kb(ours.inlineJs.gzip)} gzip (alone)`,
  ],
  ['no web font', ours.byKind.font.raw === 0, kb(ours.byKind.font.raw)],
  [
    'Lighthouse mobile 100 × 4',
    [mobile.performance, mobile.accessibility, mobile['best-practices'], mobile.seo].every((s) => s === 100),
    fmt(mobile),
  ],
  [
    'mobile LCP ≤ 1.05 × floor',
    mobile.lcp <= 1.05 * floorMobile.lcp,
    `${(mobile.lcp / 1000).toFixed(2)} s vs floor ${(floorMobile.lcp / 1000).toFixed(2)} s: ×${(mobile.lcp / floorMobile.lcp).toFixed(2)}`,
  ],
  ['TBT 0 ms', Math.round(mobile.tbt) === 0, `${Math.round(mobile.tbt)} ms`],
  // The floor runs no script: what it blocks is this machine parsing and laying out the notice's text, and
  // the blank page what its browser blocks on any page. Ours above the floor is what the page adds; at or
  // below it, the missing points are the machine's.
  [
    'mobile TBT ≤ floor',
    mobile.tbt <= floorMobile.tbt,
    `${Math.round(mobile.tbt)} ms vs floor ${Math.round(floorMobile.tbt)} ms, blank page ${Math.round(results['blank page'].mobile.tbt)} ms (perf ${results['blank page'].mobile.performance})`,
  ],
  ['CLS 0', mobile.cls === 0, mobile.cls.toFixed(3)],
  [
    'no long task at 4× CPU (traced)',
    traced['/privacy/'].longest < 50,
    `longest ${Math.round(traced['/privacy/'].longest)} ms, blocking ${Math.round(traced['/privacy/'].blocked)} ms; floor longest ${Math.round(traced.floor.longest)} ms`,
  ],
];
for (const [name, ok, detail] of checks) console.log(`  ${ok ? 'met   ' : 'MISSED'} ${name.padEnd(28)} ${detail}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
