// Live coverage under readers: `pages` simulated open pages poll the coverage as the reader
// script does (each every 15 s on its own phase, on a kept-alive connection), while an editor
// posts an update every 5 s for a minute and then deletes one. Reports how long each update took
// from its Post returning to each page's poll receiving it, how long a deleted one lingered in
// any answer sent after its Delete returned, and how many polls reached Next.js (the rest were
// answered from the front cache: `X-Dateline-Cache: hit`).
import { spawn } from 'node:child_process';
import http from 'node:http';

const pollEveryMs = 15_000;

function poll(agent, url) {
  return new Promise((resolve) => {
    const sentAt = Date.now();
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ sentAt, at: Date.now(), hit: response.headers['x-dateline-cache'] === 'hit', body: Buffer.concat(chunks), gzip: response.headers['content-encoding'] === 'gzip' }));
      })
      .on('error', () => resolve(null));
  });
}

function editor(path, env, { every, duration }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/live-editor.ts', path, String(every), String(duration)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const steps = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) if (line.trim()) steps.push(JSON.parse(line));
  });
  return { steps, done: new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(steps) : reject(new Error(`live editor exited ${code}`))))) };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};

/** `siteUrls`: one site, or several instances of it (the pages poll them in turn). */
export async function measureLive(siteUrls, path, env, { pages = 2000, every = 5000, duration = 60_000 } = {}) {
  const { gunzipSync } = await import('node:zlib');
  const desk = editor(path, env, { every, duration });
  // Awaited below; until then a failure must not end the whole bench unhandled.
  desk.done.catch(() => {});
  while (!desk.steps.some((s) => s.started)) await new Promise((r) => setTimeout(r, 100));
  const id = desk.steps.find((s) => s.started).started;
  const urls = [siteUrls].flat().map((siteUrl) => `${siteUrl}/live/${id}.json`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const seen = new Map(); // update id → Map(page → first time seen)
  const answers = [];
  let running = true;
  let polls = 0;
  let hits = 0;
  const loops = Array.from({ length: pages }, async (_, page) => {
    await new Promise((r) => setTimeout(r, Math.random() * pollEveryMs));
    while (running) {
      const started = Date.now();
      const answer = await poll(agent, urls[page % urls.length]);
      if (answer) {
        polls++;
        if (answer.hit) hits++;
        const ids = JSON.parse((answer.gzip ? gunzipSync(answer.body) : answer.body).toString()).updates.map(([u]) => u);
        answers.push({ sentAt: answer.sentAt, ids });
        for (const u of ids) {
          const pagesSeen = seen.get(u) ?? new Map();
          if (!pagesSeen.has(page)) pagesSeen.set(page, answer.at);
          seen.set(u, pagesSeen);
        }
      }
      await new Promise((r) => setTimeout(r, Math.max(0, pollEveryMs - (Date.now() - started))));
    }
  });
  const steps = await desk.done;
  await new Promise((r) => setTimeout(r, pollEveryMs + 3_000));
  running = false;
  await Promise.all(loops);
  agent.destroy();

  const reach = [];
  for (const step of steps.filter((s) => s.posted)) {
    const pagesSeen = seen.get(step.posted) ?? new Map();
    for (const at of pagesSeen.values()) reach.push(Math.max(0, at - step.returnedAt));
  }
  const deletion = steps.find((s) => s.deleted);
  const stale = answers.filter((a) => a.sentAt >= deletion.returnedAt && a.ids.includes(deletion.deleted));
  const lastStale = Math.max(deletion.returnedAt, ...stale.map((a) => a.sentAt));
  return {
    pages,
    updates: steps.filter((s) => s.posted).length,
    reachP50: percentile(reach, 50),
    reachP99: percentile(reach, 99),
    deleteLingerMs: lastStale - deletion.returnedAt,
    pollsPerSecond: polls / ((duration + pollEveryMs + 3_000) / 1000),
    originPerSecond: (polls - hits) / ((duration + pollEveryMs + 3_000) / 1000),
  };
}
