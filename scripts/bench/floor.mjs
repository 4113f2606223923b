// Lighthouse beside the page's floor: the very same HTML with every <script> removed, served by
// the same server with the same CSS, fonts and images. A score follows the host's speed; the
// floor, measured in turns with the page in the same run, does not.
import http from 'node:http';
import zlib from 'node:zlib';
import { runLighthouse } from './lighthouse.mjs';

const floorPrefix = '/__floor';
/** Headers that describe the body as sent by the site, which the floor replaces. */
const bodyHeaders = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'connection', 'keep-alive']);

export const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '');

/**
 * A pass-through proxy in front of the site, on 127.0.0.1:port: every request goes to the site,
 * except /__floor/<path>, answered with <path>'s HTML without its scripts. Page and floor are
 * both loaded through it, so the proxy costs them the same.
 */
function startFloorProxy(siteUrl, port) {
  const site = new URL(siteUrl);
  const server = http.createServer(async (req, res) => {
    if (req.url?.startsWith(floorPrefix)) {
      const page = await fetch(`${siteUrl}${req.url.slice(floorPrefix.length) || '/'}`);
      // The page's own headers too (its CSP, its Cross-Origin-Opener-Policy, which decides
      // whether the browser starts a new process for it): only the scripts may differ.
      const headers = Object.fromEntries([...page.headers].filter(([name]) => !bodyHeaders.has(name)));
      // Compressed as the site compresses the page, so the floor is no more bytes on the wire.
      const body = zlib.gzipSync(withoutScripts(await page.text()));
      res.writeHead(page.status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      return res.end(body);
    }
    const upstream = http.request({ host: site.hostname, port: site.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse `runs` times on each of page and floor, in turns; medians of each, and the spread. */
export async function measureAgainstFloor(siteUrl, paths, { runs = 3, port = 3391 } = {}) {
  const proxy = await startFloorProxy(siteUrl, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const results = {};
    for (const path of paths) {
      const page = [];
      const floor = [];
      // One run of each first, not counted: it pays for what the server does once (optimizing
      // the images into its cache, compiling its code paths), which the floor would otherwise
      // inherit for free from the page measured before it.
      await runLighthouse(`${base}${path}`);
      await runLighthouse(`${base}${floorPrefix}${path}`);
      // Then in turns, each going first every other time, so neither gains from its position.
      for (let i = 0; i < runs; i++) {
        const pageFirst = i % 2 === 0;
        for (const measureFloor of pageFirst ? [false, true] : [true, false]) {
          if (measureFloor) floor.push(await runLighthouse(`${base}${floorPrefix}${path}`));
          else page.push(await runLighthouse(`${base}${path}`));
        }
      }
      const summarise = (list) => ({
        performance: median(list.map((r) => r.performance)),
        lcpMs: median(list.map((r) => r.lcpMs)),
        tbtMs: median(list.map((r) => r.tbtMs)),
        cls: Math.max(...list.map((r) => r.cls)),
        accessibility: Math.min(...list.map((r) => r.accessibility)),
        bestPractices: Math.min(...list.map((r) => r.bestPractices)),
        seo: Math.min(...list.map((r) => r.seo)),
        benchmarkIndex: median(list.map((r) => r.benchmarkIndex)),
        performanceRuns: list.map((r) => r.performance),
      });
      results[path] = { page: summarise(page), floor: summarise(floor) };
    }
    return results;
  } finally {
    proxy.close();
  }
}
