/** `npm run publish-version -- YYYY-MM-DD [--base <git-ref>]`: check a draft and lock it. See lib/content/publishing.ts. */
import { publishVersion } from '../lib/content/publishing';
import { parseCommandArgs, runCommand } from './support/cli';

await runCommand('publish-version', () => {
  const { positionals } = parseCommandArgs({ allowPositionals: true, options: {} }, 'npm run publish-version -- YYYY-MM-DD');
  const result = publishVersion({ date: positionals[0] });
  console[result.ok ? 'log' : 'error'](result.ok ? result.message : `publish-version: ${result.message}`);
  return result.ok ? 0 : 1;
});
