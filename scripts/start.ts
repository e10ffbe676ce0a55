/**
 * `npm start`: builds the site if out/ has no completion stamp for the current sources, then serves out/
 * on http://localhost:$PORT (default 3000). This is the production site, not a development server.
 * package.json runs it as `exec node --import tsx` (no shell or tsx process between npm and the server),
 * so this process receives the signals: SIGTERM or SIGINT stop it gracefully (and a build it started,
 * whole), and so does its parent's death.
 */
import { spawn } from 'node:child_process';
import { buildIsStale } from '../lib/build-status';
import { createStaticServer } from '../lib/static-server';

const fail = (message: string): never => {
  console.error(`npm start: ${message}`);
  process.exit(1);
};

/** $PORT: unset or empty is 3000; 0 lets the system choose a free port. */
function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || port > 65535)
    return fail(`PORT must be a whole number from 0 to 65535 (0: any free port), not "${raw}".`);
  return port;
}

// npm killed with SIGKILL cannot pass a signal on: a server (or build) whose parent is gone stops too, freeing the port.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.emit('SIGTERM', 'SIGTERM'), 1_000).unref();

const port = parsePort(process.env.PORT);
const host = process.env.HOST?.trim() || '127.0.0.1';

if (buildIsStale()) {
  console.log('Building the site (out/ is missing, incomplete or built from other sources)…');
  // Its own process group, so a signal to this process stops the build and everything it runs.
  const build = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit', detached: true });
  const forward = (signal: NodeJS.Signals) => () => {
    try {
      process.kill(-build.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const code = await new Promise<number>((resolve) => build.on('exit', (c, signal) => resolve(signal ? 1 : (c ?? 1))));
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  // The build has printed what is wrong (content problems with their file and line): no stack trace on top.
  if (code !== 0) fail('the site could not be built; fix the problems above and run it again (out/ is as it was).');
}

const server = createStaticServer('out');
let listening = false;
let lastReported = 0;
server.on('error', (error: NodeJS.ErrnoException) => {
  // Once serving, an accept error (EMFILE: out of file descriptors) is passing: say so once a minute, and go on.
  if (listening) {
    if (Date.now() - lastReported > 60_000) console.error(`npm start: ${error.message}; still serving.`);
    lastReported = Date.now();
    return;
  }
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') fail(`port ${port} is already in use on ${host}: stop what is using it, or choose another with PORT=…`);
  if (error.code === 'EACCES') fail(`no permission to listen on ${where} (ports below 1024 need privileges): choose another with PORT=…`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') fail(`HOST "${host}" is not an address of this machine.`);
  fail(`cannot listen on ${where}: ${error.message}`);
});
server.listen(port, host, () => {
  listening = true;
  const { port: actual } = server.address() as { port: number };
  const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Serving out/ at http://${shown}:${actual}/privacy/ (Ctrl-C to stop)`);
});

let stopping = false;
function stop(reason: string) {
  if (stopping) {
    // A second signal: stop now.
    process.exit(1);
  }
  stopping = true;
  console.log(`npm start: ${reason}, stopping (open responses get up to 5 s to finish).`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 5_000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop(process.ppid === parent ? 'SIGTERM' : 'its parent process ended'));
