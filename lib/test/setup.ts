import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own real database: a fresh SQLite file, or, when the suite runs
// against PostgreSQL (scripts/test-postgres.mjs sets TEST_POSTGRES_ADMIN_URL), a fresh
// PostgreSQL database on the throwaway cluster.
const id = randomUUID().replace(/-/g, '').slice(0, 16);
const dir = path.join(os.tmpdir(), `dateline-unit-${id}`);
process.env.SQLITE_PATH ??= path.join(dir, 'test.sqlite');
process.env.MEDIA_DIR ??= path.join(dir, 'media');
process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret-unit-test';
// Absolute URLs in the tests' expectations; a PORT left in the shell must not move them.
process.env.SITE_URL = 'http://localhost:3000';

const admin = process.env.TEST_POSTGRES_ADMIN_URL;
if (admin) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database dateline_test_${id}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/dateline_test_${id}`;
  process.env.DATABASE_URL = url.toString();
}
