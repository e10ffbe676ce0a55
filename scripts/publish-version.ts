/** `npm run publish-version -- YYYY-MM-DD [--base <git-ref>]`: check a draft and lock it. See lib/content/publishing.ts. */
import { publishVersion } from '../lib/publishing';
import { parseCommandArgs, runCommand } from './support/cli';

await runCommand('publish-version', () => {
  const { values, positionals } = parseCommandArgs(
    { allowPositionals: true, options: { base: { type: 'string' } } },
    'npm run publish-version -- YYYY-MM-DD [--base <git-ref>]',
  );
  const result = publishVersion({ date: positionals[0], base: values.base });
  console[result.ok ? 'log' : 'error'](result.ok ? result.message : `publish-version: ${result.message}`);
  return result.ok ? 0 : 1;
});
