import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MAX_REQUESTS_PER_CONNECTION } from '../../lib/static-server';

/** Runs `npm start` (through npm, as people do) on a free port; resolves once it serves. */
async function npmStart(): Promise<{ npm: ChildProcess; port: number; output: () => string }> {
  const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    npm.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /localhost:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    npm.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
  });
  return { npm, port, output: () => output };
}

const serves = (port: number) =>
  fetch(`http://127.0.0.1:${port}/privacy/`).then(
    (res) => res.status,
    () => 'closed',
  );

/** Waits up to `ms` for `check` to hold. */
async function eventually(check: () => Promise<boolean>, ms = 5_000) {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return false;
}

describe('the npm start process', () => {
  it('is the process npm signals: SIGTERM to npm stops the server gracefully', async () => {
    const { npm, port, output } = await npmStart();
    expect(await serves(port)).toBe(200);
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    npm.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toMatch(/npm start: SIGTERM, stopping/);
    expect(await serves(port)).toBe('closed');
  });

  it('cannot be starved by clients that pipeline thousands of requests and read nothing', async () => {
    const { npm, port } = await npmStart();
    // npm exec's the server: the process holding the port is npm's child.
    const pid =
      Number(
        spawnSync('pgrep', ['-P', String(npm.pid)], { encoding: 'utf8' })
          .stdout.trim()
          .split('\n')[0],
      ) || npm.pid!;
    const openFiles = () => readdirSync(`/proc/${pid}/fd`).length;
    const idle = openFiles();
    const floods = Array.from({ length: 4 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.pause(); // reads nothing
      socket.write('GET /privacy/ HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(5_000));
      return socket;
    });
    let most = 0;
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      most = Math.max(most, openFiles());
    }
    const started = Date.now();
    const visitor = await fetch(`http://127.0.0.1:${port}/privacy/`);
    const page = Buffer.from(await visitor.arrayBuffer());
    console.log(`4 × 5,000 pipelined requests: ${idle} → at most ${most} open files; a visitor's request took ${Date.now() - started} ms`);
    floods.forEach((socket) => socket.destroy());
    // Each flooding connection holds at most its quota of answers (one open file each), its socket, and
    // a file being opened as another closes: a few hundred in all, never one per request sent.
    expect(most).toBeLessThanOrEqual(idle + 4 * (MAX_REQUESTS_PER_CONNECTION + 2));
    expect(visitor.status).toBe(200);
    expect(page.toString()).toBe(readFileSync('out/privacy/index.html', 'utf8'));
    npm.kill('SIGTERM');
  });

  it('stops, freeing its port, when npm is killed with SIGKILL', async () => {
    const { npm, port } = await npmStart();
    npm.kill('SIGKILL');
    expect(await eventually(async () => (await serves(port)) === 'closed')).toBe(true);
  });

  it.each(['abc', '99999', '-1', '1.5'])('says in one line that PORT=%s is wrong', (port) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, PORT: port },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`npm start: PORT must be a whole number from 0 to 65535 (0: any free port), not "${port}".`);
  });

  it('says in one line that the port is taken', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const { port } = taken.address() as { port: number };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      encoding: 'utf8',
    });
    taken.close();
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm start: port ${port} is already in use on 127.0.0.1: stop what is using it, or choose another with PORT=…`,
    );
  });
});
