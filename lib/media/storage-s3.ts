import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { mediaContentType } from './schema';
import type { MediaStorage } from './storage';

export interface S3Settings {
  bucket: string;
  /** Another provider's address (MinIO, R2, Ceph, Garage); unset for AWS itself. */
  endpoint?: string;
  region?: string;
  /** Both or neither: without them the SDK's own chain applies (AWS_* variables, an instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
}

// The SDK is loaded on first use, so instances that keep pictures elsewhere never pay for it.
const sdk = () => import('@aws-sdk/client-s3');

/** Pictures as objects in an S3-compatible bucket, keyed by file name: for archives too large for a database. */
export function s3Storage(settings: S3Settings): MediaStorage {
  let client: Promise<S3Client> | undefined;
  const connect = () => (client ??= sdk().then(({ S3Client }) => new S3Client(clientConfig(settings))));
  const Bucket = settings.bucket;
  return {
    async put(name, bytes) {
      const { PutObjectCommand } = await sdk();
      await (await connect()).send(
        new PutObjectCommand({
          Bucket,
          Key: name,
          Body: bytes,
          ContentType: mediaContentType(name),
          // A name is never reused for other bytes, so a CDN serving the bucket may keep it for good.
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
    },
    async get(name) {
      const { GetObjectCommand } = await sdk();
      try {
        const { Body } = await (await connect()).send(new GetObjectCommand({ Bucket, Key: name }));
        if (!Body) return null;
        const bytes = await Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(name) {
      const { HeadObjectCommand } = await sdk();
      try {
        await (await connect()).send(new HeadObjectCommand({ Bucket, Key: name }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async list() {
      const { ListObjectsV2Command } = await sdk();
      const names: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await (await connect()).send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key);
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return names;
    },
  };
}

function clientConfig({ endpoint, region, accessKeyId, secretAccessKey }: S3Settings): S3ClientConfig {
  return {
    region: region ?? 'us-east-1',
    endpoint,
    // Other providers' buckets are not always DNS names of their own: the bucket goes in the path.
    forcePathStyle: Boolean(endpoint),
    // The SDK adds CRC checksum headers by default, which several S3-compatible servers refuse.
    ...(endpoint ? ({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const) : {}),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return status === 404 || (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound'));
}
