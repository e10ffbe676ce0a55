/** `npm run new-version -- YYYY-MM-DD [--summary "text"] [--backfill]`: start a new draft version. See lib/content/publishing.ts. */
import { newVersion } from '../lib/publishing';
import { parseCommandArgs, runCommand } from './support/cli';

await runCommand('new-version', () => {
  const { values, positionals } = parseCommandArgs(
    { allowPositionals: true, options: { summary: { type: 'string' }, backfill: { type: 'boolean' } } },
    'npm run new-version -- YYYY-MM-DD [--summary "What changed."] [--backfill]',
  );
  const result = newVersion({ date: positionals[0], summary: values.summary, backfill: values.backfill });
  console[result.ok ? 'log' : 'error'](result.ok ? result.message : `new-version: ${result.message}`);
  return result.ok ? 0 : 1;
});
