import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // A few tests still start a process (the build, npm start), which takes seconds on a busy machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // isolate: false: the files of a project share one module graph per worker, so the Markdown
        // pipeline is imported once rather than per file (it was half of npm test's time). No test
        // file changes module state another relies on: env stubs are undone, the one mock is a module
        // only observatory.test.ts imports.
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.tsx', 'tests/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          isolate: false,
          // Tests over the built site in out/: it is built first when missing or older than the sources.
          globalSetup: ['tests/build-site.global-setup.ts'],
          // Transformed, so its internal HSTS-list module can be mocked (see observatory.test.ts).
          server: { deps: { inline: ['@mdn/mdn-http-observatory'] } },
        },
      },
      {
        extends: true,
        test: {
          // The same tests over a site where a new version has been published after the captured one
          // (tests/fixtures/history.ts): publishing a version must leave them green.
          name: 'site-published',
          isolate: false,
          include: [
            'tests/site/published-capture.test.ts',
            'tests/site/privacy-page.test.ts',
            'tests/site/version-history.test.ts',
            // Reader View on the versions page and a changes page with real changes.
            'tests/site/reader-view.test.ts',
            // The smoke check on a site whose current version is new: its changes page must answer too.
            'tests/site/smoke-check.test.ts',
          ],
          globalSetup: ['tests/history-site.global-setup.ts'],
          // HISTORY_OUT, HISTORY_CONTENT (scripts/support/sites.ts) and FIXTURE_TODAY (tests/fixtures/history.ts).
          env: { SITE_OUT: '.build/history-site', CONTENT_DIR: '.build/history-content', BUILD_DATE: '2026-11-29' },
        },
      },
      {
        extends: true,
        // Browser tests (npm run test:e2e): Debian's Chromium against the built sites, one file at a time.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
