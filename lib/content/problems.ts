/** A problem found in a content file, located precisely enough for a staff member to fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/privacy/2024-10-02.md`. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** The rule that found it, e.g. `front-matter`, `raw-html`. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** `file:line:column: severity rule: message`, the way compilers print, so editors can jump to it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.rule}: ${p.message}`;
}

/** Orders problems by file, then position, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** A mistake in how a command was called or configured (a bad BUILD_DATE, an unknown --base): one line, no stack. */
export class UsageError extends Error {
  name = 'UsageError';
}
