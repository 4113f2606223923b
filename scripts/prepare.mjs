// First-run setup, done by itself and only once: local secrets, then database and content.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { compileServer } from './compile-server.mjs';

export function ensureLocalSecrets(file = '.env.local') {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = [];
  // Generated for this machine and never committed (.env*.local is git-ignored). Several
  // instances must share these, so production sets them in the environment instead.
  if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(existing)) {
    lines.push(`AUTH_SECRET=${randomBytes(32).toString('base64url')}`);
  }
  if (!process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && !/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=/m.test(existing)) {
    lines.push(`NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}`);
  }
  if (!/^AUTH_TRUST_HOST=/m.test(existing)) lines.push('AUTH_TRUST_HOST=true');
  if (lines.length > 0) {
    fs.appendFileSync(file, `${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
    console.log(`[setup] wrote local secrets to ${file}`);
  }
  process.loadEnvFile(file);
}

export function prepare() {
  ensureLocalSecrets();
  compileServer();
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup-db.ts'], { stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) prepare();
