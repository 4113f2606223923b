import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The whole server killed mid-load (e2e-crash/): the spec starts, kills and restarts the server
// itself, on the end-to-end build (`.next-e2e`, made by `npm run test:e2e`, or here if missing).
export default defineConfig({
  ...base,
  testDir: 'e2e-crash',
  timeout: 240_000,
  projects: [{ name: 'crash', use: { ...base.use, baseURL: 'http://127.0.0.1:3150' } }],
  webServer: undefined,
});
