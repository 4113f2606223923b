import http from 'node:http';
import type { AddressInfo } from 'node:net';

// For tests only: no S3-compatible server can run here (no MinIO, no network; the npm packages
// that emulate S3 are unmaintained or need a newer Node), so the real SDK talks to this stand-in
// on 127.0.0.1. It answers the four calls lib/media/storage-s3.ts makes (PutObject, GetObject,
// HeadObject, ListObjectsV2 in pages) in path style, keeps objects in memory and records every
// request for the tests to look at. It checks no signature: it shows what the SDK sends, not
// that a real provider accepts it.

export interface RecordedRequest {
  method: string;
  /** The path without the query: "/bucket/key". */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface S3StandIn {
  endpoint: string;
  requests: RecordedRequest[];
  objects: Map<string, { body: Buffer; contentType: string | undefined }>;
  close(): Promise<void>;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

/** Serves one bucket, listing `pageSize` keys per page so that paging is exercised. */
export async function startS3StandIn(bucket: string, pageSize = 2): Promise<S3StandIn> {
  const requests: RecordedRequest[] = [];
  const objects: S3StandIn['objects'] = new Map();
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const recorded = { method: request.method ?? '', path: decodeURIComponent(url.pathname), query: url.searchParams, headers: request.headers, body: Buffer.concat(chunks) };
    requests.push(recorded);
    const [, inBucket = '', ...rest] = recorded.path.split('/');
    const key = rest.join('/');
    if (inBucket !== bucket) return send(response, 404, xml('<Error><Code>NoSuchBucket</Code></Error>'));
    if (!key && recorded.method === 'GET' && url.searchParams.get('list-type') === '2') return list(response, url.searchParams);
    const object = objects.get(key);
    if (recorded.method === 'PUT') {
      objects.set(key, { body: recorded.body, contentType: request.headers['content-type'] });
      return send(response, 200, '', { ETag: '"stand-in"' });
    }
    if (!object) return send(response, 404, recorded.method === 'HEAD' ? '' : xml(`<Error><Code>NoSuchKey</Code><Key>${key}</Key></Error>`));
    const headers = { 'Content-Type': object.contentType ?? 'application/octet-stream', 'Content-Length': String(object.body.length) };
    if (recorded.method === 'HEAD') return send(response, 200, '', headers);
    return send(response, 200, object.body, headers);
  });

  function list(response: http.ServerResponse, query: URLSearchParams) {
    const keys = [...objects.keys()].sort();
    const start = Number(query.get('continuation-token') ?? 0);
    const page = keys.slice(start, start + pageSize);
    const truncated = start + pageSize < keys.length;
    const contents = page.map((key) => `<Contents><Key>${key}</Key><Size>${objects.get(key)!.body.length}</Size></Contents>`).join('');
    const next = truncated ? `<NextContinuationToken>${start + pageSize}</NextContinuationToken>` : '';
    send(
      response,
      200,
      xml(`<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount><MaxKeys>${pageSize}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`),
      { 'Content-Type': 'application/xml' },
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    objects,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The SDK keeps its connections alive; they would hold the server open.
        server.closeAllConnections();
      }),
  };
}

function send(response: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  response.writeHead(status, body && !headers['Content-Type'] ? { ...headers, 'Content-Type': 'application/xml' } : headers);
  response.end(body);
}
