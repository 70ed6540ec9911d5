import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Unit tests sit beside their modules (src/, scripts/); build-output, browser and fidelity tests in tests/.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
