/**
 * `npm run check:content`: checks everything under content/ with the same pipeline and rules the build
 * uses and prints every problem as `file:line:column: severity rule: message`, then a count. Exit 1 on any
 * error, 2 on a usage mistake.
 *   --base <git-ref>  the published record may only grow against this ref (CI: the pull request's base)
 *   --format github   GitHub Actions annotations (the default inside GitHub Actions)
 *   --timings         print how long the check took
 *   --production      check as the production build does: drafts are errors
 */
import { readContent, formatProblem, type Problem } from '../lib/checker';
import { UsageError } from '../lib/content/problems';
import { today } from '../lib/dates';
import { contentDirOf, parseCommandArgs, println, processIo, runCommand, runIfMain, type CommandIo } from './support/cli';

/** GitHub Actions workflow command: shows the problem on the pull request's line. */
function githubAnnotation(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(p.rule)}::${escape(p.message)}`;
}

export function main(argv: string[], io: CommandIo = processIo()): number {
  return runCommand('check:content', io, () => {
    const { values: args } = parseCommandArgs(
      { options: { format: { type: 'string' }, timings: { type: 'boolean' }, production: { type: 'boolean' }, base: { type: 'string' } } },
      argv,
      'npm run check:content -- [--base <git-ref>] [--format text|github] [--production] [--timings]',
    );
    const format = args.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
    if (format !== 'text' && format !== 'github') throw new UsageError(`unknown --format "${format}": use text or github.`);

    const started = performance.now();
    const { problems } = readContent({
      contentDir: contentDirOf(io),
      production: args.production ?? io.env.NODE_ENV === 'production',
      today: today(io.env),
      base: args.base,
      cwd: io.cwd,
    });
    const elapsed = performance.now() - started;

    for (const p of problems) println(io.stdout, format === 'github' ? githubAnnotation(p) : formatProblem(p));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    println(
      io.stdout,
      problems.length === 0
        ? 'Content check: no problems.'
        : `Content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    );
    if (args.timings) println(io.stdout, `Checked in ${elapsed.toFixed(0)} ms.`);
    return errors > 0 ? 1 : 0;
  });
}

await runIfMain(import.meta.url, main);
