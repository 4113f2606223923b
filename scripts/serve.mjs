// The production server: Next.js's request handler behind our own HTTP server, so that the
// client address the app sees is one we vouch for (see clientAddressHeader below).
import http from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';
// How many proxies in front of us append to X-Forwarded-For; 0 means clients connect directly,
// so any X-Forwarded-For they send is a claim we must not believe.
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS || 0);

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

function clientAddress(req) {
  if (trustedProxyHops > 0) {
    const hops = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const address = hops.at(-trustedProxyHops);
    if (address) return address;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

// Next.js 16.4 sends a cached page redirect's Location header twice (same value). Location is
// a single-valued header (RFC 9110), so keep one.
function keepOneLocation(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const location = res.getHeader('location');
    if (Array.isArray(location)) res.setHeader('location', location[0]);
    return writeHead.apply(this, args);
  };
}

const server = http.createServer((req, res) => {
  // Next.js keeps an incoming X-Forwarded-For as it is; replace it with the address we trust.
  req.headers['x-forwarded-for'] = clientAddress(req);
  keepOneLocation(res);
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => console.log(`[serve] ${process.env.PUBLICATION_NAME ?? 'Dateline'} on http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
