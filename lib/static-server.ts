import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import sirv from 'sirv';
import { headersFor } from './security-headers';

/**
 * The server `npm start` runs: sirv serving the exported site in out/ (precompressed .br/.gz files when
 * the browser accepts them), with the headers of lib/security-headers.ts on every response, clean
 * trailing-slash URLs (`/privacy` → 301 `/privacy/`) and the site's own 404 page.
 */
export function createStaticServer(root = 'out', options: { headers?: (pathname: string) => Record<string, string> } = {}): Server {
  const headersOf = options.headers ?? headersFor;
  // sirv indexes the folder once, at creation: create the server after the build.
  const serve = sirv(root, { etag: true, dotfiles: false, gzip: true, brotli: true });
  const notFoundPage = join(root, '404.html');

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const isDirectory = !path.endsWith('/') && extname(path) === '' && directoryExists(join(root, path));
    for (const [name, value] of Object.entries(headersOf(isDirectory ? `${path}/` : path))) res.setHeader(name, value);
    if (isDirectory) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...headersOf('/') });
      res.end();
      return;
    }
    serve(req, res, () => {
      for (const [name, value] of Object.entries(headersOf('/404.html'))) res.setHeader(name, value);
      res.writeHead(404);
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    });
  });
}

function directoryExists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
