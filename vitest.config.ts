import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (*.test.ts) and touch no database; integration tests
// (*.int.test.ts) run the real app over HTTP against one embedded PostgreSQL per run,
// with a fresh database per test file cloned from a migrated template.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/test/**/*.int.test.ts'],
          globalSetup: ['apps/server/test/setup/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
