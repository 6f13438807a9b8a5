import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Dates must never depend on the machine running the tests.
    env: { TZ: 'America/Los_Angeles' },
  },
});
