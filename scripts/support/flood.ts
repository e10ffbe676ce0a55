import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { rawRequest } from './raw-http';

/** What a server process held while clients pipelined requests and read nothing, and how a visitor fared. */
export interface FloodFigures {
  connections: number;
  requests: number;
  idleFiles: number;
  mostFiles: number;
  idleRssMB: number;
  mostRssMB: number;
  /** A visitor's GET /privacy/ on its own connection during the flood. */
  visitor: { status: number; bytes: number; ms: number };
}

const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * `connections` clients each pipeline `requests` × `GET /privacy/` and never read; the open files and RSS
 * of process `pid` are sampled for `holdMs`, then a visitor asks for /privacy/ while the flood is still
 * held. Linux only (/proc). Used by tests/site/start.test.ts and `npm run bench:load`.
 */
export async function flood(port: number, pid: number, { connections = 1, requests = 5_000, holdMs = 2_000 } = {}): Promise<FloodFigures> {
  const idleFiles = openFiles(pid);
  const idleRssMB = rssMB(pid);
  const sockets = Array.from({ length: connections }, () => {
    const socket = connect(port, '127.0.0.1');
    socket.pause(); // reads nothing
    socket.on('error', () => {});
    socket.write('GET /privacy/ HTTP/1.1\r\nHost: localhost\r\n\r\n'.repeat(requests));
    return socket;
  });
  let mostFiles = idleFiles;
  let mostRssMB = idleRssMB;
  for (let waited = 0; waited < holdMs; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    mostFiles = Math.max(mostFiles, openFiles(pid));
    mostRssMB = Math.max(mostRssMB, rssMB(pid));
  }
  const started = performance.now();
  const answer = await rawRequest(port, 'GET /privacy/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', { timeout: 60_000 }).then(
    (res) => ({ status: res.status, bytes: res.body.length }),
    () => ({ status: 0, bytes: 0 }),
  );
  const ms = Math.round(performance.now() - started);
  mostFiles = Math.max(mostFiles, openFiles(pid));
  mostRssMB = Math.max(mostRssMB, rssMB(pid));
  sockets.forEach((socket) => socket.destroy());
  return {
    connections,
    requests,
    idleFiles,
    mostFiles,
    idleRssMB: Math.round(idleRssMB),
    mostRssMB: Math.round(mostRssMB),
    visitor: { ...answer, ms },
  };
}

/** One line of figures, for the test's log and the bench's report. */
export const describeFlood = (f: FloodFigures) =>
  `${f.connections} × ${f.requests.toLocaleString('en')} pipelined, unread: open files ${f.idleFiles} → ${f.mostFiles}, ` +
  `RSS ${f.idleRssMB} → ${f.mostRssMB} MB; a visitor's GET /privacy/ ${f.visitor.status || 'failed'} (${f.visitor.bytes} bytes) in ${f.visitor.ms} ms`;
