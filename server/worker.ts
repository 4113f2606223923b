import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { cdnCacheControl } from '../lib/cache/cdn';
import { stampHeader } from '../lib/cache/expiry-ledger';
import { isFresh } from '../lib/cache/tag-record';
import { getEnv } from '../lib/env';
import { hasLiveSession } from '../lib/auth/live-session';
import { limitBody } from '../lib/http/body-limits';
import { clientAddressHeader, clientProofHeader, proveClient, resolveClientAddress } from '../lib/http/client-address';
import { FrontCache, isPolled } from './front-cache';
import { rewriteStoredPages } from './stored-pages';

// One server process: Next.js's request handler behind our own HTTP server, the one place that
// decides who a client is and how much it may send, with static pages served from memory.

export async function startWorker({ announce }: { announce: boolean }): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || '127.0.0.1';
  const app = next({ dev: false, hostname: host, port });
  const handle = app.getRequestHandler();
  // Next.js reads .env files as it prepares: settings are read after that.
  await app.prepare();
  const trustedProxyHops = getEnv().TRUSTED_PROXY_HOPS;
  // With the cache off (lib/cache/handler.ts) nothing is kept in front of Next.js either.
  const frontCache = getEnv().DATELINE_CACHE === 'off' ? null : new FrontCache(isFresh);
  const secret = process.env.AUTH_SECRET ?? '';
  if (secret.length < 32) throw new Error('AUTH_SECRET is missing or shorter than 32 characters. `npm start` generates one in .env.local.');

  function vouchForClient(req: IncomingMessage) {
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxyHops);
    // Whatever the client wrote in these is replaced: only our own proof is believed.
    req.headers['x-forwarded-for'] = address;
    req.headers[clientAddressHeader] = address;
    req.headers[clientProofHeader] = proveClient(address, secret);
  }

  async function serveRequest(req: IncomingMessage, res: ServerResponse) {
    if (frontCache?.serve(req, res)) return;
    if (await limitBody(req, res, () => hasLiveSession(req.headers.cookie, secret))) return;
    vouchForClient(req);
    // A reader form's action answers in a few dozen bytes; compressing that costs more than it saves.
    if (req.headers['next-action'] && !req.url?.startsWith('/editor')) delete req.headers['accept-encoding'];
    // Innermost first: what the front cache keeps is the rewritten page, with its headers final.
    adjustHeaders(req, res);
    frontCache?.capture(req, res);
    rewriteStoredPages(res);
    await handle(req, res);
  }

  const server = http.createServer((req, res) => {
    serveRequest(req, res).catch((error: unknown) => {
      console.error('[serve] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => {
    if (announce) console.log(`[serve] ${process.env.PUBLICATION_NAME ?? 'Dateline'} on http://${host}:${port}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

const cacheableStatuses = new Set([200, 301, 308]);

/** Final touches on Next.js's response headers, just before they are sent. */
function adjustHeaders(req: IncomingMessage, res: ServerResponse) {
  const polled = isPolled(req.url ?? '');
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    // Next.js 16.4 sends a cached page redirect's Location twice (same value); it is single-valued.
    // A cached page's stamp means something only inside this process (server/front-cache.ts).
    res.removeHeader(stampHeader);
    const location = res.getHeader('location');
    if (Array.isArray(location)) res.setHeader('location', location[0]!);
    // A page that names its cache tags is static: a CDN may keep it, and is told when to drop it.
    // So is an old address's permanent redirect, which must not outlive a rename back for a year.
    if (res.getHeader('cache-tag') && cacheableStatuses.has(res.statusCode)) res.setHeader('cache-control', cdnCacheControl(process.env, { polled }));
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
