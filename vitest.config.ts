import { defineConfig } from 'vitest/config';

/**
 * Three tiers: unit (pure logic), integration (HTTP against a real server on SQLite and PostgreSQL, real mail,
 * Redis), browser (Playwright driving Debian's Chromium, axe on every page).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          // Screens follow each other over WebSockets and tick once a second: give them time under load.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          sequence: { groupOrder: 2 },
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
