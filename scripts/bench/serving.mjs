// Throughput and latency of one static article: our server beside nginx serving the same bytes,
// in the same run. Throughput comes from wrk (C, a few percent of a core here) when it is
// installed: autocannon, a Node.js generator, saturates a core of this 2-core host before the
// server does and hides the gap. The CPU each generator and the server used is reported beside
// the figures, so a reader can see which one was the limit. Latency at a fixed 500 requests/s
// comes from autocannon, which paces requests (wrk cannot) and is far from its limit there.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { benchDir, waitFor } from './server.mjs';

const headers = { 'accept-encoding': 'gzip, br', accept: 'text/html' };
const ticksPerSecond = 100;

export const wrkInstalled = () => !spawnSync('wrk', ['--version']).error;

/** CPU seconds (user + system) used so far by `pid` and every process below it. */
function treeCpuSeconds(pid) {
  let total = 0;
  const visit = (p) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
      for (const child of fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
    } catch {
      // gone, or not Linux
    }
  };
  visit(pid);
  return total;
}

function autocannonLoad(url, options) {
  return new Promise((resolve, reject) => {
    const before = process.cpuUsage();
    autocannon({ url, headers, ...options }, (error, result) => {
      if (error) return reject(error);
      const used = process.cpuUsage(before);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        generatorCpu: (used.user + used.system) / 1e6 / options.duration,
      });
    });
  });
}

function parseMs(text) {
  const [, value, unit] = /([\d.]+)(us|ms|s)/.exec(text) ?? [];
  return Number(value) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1);
}

/** wrk at full speed; `times` in the same shell reports the CPU its child (wrk) used. */
function wrkLoad(url, { connections, duration }) {
  const header = Object.entries(headers).map(([k, v]) => `-H '${k}: ${v}'`).join(' ');
  const output = execFileSync('bash', ['-c', `wrk -t2 -c${connections} -d${duration}s --latency ${header} '${url}'; times`], { encoding: 'utf8' });
  const [userSeconds, systemSeconds] = output.trim().split('\n').at(-1).split(' ').map((t) => {
    const [, m, s] = /(\d+)m([\d.]+)s/.exec(t) ?? [];
    return Number(m) * 60 + Number(s);
  });
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)[1]),
    p50: parseMs(/\s50%\s+(\S+)/.exec(output)[1]),
    p99: parseMs(/\s99%\s+(\S+)/.exec(output)[1]),
    errors: non2xx + (socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0),
    generatorCpu: (userSeconds + systemSeconds) / duration,
  };
}

/** Full-speed load on `url`, with the CPU the target's process tree used meanwhile (cores). */
async function fullSpeed(url, targetPid, options) {
  const load = wrkInstalled() ? wrkLoad : autocannonLoad;
  await load(url, { ...options, duration: 2 });
  const before = treeCpuSeconds(targetPid);
  const result = await load(url, options);
  return { ...result, serverCpu: (treeCpuSeconds(targetPid) - before) / options.duration };
}

/** nginx (Debian's nginx-light) serving `html` at `route`, gzip on, on 127.0.0.1:port. */
async function startNginx(html, route, port) {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (!nginx) return null;
  const dir = path.join(benchDir, 'nginx');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'root', path.dirname(route)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'root', `${route}.html`), html);
  // Pre-compressed beside it, as a tuned nginx serves static HTML (gzip_static).
  fs.writeFileSync(path.join(dir, 'root', `${route}.html.gz`), gzipSync(html, { level: 9 }));
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  // As many workers as our server has processes: the same share of the machine.
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user} worker_processes ${Math.min(os.cpus().length, 4)}; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; keepalive_requests 100000; types { text/html html; } default_type text/html;
  gzip on; gzip_static on; gzip_types text/html; gzip_comp_level 1;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${port}; root ${dir}/root; location / { try_files $uri.html =404; } } }`,
  );
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}${route}`, 10_000);
  return { pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/** Our server's answer to the load's request, bytes and headers as they left it. */
function captureAnswer(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          // Node.js writes these itself, per connection and per second.
          const own = new Set(['date', 'connection', 'keep-alive']);
          const kept = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !own.has(name)));
          resolve({ headers: kept, body: Buffer.concat(chunks).toString('base64') });
        });
      })
      .on('error', reject);
  });
}

/** scripts/bench/node-floor.mjs answering with our answer to `url`, on 127.0.0.1:port. */
async function startNodeFloor(url, port, workers) {
  const dir = path.join(benchDir, 'node-floor');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'answer.json');
  fs.writeFileSync(file, JSON.stringify(await captureAnswer(url)));
  const child = spawn(process.execPath, ['scripts/bench/node-floor.mjs', file, String(port), String(workers)], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/`, 10_000);
  return { pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/** `serverPid`: the bench server's process (its workers are below it). */
export async function measureServing(siteUrl, route, serverPid, { seconds = 10, connections = 50, workers = 1 } = {}) {
  const html = await (await fetch(`${siteUrl}${route}`)).text();
  const ours = await fullSpeed(`${siteUrl}${route}`, serverPid, { connections, duration: seconds });
  // Paced after two seconds at the same pace, not counted (as fullSpeed warms up): the latency of
  // a server at 500 requests/s, not of one still collecting the garbage of the run at full speed.
  const pacedOptions = { connections: 50, overallRate: 500 };
  await autocannonLoad(`${siteUrl}${route}`, { ...pacedOptions, duration: 2 });
  const paced = await autocannonLoad(`${siteUrl}${route}`, { ...pacedOptions, duration: seconds });
  const nginx = await startNginx(html, route, 3390);
  let nginxFigures = null;
  if (nginx) {
    nginxFigures = await fullSpeed(`http://127.0.0.1:3390${route}`, nginx.pid, { connections, duration: seconds });
    nginx.stop();
  }
  // The same bytes from Node.js alone: what is left to a server on Node.js, beside nginx.
  const floor = await startNodeFloor(`${siteUrl}${route}`, 3391, workers);
  let nodeFigures;
  try {
    nodeFigures = await fullSpeed(`http://127.0.0.1:3391${route}`, floor.pid, { connections, duration: seconds });
  } finally {
    floor.stop();
  }
  return { generator: wrkInstalled() ? 'wrk' : 'autocannon', ours, paced, nginx: nginxFigures, node: nodeFigures, ratio: nginxFigures ? ours.rps / nginxFigures.rps : null };
}
