import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../lib/content/problems';

export { UsageError };

/**
 * Where a command reads its environment and writes its output. Each command exports
 * `main(argv, io)`, so tests run it in-process (a spawned `tsx` per case cost seconds each) with the
 * same code path staff get from `npm run …`.
 */
export interface CommandIo {
  env: NodeJS.ProcessEnv;
  /** The directory paths in arguments and messages are relative to. */
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The running process's environment, directory and output streams. */
export function processIo(): CommandIo {
  return { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
}

/** An io whose output is kept in strings, for tests and for a command that runs another (pr-summary). */
export function captureIo(options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): CommandIo & { out: string; err: string } {
  const io = {
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    out: '',
    err: '',
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text) },
  };
  return io;
}

/** The content folder a command works on: $CONTENT_DIR, or content/, from the command's directory. */
export function contentDirOf(io: CommandIo): string {
  return resolve(io.cwd, io.env.CONTENT_DIR ?? 'content');
}

/** Prints a staff command's result, its message on stdout or, prefixed with the command, on stderr; its exit code. */
export function reportResult(command: string, io: CommandIo, result: { ok: boolean; message: string }): number {
  println(result.ok ? io.stdout : io.stderr, result.ok ? result.message : `${command}: ${result.message}`);
  return result.ok ? 0 : 1;
}

/** Writes one line, as console.log would. */
export function println(stream: CommandIo['stdout'], text: string): void {
  stream.write(`${text}\n`);
}

function failure(command: string, io: CommandIo, error: unknown): number {
  const usage = error instanceof UsageError;
  const message = error instanceof Error ? error.message : String(error);
  println(
    io.stderr,
    `${command}: ${usage ? message : `${message.split('\n')[0]} (unexpected error: please report it with the command you ran)`}`,
  );
  return usage ? 2 : 1;
}

/**
 * Runs a command's body so that no input ends in a stack trace: a failure prints one line,
 * `<command>: <what went wrong>`, and returns non-zero (2 for a usage mistake, 1 otherwise).
 */
export function runCommand(command: string, io: CommandIo, body: () => number | void): number {
  try {
    return body() ?? 0;
  } catch (error) {
    return failure(command, io, error);
  }
}

/** runCommand for a body that awaits (network, WebAssembly). */
export async function runCommandAsync(command: string, io: CommandIo, body: () => Promise<number | void>): Promise<number> {
  try {
    return (await body()) ?? 0;
  } catch (error) {
    return failure(command, io, error);
  }
}

/** node:util parseArgs over `argv`, with its errors (unknown option, missing value) turned into one readable line. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, argv: string[], usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    // The same parse with args set: the result's type depends only on the options.
    return parseArgs({ ...config, args: argv }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('. ')[0].replace(/\.$/, '') : String(error);
    throw new UsageError(`${reason}. Usage: ${usage}`);
  }
}

/** Runs `main` with the process's arguments when `moduleUrl` is the script node was started with (not when imported). */
export async function runIfMain(moduleUrl: string, main: (argv: string[], io: CommandIo) => number | Promise<number>): Promise<void> {
  if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(moduleUrl)) {
    process.exitCode = await main(process.argv.slice(2), processIo());
  }
}
