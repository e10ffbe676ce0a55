/**
 * `npm start`: builds the site if out/ is missing or older than the sources, then serves out/ on
 * http://localhost:$PORT (default 3000). This is the production site, not a development server.
 */
import { execSync } from 'node:child_process';
import { buildIsStale } from '../lib/build-status';
import { createStaticServer } from '../lib/static-server';

if (buildIsStale()) {
  console.log('Building the site (out/ is missing or older than the sources)…');
  try {
    execSync('npm run build', { stdio: 'inherit' });
  } catch {
    // The build has printed what is wrong (content problems with their file and line): no stack trace on top.
    console.error('npm start: the site could not be built; fix the problems above and run it again.');
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
createStaticServer('out').listen(port, host, () => {
  console.log(`Serving out/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/privacy/`);
});
