/**
 * `npm run bench:load`: load and soak on loopback against `npm start` (the real process, as the fuzzer
 * runs it) and nginx with deploy/nginx.conf, serving the same out/. autocannon with 10, 100 and 500
 * connections, then 100 connections while 1,000 other connections sit idle (connected, nothing sent).
 * DURATION seconds each (default 10). Prints req/s, p50/p99 and errors side by side; exits 1 on errors.
 * Then npm start under a pipelining flood (1 and 4 connections × 5,000 requests, never read): its open
 * files, its memory, and how long a visitor waits meanwhile.
 */
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import autocannon from 'autocannon';
import { describeFlood, flood } from './support/flood';
import { startNginx } from './support/nginx';
import { ensureSite } from './support/sites';

const DURATION = Number(process.env.DURATION ?? 10);
const LOADS = [10, 100, 500];
const IDLE = 1_000;
ensureSite();

/** `npm start`'s server as its own process (node --import tsx scripts/start.ts) on a free port. */
async function startOurs(): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /localhost:(\d+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Opens `count` connections that send nothing; `close()` reports how many the server had already closed. */
async function idleConnections(url: string, count: number) {
  const { port } = new URL(url);
  const sockets: Socket[] = [];
  let closedByServer = 0;
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1', () => resolve());
          socket.on('error', () => resolve());
          socket.on('close', () => closedByServer++);
          sockets.push(socket);
        }),
    ),
  );
  return {
    close: () => {
      const closed = closedByServer;
      sockets.forEach((s) => s.destroy());
      return closed;
    },
  };
}

interface Row {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, connections: number): Promise<Row> {
  const result = await autocannon({
    url: `${url}/privacy/`,
    connections,
    duration: DURATION,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const scenarios = [
  ...LOADS.map((n) => ({ name: `${n} connections`, connections: n, idle: 0 })),
  { name: `100 + ${IDLE} idle`, connections: 100, idle: IDLE },
];
const results: Record<string, { ours: Row; nginx: Row; idleClosed: [number, number] }> = {};
for (const scenario of scenarios) results[scenario.name] = { ours: undefined!, nginx: undefined!, idleClosed: [0, 0] };

for (const [index, server] of [
  ['ours', startOurs],
  ['nginx', () => startNginx('out').then((n) => ({ url: n.url, stop: async () => n.stop() }))],
] as const) {
  const { url, stop } = await server();
  for (const scenario of scenarios) {
    const idle = scenario.idle ? await idleConnections(url, scenario.idle) : undefined;
    const row = await load(url, scenario.connections);
    const closed = idle?.close() ?? 0;
    results[scenario.name][index] = row;
    results[scenario.name].idleClosed[index === 'ours' ? 0 : 1] = closed;
    console.error(`${index} ${scenario.name}: ${Math.round(row.rps)} req/s`);
  }
  await stop();
}

const fmt = (row: Row) =>
  `${Math.round(row.rps).toLocaleString('en-US').padStart(7)}  ${`${row.p50}/${row.p99} ms`.padStart(11)}  ${String(row.errors).padStart(6)}`;
console.log(`\nGET /privacy/ (brotli/gzip), ${DURATION} s a run, loopback\n`);
console.log(`${'scenario'.padEnd(20)}  ${'npm start: req/s   p50/p99   errors'}    ${'nginx: req/s   p50/p99   errors'}   ratio`);
for (const [name, { ours, nginx }] of Object.entries(results))
  console.log(`${name.padEnd(20)}  ${fmt(ours)}        ${fmt(nginx)}   ${(ours.rps / nginx.rps).toFixed(2)}`);
const [oursClosed, nginxClosed] = results[`100 + ${IDLE} idle`].idleClosed;
console.log(`\nIdle connections closed by the server during the run: npm start ${oursClosed}, nginx ${nginxClosed} (of ${IDLE}).`);
const ours = await startOurs();
console.log('\nnpm start under a pipelining flood:');
for (const connections of [1, 4])
  console.log(`  ${describeFlood(await flood(Number(new URL(ours.url).port), ours.pid, { connections, requests: 5_000 }))}`);
await ours.stop();

if (Object.values(results).some(({ ours, nginx }) => ours.errors + nginx.errors > 0)) {
  console.error('Errors occurred under load.');
  process.exitCode = 1;
}
