import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { stampHeader } from '../lib/cache/expiry-ledger';
import { isReaderPage, withoutFrameworkScripts } from './framework-scripts';

// Each stored reader page Next.js answers with (it carries the cache's stamp: it was made once
// and is served many times) is held until whole and sent without the framework's scripts
// (server/framework-scripts.ts). Next.js has compressed it by then, so it is opened, rewritten
// and compressed again the same way: once per page, process and encoding, since the front cache
// keeps what goes out. Pages that are not stored (search, the newsroom) pass through untouched.

type Codec = { decode: (body: Buffer) => Buffer; encode: (body: Buffer) => Buffer };

const codecs: Record<string, Codec> = {
  gzip: { decode: gunzipSync, encode: (body) => gzipSync(body) },
  br: { decode: brotliDecompressSync, encode: (body) => brotliCompressSync(body) },
  deflate: { decode: inflateSync, encode: (body) => deflateSync(body) },
  identity: { decode: (body) => body, encode: (body) => body },
};

function codecOf(res: ServerResponse): Codec | undefined {
  const encoding = res.getHeader('content-encoding');
  return codecs[typeof encoding === 'string' ? encoding : 'identity'];
}

function isStoredPage(res: ServerResponse): boolean {
  return res.getHeader(stampHeader) !== undefined && String(res.getHeader('content-type') ?? '').startsWith('text/html');
}

/** The page as it should go out: the same bytes when it is not a reader page. */
export function rewriteStoredPage(body: Buffer, codec: Codec): Buffer {
  if (body.length === 0) return body;
  const html = codec.decode(body).toString('utf8');
  return isReaderPage(html) ? codec.encode(Buffer.from(withoutFrameworkScripts(html))) : body;
}

export function rewriteStoredPages(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let held: { status: number; codec: Codec; chunks: Buffer[] } | null = null;
  const take = (chunk: unknown) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) held!.chunks.push(Buffer.from(chunk));
  };
  const callbackIn = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function');

  res.writeHead = ((...args: unknown[]) => {
    const codec = codecOf(res);
    if (!isStoredPage(res) || !codec) return writeHead(...args);
    // Headers given here are set now; the status line goes out with the rewritten body.
    const headers = args.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    held = { status: typeof args[0] === 'number' ? args[0] : res.statusCode, codec, chunks: [] };
    return res;
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!held && !res.headersSent) res.writeHead(res.statusCode);
    if (!held) return write(chunk, ...rest);
    take(chunk);
    callbackIn(rest)?.();
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!held && !res.headersSent && typeof chunk !== 'function') res.writeHead(res.statusCode);
    if (!held) return end(chunk, ...rest);
    if (typeof chunk !== 'function') take(chunk);
    const body = rewriteStoredPage(Buffer.concat(held.chunks), held.codec);
    res.removeHeader('transfer-encoding');
    res.setHeader('content-length', body.length);
    writeHead(held.status);
    return end(body, callbackIn(typeof chunk === 'function' ? [chunk] : rest));
  }) as ServerResponse['end'];
}
