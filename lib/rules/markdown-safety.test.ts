import { readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import { noticeRules } from '.';
import { documentOf } from './test-helpers';

const FILE = 'tests/fixtures/unsafe-markdown/attacks.md';
const source = readFileSync(FILE, 'utf8');
const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Markdown that tries to inject script (tests/fixtures/unsafe-markdown/attacks.md)', () => {
  const doc = documentOf(source, FILE);
  const findings = noticeRules.flatMap((rule) =>
    rule.check(doc).map((f) => ({ ...f, rule: rule.name, severity: f.severity ?? rule.severity })),
  );
  const errorLines = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.line));

  it('is rejected by the content check, each attack at its line', () => {
    const attacks = [
      "<script>alert('block')",
      'Inline <script>',
      'onerror=',
      'onclick=',
      '<iframe',
      '<object',
      '<form',
      '(JaVaScRiPt:',
      '(&#106;avascript:',
      '(java&#9;script:',
      '(vbscript:',
      '(data:text/html',
      '(data:image/svg',
      '<javascript:',
      '[evil]: javascript:',
      '<!--',
    ];
    for (const attack of attacks) expect(errorLines.has(lineOf(attack)), attack).toBe(true);
  });

  it('never reaches the HTML: no script, handler, frame, object, form or unsafe URL', () => {
    const html = parseMarkdown(source, FILE)
      .sections.map((s) => toHtml(s.hast))
      .join('\n');
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<input|\son[a-z]+=/i);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      const decoded = url.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/[\u0000-\u0020]/g, '');
      expect(decoded, url).not.toMatch(/^(javascript|vbscript|data):/i);
    }
  });
});
