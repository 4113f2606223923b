// Accepted feedback submissions per second, none lost. Each request is the multipart POST the
// reader script sends for the form (its fields, to POST /api/feedback), with its own form key,
// message and client address and no reader cookie (so the per-reader limit is not what is
// measured). The load comes from wrk when it is installed (Debian: apt-get install wrk): on a
// 2-core machine a Node.js load generator takes a good part of the CPU it is measuring.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { benchDir } from './server.mjs';

const boundary = '----DatelineBench7MA4YWxkTrZu0gW';
const part = (name, value) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const closing = `--${boundary}--\r\n`;
/** Where the reader script sends the form (app/api/feedback/route.ts). */
const feedbackRoute = '/api/feedback';

function formFields(html) {
  const form = /<form[^>]*aria-labelledby="feedback-heading"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[m[1]] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return fields;
}

async function countRows(env, marker) {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('select count(*)::int as n from feedback where message like $1', [`${marker}%`]);
    await client.end();
    return rows[0].n;
  }
  const db = new Database(env.SQLITE_PATH, { readonly: true });
  const { n } = db.prepare('select count(*) as n from feedback where message like ?').get(`${marker}%`);
  db.close();
  return n;
}

const wrkInstalled = () => !spawnSync('wrk', ['--version']).error;

function loadWithWrk({ url, fixed, marker, seconds, concurrency }) {
  const fieldsFile = path.join(benchDir, 'feedback-form.txt');
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(fieldsFile, fixed);
  const addressBase = String(Math.floor(Math.random() * 2 ** 24));
  const args = ['-t', '1', '-c', String(concurrency), '-d', `${seconds}s`, '-s', 'scripts/bench/feedback.lua', `${url}${feedbackRoute}`];
  const output = execFileSync('wrk', [...args, '--', feedbackRoute, fieldsFile, marker, boundary, addressBase], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop());
}

function loadWithAutocannon({ url, fixed, marker, seconds, concurrency }) {
  const addressBase = Math.floor(Math.random() * 2 ** 24);
  let sent = 0;
  let accepted = 0;
  let other = 0;
  const started = Date.now();
  const request = {
    method: 'POST',
    setupRequest(req) {
      const n = (addressBase + sent++) % 2 ** 24;
      const headers = {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        accept: 'application/json',
        'x-forwarded-for': `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`,
      };
      const message = `${marker} message ${n} from a bench reader, long enough.`;
      return { ...req, headers, body: fixed + part('idempotencyKey', crypto.randomUUID()) + part('message', message) + closing };
    },
    onResponse(_status, body) {
      if (body.includes('"status":"thanks"')) accepted++;
      else other++;
    },
  };
  return new Promise((resolve, reject) => {
    autocannon({ url: `${url}${feedbackRoute}`, connections: concurrency, duration: seconds, requests: [request] }, (error, result) =>
      error ? reject(error) : resolve({ sent, accepted, other, p50: result.latency.p50, p99: result.latency.p99, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

export async function measureFeedback(siteUrl, route, env, { seconds = 10, warmupSeconds = 15, concurrency = 16 } = {}) {
  const fields = formFields(await (await fetch(`${siteUrl}${route}`)).text());
  const fixed = part('articleId', fields.articleId) + part('website', '');
  const generator = wrkInstalled() ? 'wrk' : 'autocannon';
  const load = generator === 'wrk' ? loadWithWrk : loadWithAutocannon;
  const options = { url: siteUrl, fixed, concurrency };
  // A freshly started server speeds up over its first half minute as V8 optimises the request
  // path (measured: ~600/s in the first 10 s, ~950/s from the third run on); warm it up first.
  await load({ ...options, marker: `warmup-${Date.now()}`, seconds: warmupSeconds });
  const marker = `bench-${Date.now()}`;
  const result = await load({ ...options, marker, seconds });
  const stored = await countRows(env, marker);
  // The clock stops with some requests still in flight; the server may store those too, so
  // "none lost" means every thanked message is stored: stored ≥ accepted.
  const inFlight = result.sent - result.accepted - result.other;
  return {
    generator,
    concurrency,
    perSecond: result.accepted / result.seconds,
    accepted: result.accepted,
    refused: result.other,
    stored,
    lost: Math.max(0, result.accepted - stored),
    inFlight,
    storedUnanswered: stored - result.accepted,
    p50: result.p50,
    p99: result.p99,
  };
}
