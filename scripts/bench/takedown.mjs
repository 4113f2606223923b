// How long a taken-down article lingers: six readers request it back to back on fresh
// connections (so every worker process is asked) while the editor's Unpublish runs; the figure
// is the time from the Unpublish returning to the last request sent after it that still got 200.
import { spawn } from 'node:child_process';
import http from 'node:http';

const readers = 6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function get(url) {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', () => resolve(0));
  });
}

function unpublish(path, env) {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/unpublish.ts', path], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()).returnedAt) : reject(new Error(`unpublish exited ${code}`))));
  });
}

export async function measureTakedown(baseUrl, path, env) {
  const samples = [];
  let running = true;
  const loops = Array.from({ length: readers }, async () => {
    while (running) {
      const sentAt = Date.now();
      samples.push({ sentAt, status: await get(`${baseUrl}${path}`) });
    }
  });
  await sleep(2_000);
  const returnedAt = await unpublish(path, env);
  await sleep(3_000);
  running = false;
  await Promise.all(loops);
  const after = samples.filter((s) => s.sentAt >= returnedAt);
  const stale = after.filter((s) => s.status === 200);
  const lastStale = Math.max(returnedAt, ...stale.map((s) => s.sentAt));
  return { lingerMs: lastStale - returnedAt, staleAfter: stale.length, requestsAfter: after.length, before: samples.length - after.length };
}
