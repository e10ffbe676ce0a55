/** `npm run publish-version -- YYYY-MM-DD`: check a draft and lock it. See lib/content/publishing.ts. */
import { parseArgs } from 'node:util';
import { publishVersion } from '../lib/content/publishing';

const { positionals } = parseArgs({ allowPositionals: true });
const result = publishVersion({ date: positionals[0] });
console[result.ok ? 'log' : 'error'](result.ok ? result.message : `publish-version: ${result.message}`);
process.exit(result.ok ? 0 : 1);
