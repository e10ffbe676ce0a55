import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../lib/content/problems';

export { UsageError };

/**
 * Runs a command's body so that no input ends in a stack trace: a failure prints one line,
 * `<command>: <what went wrong>`, and exits non-zero (2 for a usage mistake, 1 otherwise).
 */
export async function runCommand(command: string, body: () => number | void | Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `${command}: ${usage ? message : `${message.split('\n')[0]} (unexpected error: please report it with the command you ran)`}`,
    );
    process.exitCode = usage ? 2 : 1;
  }
}

/** node:util parseArgs, with its errors (unknown option, missing value) turned into one readable line. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('. ')[0].replace(/\.$/, '') : String(error);
    throw new UsageError(`${reason}. Usage: ${usage}`);
  }
}
