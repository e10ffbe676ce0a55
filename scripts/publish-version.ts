/** `npm run publish-version -- YYYY-MM-DD [--base <git-ref>]`: check a draft and lock it. See lib/publishing.ts. */
import { today } from '../lib/dates';
import { publishVersion } from '../lib/publishing';
import { contentDirOf, parseCommandArgs, processIo, reportResult, runCommand, runIfMain, type CommandIo } from './support/cli';

export function main(argv: string[], io: CommandIo = processIo()): number {
  return runCommand('publish-version', io, () => {
    const { values, positionals } = parseCommandArgs(
      { allowPositionals: true, options: { base: { type: 'string' } } },
      argv,
      'npm run publish-version -- YYYY-MM-DD [--base <git-ref>]',
    );
    const result = publishVersion({
      date: positionals[0],
      base: values.base,
      contentDir: contentDirOf(io),
      today: today(io.env),
      cwd: io.cwd,
    });
    return reportResult('publish-version', io, result);
  });
}

await runIfMain(import.meta.url, main);
