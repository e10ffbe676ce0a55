import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_ID_PREFIXES, RESERVED_IDS } from './page-ids';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx|ts)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the reserved ids', () => {
  const code = [...sources('components'), ...sources('app')].map((path) => readFileSync(path, 'utf8')).join('\n');

  it('list every fixed id the components and routes write', () => {
    const ids = [...new Set([...code.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))].sort();
    expect(ids.filter((id) => !(RESERVED_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('cover every id the components derive (id={`prefix-…`})', () => {
    const prefixes = [...code.matchAll(/\bid=\{`([a-z-]+)\$\{/g), ...code.matchAll(/= `([a-z-]+-)\$\{[^`]*`;\s*\n[^\n]*id=\{/g)].map(
      (m) => m[1],
    );
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes)
      expect(
        RESERVED_ID_PREFIXES.some((p) => prefix.startsWith(p)),
        prefix,
      ).toBe(true);
  });
});
