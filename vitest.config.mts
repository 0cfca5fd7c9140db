import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The data layer guards against client imports with `server-only`; tests run on the server side.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Nothing a test runs may reach the internet (tests/support/offline-network.ts).
    setupFiles: ['tests/support/offline-network.ts'],
    pool: 'forks',
    // Password hashing (argon2) dominates the sign-in tests; on a busy machine 5 s is not enough for 20.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
