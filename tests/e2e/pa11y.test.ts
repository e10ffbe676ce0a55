import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/support/chromium';
import { PAGE_TYPES, pageUrl } from './page-types';

/**
 * pa11y-ci, as a team running it would, with both of its runners (HTML_CodeSniffer and axe-core) on every
 * page type: no errors. It drives Debian's Chromium (puppeteer never downloads one: PUPPETEER_SKIP_DOWNLOAD).
 */
describe('pa11y-ci (htmlcs and axe runners)', () => {
  it('reports 0 errors on every page type', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa11y-'));
    const config = join(dir, 'pa11yci.json');
    writeFileSync(
      config,
      JSON.stringify({
        defaults: {
          runners: ['htmlcs', 'axe'],
          standard: 'WCAG2AA',
          timeout: 60_000,
          chromeLaunchConfig: { executablePath: CHROME_PATH, args: CHROME_FLAGS },
        },
        urls: PAGE_TYPES.map(pageUrl),
      }),
    );
    try {
      const { stdout } = await promisify(execFile)('npx', ['pa11y-ci', '--config', config, '--json'], {
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
      const report = JSON.parse(stdout) as {
        total: number;
        errors: number;
        results: Record<string, { code?: string; selector?: string; message: string }[]>;
      };
      const errors = Object.entries(report.results).flatMap(([url, issues]) =>
        issues.map((issue) => `${new URL(url).pathname}: ${issue.code ?? ''} ${issue.selector ?? ''} ${issue.message}`),
      );
      expect(report.total).toBe(PAGE_TYPES.length);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
