import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests run lib code in Node.
      'server-only': path.resolve(import.meta.dirname, 'lib/test/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.tsx'],
    // `*.pg.test.ts` is about PostgreSQL itself: it runs in the PostgreSQL half of the suite.
    exclude: process.env.TEST_POSTGRES_ADMIN_URL ? configDefaults.exclude : [...configDefaults.exclude, '**/*.pg.test.ts'],
    setupFiles: ['lib/test/setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
