/** `npm run new-version -- YYYY-MM-DD [--summary "text"] [--backfill]`: start a new draft version. See lib/content/publishing.ts. */
import { parseArgs } from 'node:util';
import { newVersion } from '../lib/content/publishing';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { summary: { type: 'string' }, backfill: { type: 'boolean' } },
});
const result = newVersion({ date: positionals[0], summary: values.summary, backfill: values.backfill });
console[result.ok ? 'log' : 'error'](result.ok ? result.message : `new-version: ${result.message}`);
process.exit(result.ok ? 0 : 1);
