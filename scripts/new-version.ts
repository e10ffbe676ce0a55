/** `npm run new-version -- YYYY-MM-DD [--summary "text"] [--backfill]`: start a new draft version. See lib/publishing.ts. */
import { today } from '../lib/dates';
import { newVersion } from '../lib/publishing';
import { contentDirOf, parseCommandArgs, processIo, reportResult, runCommand, runIfMain, type CommandIo } from './support/cli';

export function main(argv: string[], io: CommandIo = processIo()): number {
  return runCommand('new-version', io, () => {
    const { values, positionals } = parseCommandArgs(
      { allowPositionals: true, options: { summary: { type: 'string' }, backfill: { type: 'boolean' } } },
      argv,
      'npm run new-version -- YYYY-MM-DD [--summary "What changed."] [--backfill]',
    );
    const result = newVersion({
      date: positionals[0],
      summary: values.summary,
      backfill: values.backfill,
      contentDir: contentDirOf(io),
      today: today(io.env),
      cwd: io.cwd,
    });
    return reportResult('new-version', io, result);
  });
}

await runIfMain(import.meta.url, main);
