/** `npm run publish-version -- YYYY-MM-DD [--base <git-ref>]`: check a draft and lock it. See lib/content/publishing.ts. */
import { resolve } from 'node:path';
import { today } from '../lib/dates';
import { publishVersion } from '../lib/publishing';
import { parseCommandArgs, println, processIo, runCommand, runIfMain, type CommandIo } from './support/cli';

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
      contentDir: resolve(io.cwd, io.env.CONTENT_DIR ?? 'content'),
      today: today(io.env),
      cwd: io.cwd,
    });
    println(result.ok ? io.stdout : io.stderr, result.ok ? result.message : `publish-version: ${result.message}`);
    return result.ok ? 0 : 1;
  });
}

await runIfMain(import.meta.url, main);
