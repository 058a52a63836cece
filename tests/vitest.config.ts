import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'lib',
          include: ['tests/lib/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/runner/**/*.test.ts'],
          environment: 'node',
          // Real files through exiftool and ffmpeg take seconds on a loaded 2-core machine.
          testTimeout: 30_000,
          // The command-line tests call the built commands, so they are built from the current source first.
          globalSetup: ['tests/cli/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup-testing-library.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/firefox/**'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/e2e/firefox/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the other projects, so that Firefox and Chromium never compete for the same two cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
