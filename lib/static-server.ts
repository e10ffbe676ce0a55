import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import sirv from 'sirv';

/**
 * The server `npm start` runs: sirv serving the exported site in out/, with clean trailing-slash URLs
 * (`/privacy` → 301 `/privacy/`) and the site's own 404 page.
 */
export function createStaticServer(root = 'out'): Server {
  // sirv indexes the folder once, at creation: create the server after the build.
  const serve = sirv(root, { etag: true, dotfiles: false });
  const notFoundPage = join(root, '404.html');

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (!path.endsWith('/') && extname(path) === '' && isDirectory(join(root, path))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    });
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
