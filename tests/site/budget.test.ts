import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, pageWeight } from '@/lib/page-weight';

describe('byte budgets of the built /privacy/ (exact bytes; figures in npm run bench:page)', () => {
  const weight = pageWeight('out', '/privacy/');

  it(`transfers at most ${BUDGETS.total / 1024} KB compressed in all, brotli or gzip`, () => {
    expect(weight.total.brotli).toBeLessThanOrEqual(BUDGETS.total);
    expect(weight.total.gzip).toBeLessThanOrEqual(BUDGETS.total);
  });

  it(`ships no framework JS, and islands of at most ${BUDGETS.islands / 1024} KB compressed together`, () => {
    // The islands are inline (scripts/post-build.ts): the page fetches no script at all.
    expect(weight.transfers.filter((t) => t.kind === 'js')).toEqual([]);
    expect(weight.inlineJs.raw).toBeGreaterThan(0);
    expect(weight.inlineJs.gzip).toBeLessThanOrEqual(BUDGETS.islands);
    expect(readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((f) => f.startsWith('_next') && f.endsWith('.js'))).toEqual([]);
  });

  it('loads no web font', () => {
    expect(weight.byKind.font.raw).toBe(0);
  });
});
