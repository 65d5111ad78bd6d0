import { defineConfig } from 'vitest/config';

// One `npm test` runs every project. Integration tests talk to real servers
// (Kafka, Elasticsearch/OpenSearch, Cassandra, schema registry, Redis); see
// docs/backing-services.md.
export default defineConfig({
  test: {
    // Property tests: a fixed seed in CI (reproducible), a fresh one elsewhere.
    setupFiles: ['./packages/testkit/src/fast-check-setup.ts'],
    // `expect.poll` waits for something another process or a socket does: vitest's 1 s default is a
    // flake on a loaded 2-core CI machine. Tests that need a tighter bound pass their own timeout.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'services/*/src/**/*.test.ts',
            'services/*/test/**/*.test.ts',
            'tools/*/src/**/*.test.ts',
            'tools/*/test/**/*.test.ts',
            'bench/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', 'services/ui/**'],
        },
      },
      {
        // React UI: component and pure-logic tests in a DOM, and browser tests.
        extends: true,
        test: {
          name: 'ui',
          // test/*.test.ts are the browser tests (Chromium + the real query service; node environment).
          include: ['services/ui/src/**/*.test.{ts,tsx}', 'services/ui/test/**/*.test.ts'],
          testTimeout: 60_000,
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'packages/*/**/*.int.test.ts',
            'services/*/**/*.int.test.ts',
            'tools/*/**/*.int.test.ts',
            'bench/src/**/*.int.test.ts',
            'e2e/**/*.int.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Checks the backing services answer (env → .stack/endpoints.json → testcontainers), else runs the stack script.
          // The collector bundle the e2e tests run, as `npm run collector` does (see its `precollector`).
          globalSetup: [
            './packages/testkit/src/global-setup.ts',
            './services/collector/scripts/ensure-built.ts',
          ],
        },
      },
    ],
  },
});
