import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConfig } from '../../lib/host-config';

/** Debian's nginx, or $NGINX_PATH. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Runs nginx in the foreground on a loopback port with the generated deploy config serving `root`, in a
 * throw-away prefix (no system files touched). Returns its URL and a stop function.
 */
export async function startNginx(root: string): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(NGINX_PATH)) throw new Error(`No nginx at ${NGINX_PATH}: apt-get install nginx-light, or set NGINX_PATH.`);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const server = nginxConfig({ root: resolve(root), listen: `127.0.0.1:${port}` });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
# Workers run as the current user, so they can read a checkout in a private temporary folder.
user ${userInfo().username};
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
${server}
}
`,
  );
  const child: ChildProcess = spawn(NGINX_PATH, ['-e', join(prefix, 'error.log'), '-p', prefix, '-c', conf], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return {
        url,
        stop: () => {
          child.kill('SIGQUIT');
          rmSync(prefix, { recursive: true, force: true });
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start: ${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`);
}
