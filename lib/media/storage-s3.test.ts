import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3StandIn, type S3StandIn } from './s3-stand-in';
import { s3Storage } from './storage-s3';

// What the SDK sends to an S3-compatible provider, seen by a stand-in server
// (lib/media/s3-stand-in.ts): the shape of the requests, not a real provider's answer to them.

let standIn: S3StandIn;
beforeAll(async () => {
  standIn = await startS3StandIn('newsroom-pictures');
});
afterAll(() => standIn.close());

const storage = () =>
  s3Storage({ bucket: 'newsroom-pictures', endpoint: standIn.endpoint, region: 'eu-test-1', accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-test' });

describe('pictures in an S3-compatible bucket', () => {
  it('are put at the bucket and name in the path, typed, signed with the keys, without the checksum headers other providers refuse', async () => {
    await storage().put('harbour-dawn.webp', new Uint8Array([82, 73, 70, 70]));
    const put = standIn.requests.find((request) => request.method === 'PUT')!;
    expect(put.path).toBe('/newsroom-pictures/harbour-dawn.webp');
    expect([...put.body]).toEqual([82, 73, 70, 70]);
    expect(put.headers['content-type']).toBe('image/webp');
    expect(put.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-test-1\/s3\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);
    expect(Object.keys(put.headers).filter((header) => header.startsWith('x-amz-checksum') || header === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
  });

  it('read back missing as null and false, not as an error', async () => {
    expect(await storage().get('never-uploaded.webp')).toBeNull();
    expect(await storage().exists('never-uploaded.webp')).toBe(false);
    expect(standIn.requests.filter((request) => request.path === '/newsroom-pictures/never-uploaded.webp').map((request) => request.method)).toEqual(['GET', 'HEAD']);
  });

  it('are listed page by page until the bucket says there are no more', async () => {
    for (const name of ['list-1.webp', 'list-2.webp', 'list-3.webp', 'list-4.webp', 'list-5.webp']) await storage().put(name, new Uint8Array([1]));
    const before = standIn.requests.length;
    expect((await storage().list()).filter((name) => name.startsWith('list-'))).toEqual(['list-1.webp', 'list-2.webp', 'list-3.webp', 'list-4.webp', 'list-5.webp']);
    const pages = standIn.requests.slice(before);
    // Six objects (harbour-dawn too) at two a page.
    expect(pages.map((request) => request.query.get('continuation-token'))).toEqual([null, '2', '4']);
    expect(pages.every((request) => request.query.get('list-type') === '2' && request.path.startsWith('/newsroom-pictures'))).toBe(true);
  });
});
