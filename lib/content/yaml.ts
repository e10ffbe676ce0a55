import { isMap, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems';

/** Where the YAML text sits in its file, so reported lines are file lines. */
interface YamlOrigin {
  file: string;
  /** 0-based line of the file on which the YAML text starts. */
  lineOffset: number;
  rule: string;
  /** What the YAML is, for messages about its top level, e.g. "the front matter". */
  label: string;
}

/** Parses YAML and validates it against a zod schema, reporting every problem at its line. */
export function parseYaml<T>(
  text: string,
  schema: z.ZodType<T>,
  origin: YamlOrigin,
): { data: T | undefined; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Counted from the text itself: yaml's LineCounter misses lines after some syntax errors.
  const at = (offset: number) => {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const lines = before.split(/\r\n?|\n/);
    return { line: lines.length + origin.lineOffset, column: lines.at(-1)!.length + 1 };
  };
  const problem = (offset: number, message: string): Problem => ({
    file: origin.file,
    ...at(offset),
    severity: 'error',
    rule: origin.rule,
    message,
  });

  if (doc.errors.length > 0) {
    return {
      data: undefined,
      problems: doc.errors.map((e) => problem(e.pos[0], explainYamlError(e.code, e.message, lineAt(text, e.pos[0])))),
    };
  }

  // "summary: Section #3 renamed": YAML reads " #" as the start of a comment and drops the rest, silently.
  const cut: Problem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.comment && node.range && node.type === 'PLAIN')
        cut.push(problem(node.range[0], `the text after " #" is read as a comment and left out, so this value would be "${String(node.value)}": put the whole value in quotes, e.g. "${String(node.value)} #${node.comment}".`));
    },
  });
  if (cut.length > 0) return { data: undefined, problems: cut };

  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch {
    // An alias (*name) to no anchor, or a tag that cannot be resolved: readable YAML, unusable value.
    const offset = Math.max(0, text.search(/(^|[\s:[{,-])[*&!]/));
    return { data: undefined, problems: [problem(offset, 'a value starts with "*", "&" or "!", which YAML reads as a reference or a tag: put the value in quotes, e.g. summary: "…".')] };
  }
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };

  return {
    data: undefined,
    problems: result.error.issues.map((issue) => {
      const { node, keyNode } = locate(doc.contents, issue.path);
      // Unknown keys are reported on the key itself, not on the map that holds it.
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const target = unknown.length > 0 ? findKey(node, String(unknown[0])) ?? node : keyNode ?? node;
      return problem(target?.range?.[0] ?? 0, describeIssue(issue, origin.label));
    }),
  };
}

/** The line of `text` holding character `offset`. */
function lineAt(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1).split('\n')[0];
}

/** What a YAML error means for someone editing a few `key: value` lines, and what to do about it. */
function explainYamlError(code: string, message: string, line: string): string {
  const key = /^\s*([\w-]+):/.exec(line)?.[1];
  if (/[\u201c\u201d\u2018\u2019]/.test(line) && (code === 'MISSING_CHAR' || code === 'BLOCK_AS_IMPLICIT_KEY')) {
    return `this line has curly quotes (“ ” or ‘ ’), which YAML does not read as quotes: put the value in straight quotes, e.g. ${key ?? 'summary'}: "…".`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    return `the value${key ? ` of "${key}"` : ''} contains ": ", which YAML reads as another key: put the ${key ?? 'value'} in quotes, e.g. ${key ?? 'summary'}: "…".`;
  }
  if (code === 'DUPLICATE_KEY') return `${key ? `"${key}"` : 'this key'} is written twice: keep one.`;
  if (code === 'TAB_AS_INDENT') return 'this line starts with a tab, which YAML does not allow: start it with spaces, or with nothing.';
  return `the YAML cannot be read: ${firstLine(message)}. Check quotes, colons and indentation on this line.`;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** A path like `footer.columns[2].links[0].href`, the way staff see it in the file. */
export function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, label: string): string {
  const where = issue.path.length > 0 ? `"${formatPath(issue.path)}"` : label;
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${where}: remove it or check its spelling.`;
  }
  return `${where}: ${issue.message}`;
}

/** Walks the YAML tree along a zod issue path to the node it concerns. */
function locate(root: unknown, path: PropertyKey[]): { node: Node | undefined; keyNode: Node | undefined } {
  let node = root as Node | undefined;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(segment));
      if (!pair) return { node, keyNode: undefined };
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return { node, keyNode: undefined };
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  // A wrong value is shown on the value; a missing one on the nearest key found.
  return { node, keyNode: node?.range ? undefined : keyNode };
}

function findKey(node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
  return pair?.key as Node | undefined;
}
