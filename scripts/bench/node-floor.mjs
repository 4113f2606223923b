// Node.js's own HTTP server and nothing else, one process per worker of ours, answering every
// request with the bytes and headers our server answered one page with: how fast this host's
// Node.js serves those bytes, the floor under any server written on it (scripts/bench/serving.mjs).
// `node scripts/bench/node-floor.mjs <answer.json> <port> <workers>`
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';

const [file, port, workers] = process.argv.slice(2);
if (cluster.isPrimary) {
  for (let i = 0; i < Number(workers); i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const { headers, body } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bytes = Buffer.from(body, 'base64');
  http
    .createServer((req, res) => {
      res.writeHead(200, headers);
      res.end(bytes);
    })
    .listen(Number(port), '127.0.0.1');
}
