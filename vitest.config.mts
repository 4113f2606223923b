import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests run lib code in Node.
      'server-only': path.resolve(import.meta.dirname, 'lib/test/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.tsx'],
    setupFiles: ['lib/test/setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
