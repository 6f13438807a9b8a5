import { defineConfig } from 'vitest/config';

/** Tests over the built site in dist/: run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 120_000,
  },
});
