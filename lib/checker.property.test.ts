import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from './checker';
import { formatLock, sha256 } from './content/lock';
import { rules } from './rules';

/**
 * Property tests: whatever staff type or paste, the checker never throws, and every problem it reports
 * names a registered rule and a line and column inside the file (line 1, column 1 for a missing file).
 * Seeded, so a failure reproduces; the counts add up to 10,400 cases (the whole real notice and site.yaml
 * take milliseconds each to parse, so their mutations get fewer runs than small random files).
 */
const SEED = 20260601;
const RULES = new Set(rules.map((r) => r.name));
const SITE = readFileSync('content/site.yaml', 'utf8');
const NOTICE = readFileSync('content/privacy/2024-10-02.md', 'utf8');
/** The front matter and the first sections of the real notice: realistic, and quick to parse. */
const NOTICE_START = NOTICE.split('\n').slice(0, 40).join('\n');
const FRONT_MATTER = '---\ntitle: Privacy Policy\ndate: 2025-01-01\nsummary: A test version.\n---\n\n';

type Files = Record<string, string>;

/** Checks a content folder made of these files; returns the problems after asserting the properties. */
function checked(files: Files, today = '2025-06-01') {
  const snapshot = {
    files: new Map(Object.entries(files).map(([path, text]) => [path, Buffer.from(text)])),
    display: (path: string) => `content/${path}`,
  };
  const { problems } = checkSnapshot(snapshot, { production: false, today });
  // Plain comparisons (not expect) in this hot loop: thousands of cases, often dozens of problems each.
  for (const p of problems) {
    const text = files[p.file.replace(/^content\//, '')];
    // Line endings as Markdown, YAML and editors count them: LF, CRLF or a lone CR.
    const lines = text === undefined ? [''] : text.split(/\r\n?|\n/);
    const where = `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`;
    if (!RULES.has(p.rule)) throw new Error(`not a registered rule: ${where}`);
    if (!(p.line >= 1 && p.line <= lines.length)) throw new Error(`line outside the file (${lines.length} lines): ${where}`);
    if (!(p.column >= 1 && p.column <= lines[p.line - 1].length + 1))
      throw new Error(`column outside the line (${lines[p.line - 1].length} characters): ${where}`);
    if (p.message.trim().length < 10) throw new Error(`no message: ${where}`);
  }
  return problems;
}

/** A version published in the lock, plus the site data: a folder the checker accepts. */
function folder(versions: Files, site = SITE): Files {
  const lock = formatLock(Object.entries(versions).map(([name, text]) => ({ name: name.replace(/^privacy\//, ''), sha256: sha256(text) })));
  return { 'site.yaml': site, 'privacy/published.lock': lock, ...versions };
}

/** Pieces of Markdown, slips and troublemakers that staff and pastes produce. */
const PIECE = fc.constantFrom(
  '## ',
  '### ',
  '#### ',
  '#',
  '##',
  '{#',
  '{#scope}',
  '{.unlisted}',
  ' quick-link="',
  'aliases="',
  '“',
  '”',
  '‘',
  '’',
  '}',
  '{',
  '[',
  ']',
  '(',
  ')',
  '](',
  '](https://example.org/',
  '](mailto:',
  '](#',
  '![',
  '[^1]',
  '[^1]: ',
  '**',
  '_',
  '*',
  '`',
  '```',
  '~~',
  '> ',
  '* ',
  '- ',
  '1. ',
  '[ ] ',
  '|',
  '| a | b |\n|---|---|\n',
  '---',
  '===',
  '<b>',
  '<!-- ',
  ' -->',
  '&amp;',
  '\\',
  ':',
  ': ',
  '\t',
  '    ',
  ' ',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\r',
  '\n',
  '\n\n',
  '\r\n',
  'support@actionnetwork.org',
  'https://',
  'javascript:',
  'text',
  'Scope',
  'é',
  '😀',
);
const markdown = fc.array(fc.oneof(PIECE, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** A mutation of a text: insert a piece, delete a span or duplicate a line, at a position from a fraction. */
const mutation = fc.tuple(
  fc.constantFrom('insert', 'delete', 'duplicate'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.oneof(PIECE, fc.string({ maxLength: 8 })),
  fc.nat(60),
);
function mutate(text: string, mutations: [string, number, string, number][]): string {
  return mutations.reduce((t, [kind, at, piece, length]) => {
    const i = Math.floor(at * t.length);
    if (kind === 'insert') return t.slice(0, i) + piece + t.slice(i);
    if (kind === 'delete') return t.slice(0, i) + t.slice(i + length);
    const start = t.lastIndexOf('\n', i) + 1;
    const end = t.indexOf('\n', i);
    const line = t.slice(start, end < 0 ? undefined : end);
    return `${t.slice(0, start)}${line}\n${t.slice(start)}`;
  }, text);
}

describe('the checker, on random and mutated content (fast-check, seeded)', () => {
  it('random Markdown bodies never throw, and every problem is located', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        checked(folder({ 'privacy/2025-01-01.md': FRONT_MATTER + body }));
      }),
      { seed: SEED, numRuns: 1200 },
    );
  });

  it('the real notice, mutated, never throws, and every problem is located', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutate(NOTICE_START, mutations);
        // A draft: the mutated text is not the locked one.
        checked({ 'site.yaml': SITE, 'privacy/published.lock': '', 'privacy/2024-10-02.md': text });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('random front matter never throws, and every problem is located', () => {
    const key = fc.constantFrom('title', 'date', 'summary', 'Title', 'autor', 'date ', ' summary', '- date', 'summary:');
    const value = fc.oneof(
      fc.constantFrom(
        'Privacy Policy',
        '2025-01-01',
        '2025-02-30',
        '2025-1-1',
        '"quoted"',
        '“curly”',
        'Changes: more',
        '[unclosed',
        '{a: b}',
        '',
        '|',
        '>',
        '- a',
        "'it’s'",
        '"x” y',
        '42',
        'null',
        '~',
        '&a',
        '*a',
        '!tag x',
      ),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.tuple(key, fc.constantFrom(': ', ':', ' : ', ':\t', ': \n  '), value).map(([k, sep, v]) => `${k}${sep}${v}`);
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), eol, fc.boolean(), (lines, nl, closed) => {
        const text = `---${nl}${lines.join(nl)}${nl}${closed ? `---${nl}${nl}` : ''}## Scope${nl}${nl}Text.${nl}`;
        checked(folder({ 'privacy/2025-01-01.md': text }));
      }),
      { seed: SEED, numRuns: 900 },
    );
  });

  it('site.yaml, mutated, never throws, and every problem is located', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        checked(folder({ 'privacy/2025-01-01.md': `${FRONT_MATTER}## Scope\n\nText.\n` }, mutate(SITE, mutations)));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('random lock files never throw; every problem is located', () => {
    const line = fc.oneof(
      fc.constant(`${sha256(`${FRONT_MATTER}## Scope\n\nText.\n`)}  2025-01-01.md`),
      fc
        .tuple(
          fc.stringMatching(/^[0-9a-fA-Fg]{0,66}$/),
          fc.constantFrom('  ', ' ', ' *', '\t', '', '   '),
          fc.constantFrom('2025-01-01.md', '2025-1-1.md', '2025-02-30.md', 'x', '', '*2025-01-01.md'),
          fc.constantFrom('', ' ', '\r'),
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        checked({
          ...folder({ 'privacy/2025-01-01.md': `${FRONT_MATTER}## Scope\n\nText.\n` }),
          'privacy/published.lock': lines.join(eol),
        });
      }),
      { seed: SEED, numRuns: 3100 },
    );
  });

  it('random file names and lock lines never throw; every unexpected file is named, every problem located', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'privacy',
        'Privacy',
        'drafts',
        '2025-06-01',
        '2025-6-1',
        '2025-02-30',
        '2025-06-01.md',
        '2025-06-01.MD',
        '2025-06-01.markdown',
        'site.yaml',
        'site.yml',
        'published.lock',
        '.DS_Store',
        'notes.txt',
        '2025_06_01.md',
        ' 2025-06-01.md',
        '2025-06-01.md.bak',
      ),
      fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[/\\]/.test(s) && s !== '.' && s !== '..'),
    );
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
    const lockLine = fc.oneof(
      fc.constant(`${'a'.repeat(64)}  2025-06-01.md`),
      fc
        .tuple(fc.stringMatching(/^[0-9a-fA-Fg ]{0,66}$/), fc.constantFrom('  ', ' ', ' *', '\t', ''), segment)
        .map(([h, s, n]) => `${h}${s}${n}`),
    );
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 4 }), fc.array(lockLine, { maxLength: 4 }), (paths, lockLines) => {
        const files: Files = { ...folder({ 'privacy/2025-01-01.md': `${FRONT_MATTER}## Scope\n\nText.\n` }) };
        for (const p of paths) {
          // A path cannot be both a file and a folder on disk.
          if (Object.keys(files).some((f) => f.startsWith(`${p}/`) || p.startsWith(`${f}/`))) continue;
          files[p] = `${FRONT_MATTER.replace('2025-01-01', p.replace(/^.*\//, '').slice(0, 10))}## Scope\n\nText.\n`;
        }
        if (lockLines.length > 0) files['privacy/published.lock'] += lockLines.join('\n');
        const problems = checked(files);
        for (const p of Object.keys(files)) {
          if (p === 'site.yaml' || p === 'privacy/published.lock' || /^privacy\/\d{4}-\d{2}-\d{2}\.md$/.test(p)) continue;
          expect(
            problems.some((x) => x.file === `content/${p}`),
            p,
          ).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
