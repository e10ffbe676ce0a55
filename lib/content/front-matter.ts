import { z } from 'zod';
import { isRealDay } from '../dates';
import type { ParsedMarkdown } from './markdown';
import type { Problem } from './problems';
import { parseYaml } from './yaml';

/**
 * Splits a version's text into front matter and body, whatever its line endings (the closing "---" may
 * carry trailing spaces, as the Markdown parser allows); undefined when it has no front matter block.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; eol: string } | undefined {
  const match = /^\ufeff?---(\r?\n)([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match ? { eol: match[1], yaml: match[2], body: match[3] } : undefined;
}

const DATE_HINT = 'write it as YYYY-MM-DD, e.g. 2024-10-02';

/** `YYYY-MM-DD` that is a real calendar day (no 2024-02-30). */
export const isoDate = z
  .string({ error: (iss) => (iss.input === undefined ? `is missing: add it and ${DATE_HINT}` : `expected a date: ${DATE_HINT}`) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `expected a date: ${DATE_HINT}`, abort: true })
  .refine(isRealDay, { error: 'is not a real calendar day: check the month and the day' });


/** A required, non-blank line of text; `what` names it in messages. */
export const requiredText = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `is missing: add ${what}` : `expected ${what} as text`) })
    .trim()
    .min(1, { error: `is empty: write ${what}` });

/**
 * The metadata block at the top of every notice version. Unknown keys are errors (typos must not pass).
 * A version added to the archive after its date, from the records (`backfill: true`), says where its
 * text comes from (`source:`), and the site shows it.
 */
export const frontMatterSchema = z
  .strictObject({
    title: requiredText('the notice title, e.g. "Privacy Policy"'),
    date: isoDate,
    summary: requiredText('one line saying what this version changed'),
    backfill: z.literal(true, { error: 'is either true or left out: "backfill: true" marks a version added from the records' }).optional(),
    source: requiredText('where the historical text comes from, e.g. "the archived page at https://…"').optional(),
  })
  .superRefine((data, ctx) => {
    if (data.backfill && data.source === undefined)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'is missing: a backfilled version says where its text comes from, e.g. source: "the archived page at https://…"' });
    if (!data.backfill && data.source !== undefined)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'is only for a version added from the records: add "backfill: true", or remove the source line' });
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Validates a parsed file's front matter block; reports a missing block, bad YAML and schema errors at their lines. */
export function readFrontMatter(parsed: ParsedMarkdown, file: string): { data: FrontMatter | undefined; problems: Problem[] } {
  if (!parsed.frontMatter) {
    return {
      data: undefined,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'front-matter',
          message: 'the file must start with a front matter block: a line "---", then title:, date: and summary:, then "---".',
        },
      ],
    };
  }
  return parseYaml(parsed.frontMatter.yaml, frontMatterSchema, {
    file,
    lineOffset: parsed.frontMatter.lineOffset,
    rule: 'front-matter',
    label: 'the front matter',
  });
}
