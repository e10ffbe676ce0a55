import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import specifiers of every non-test module under a folder. */
function imports(dir: string): { file: string; from: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return imports(path);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name) || name === 'test-helpers.ts' || name === 'test-fixtures.ts') return [];
    return [...readFileSync(path, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => ({ file: path, from: m[1] }));
  });
}

describe('one direction: the pipeline reads, the rules judge, the checker composes them', () => {
  it('lib/content imports neither the rules nor the checker', () => {
    expect(imports('lib/content').filter(({ from }) => /(^|\/)(rules|checker)(\/|$)/.test(from))).toEqual([]);
  });

  it('lib/rules imports the checker nowhere, and the pipeline only for types and pure helpers', () => {
    expect(imports('lib/rules').filter(({ from }) => /(^|\/)checker$/.test(from))).toEqual([]);
    const runtime = imports('lib/rules').filter(({ from }) => /\.\.\/content(\/index)?$/.test(from));
    for (const { file } of runtime) expect(readFileSync(file, 'utf8'), file).toMatch(/^import type [^;]*'\.\.\/content'/m);
  });
});
