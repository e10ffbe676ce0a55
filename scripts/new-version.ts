/** `npm run new-version -- YYYY-MM-DD [--summary "text"] [--backfill]`: start a new draft version. See lib/content/publishing.ts. */
import { resolve } from 'node:path';
import { today } from '../lib/dates';
import { newVersion } from '../lib/publishing';
import { parseCommandArgs, println, processIo, runCommand, runIfMain, type CommandIo } from './support/cli';

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
      contentDir: resolve(io.cwd, io.env.CONTENT_DIR ?? 'content'),
      today: today(io.env),
      cwd: io.cwd,
    });
    println(result.ok ? io.stdout : io.stderr, result.ok ? result.message : `new-version: ${result.message}`);
    return result.ok ? 0 : 1;
  });
}

await runIfMain(import.meta.url, main);
