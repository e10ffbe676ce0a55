import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.tsx'] },
      },
      {
        resolve: { alias },
        // Tests over the built site in out/: it is built first when missing or older than the sources.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/build-site.global-setup.ts'] },
      },
      {
        resolve: { alias },
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
