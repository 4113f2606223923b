import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Two instances on one PostgreSQL database (see scripts/e2e-multi-server.mjs).
export default defineConfig({
  ...base,
  testDir: 'e2e-multi',
  projects: [{ name: 'two-instances', use: { ...base.use } }],
  use: { ...base.use, baseURL: 'http://127.0.0.1:3201' },
  webServer: {
    command: 'node scripts/e2e-multi-server.mjs',
    url: 'http://127.0.0.1:3202/',
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
