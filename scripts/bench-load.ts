/**
 * `npm run bench:load`: autocannon, 50 connections for 20 s each (DURATION to change) on loopback, against
 * `npm start`'s server and against nginx serving the same out/ with deploy/nginx.conf. Prints requests/s,
 * p50/p99 latency and errors (must be 0), and the ratio of the two. Stops by itself.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createStaticServer } from '../lib/static-server';
import { startNginx } from './support/nginx';
import { ensureSites } from './support/sites';

const DURATION = Number(process.env.DURATION ?? 20);
const CONNECTIONS = 50;
ensureSites();

async function load(name: string, url: string) {
  const result = await autocannon({
    url: `${url}/privacy/`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${name.padEnd(10)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${errors}   ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s`,
  );
  return { rps: result.requests.average, errors };
}

console.log(`GET /privacy/ (compressed), ${CONNECTIONS} connections, ${DURATION} s each, loopback\n`);
const server = createStaticServer('out');
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const ours = await load('npm start', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
server.close();

const nginx = await startNginx('out');
const theirs = await load('nginx', nginx.url);
nginx.stop();

console.log(`\nnpm start / nginx: ${(ours.rps / theirs.rps).toFixed(2)} of nginx's throughput`);
if (ours.errors + theirs.errors > 0) {
  console.error('Errors occurred under load.');
  process.exitCode = 1;
}
