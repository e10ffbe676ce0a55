import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readContent } from '../checker';
import { contentFixture, fixtureVersion } from './test-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('a version saved with a byte order mark (Windows Notepad)', () => {
  it('reads as the same notice: no false problem at its links, the same sections', () => {
    const body = '## Scope {#scope}\n\nSee [our site](https://actionnetwork.org) and [https://actionbuilder.org](https://actionbuilder.org).\n';
    const plain = contentFixture({ '2025-01-01.md': fixtureVersion('2025-01-01', body) });
    const bom = contentFixture({ '2025-01-01.md': `\ufeff${fixtureVersion('2025-01-01', body)}` });
    cleanups.push(plain.cleanup, bom.cleanup);
    expect(readContent({ contentDir: bom.dir, today: '2025-06-01' }).problems.map((p) => formatProblem(p))).toEqual([]);
    const [a, b] = [plain, bom].map((f) => loadContent({ contentDir: f.dir, today: '2025-06-01' }).current);
    expect(b.sections).toEqual(a.sections);
    expect(b.summary).toBe(a.summary);
    // The record is of the bytes: the mark is part of what was locked.
    expect(b.sha256).not.toBe(a.sha256);
  });
});
