// Accepted feedback submissions per second through the real server action, none lost.
import Database from 'better-sqlite3';
import pg from 'pg';

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

export async function measureFeedback(siteUrl, route, env, { seconds = 10, concurrency = 32 } = {}) {
  const fields = formFields(await (await fetch(`${siteUrl}${route}`)).text());
  const actionId = JSON.parse(fields['$ACTION_1:0']).id;
  const marker = `bench-${Date.now()}`;
  let accepted = 0;
  let failed = 0;
  let sent = 0;
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  async function worker(id) {
    while (Date.now() < until) {
      const n = sent++;
      // The request a browser with JavaScript sends for this form (React's action encoding).
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
      form.set('_1_idempotencyKey', crypto.randomUUID());
      form.append('_1_message', `${marker} message ${n} from bench client ${id}, long enough.`);
      form.append('0', '[{"status":"idle"},"$K1"]');
      const started = performance.now();
      const response = await fetch(`${siteUrl}${route}`, {
        method: 'POST',
        body: form,
        headers: {
          'next-action': actionId,
          accept: 'text/x-component',
          origin: siteUrl,
          // Each submission comes from its own client address, as a crowd of readers would.
          'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        },
      });
      const text = await response.text();
      latencies.push(performance.now() - started);
      if (text.includes('"status":"thanks"')) accepted++;
      else failed++;
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const stored = await countRows(env, marker);
  return {
    perSecond: accepted / elapsed,
    accepted,
    failed,
    stored,
    lost: accepted - stored,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
}
