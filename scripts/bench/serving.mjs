// Throughput and latency of one static article: our server beside nginx serving the same bytes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { benchDir, waitFor } from './server.mjs';

const headers = { 'accept-encoding': 'gzip, br', accept: 'text/html' };

export function load(url, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result) {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: result.errors + result.non2xx,
  };
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
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user} worker_processes auto; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; keepalive_requests 100000; types { text/html html; } default_type text/html;
  gzip on; gzip_static on; gzip_types text/html; gzip_comp_level 1;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${port}; root ${dir}/root; location / { try_files $uri.html =404; } } }`,
  );
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}${route}`, 10_000);
  return () => child.kill('SIGTERM');
}

export async function measureServing(siteUrl, route, { seconds = 10, connections = 50 } = {}) {
  const html = await (await fetch(`${siteUrl}${route}`)).text();
  // Warm up, then measure at full speed and at a fixed 500 requests/s.
  await load(`${siteUrl}${route}`, { connections, duration: 2 });
  const ours = summary(await load(`${siteUrl}${route}`, { connections, duration: seconds }));
  const paced = summary(await load(`${siteUrl}${route}`, { connections: 50, duration: seconds, overallRate: 500 }));
  const stopNginx = await startNginx(html, route, 3390);
  let nginx = null;
  if (stopNginx) {
    await load(`http://127.0.0.1:3390${route}`, { connections, duration: 2 });
    nginx = summary(await load(`http://127.0.0.1:3390${route}`, { connections, duration: seconds }));
    stopNginx();
  }
  return { ours, paced, nginx, ratio: nginx ? ours.rps / nginx.rps : null };
}

export function nginxAvailable() {
  return spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).status === 0;
}
