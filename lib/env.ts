import { z } from 'zod';

// Every setting the app reads from the environment, validated once. Secrets are never given
// defaults here: scripts/prepare.mjs generates local ones into .env.local on first start.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)')
    .optional(),
  SQLITE_PATH: z.string().default('data/dateline.sqlite'),
  MEDIA_DIR: z.string().default('data/media'),
  // An S3-compatible bucket for the pictures (lib/media/storage-s3.ts); without one they are kept
  // in PostgreSQL when DATABASE_URL is set, else in MEDIA_DIR. Without keys the SDK's own chain
  // applies (AWS_* variables, an instance role).
  MEDIA_S3_BUCKET: optionalSetting(z.string()),
  MEDIA_S3_ENDPOINT: optionalSetting(z.url('MEDIA_S3_ENDPOINT must be a URL, e.g. https://s3.example.org')),
  MEDIA_S3_REGION: optionalSetting(z.string()),
  MEDIA_S3_ACCESS_KEY_ID: optionalSetting(z.string()),
  MEDIA_S3_SECRET_ACCESS_KEY: optionalSetting(z.string()),
  // Absolute URLs in metadata, feeds and sitemaps are built from this; set it in production.
  SITE_URL: z.url().default(`http://localhost:${process.env.PORT ?? 3000}`),
  PUBLICATION_NAME: z.string().min(1).default('Dateline'),
  PUBLICATION_TIME_ZONE: z.string().default('Asia/Jakarta'),
  PUBLICATION_LANGUAGE: z.string().default('en'),
  // Proxies in front that append the client's address to X-Forwarded-For (0: clients connect
  // to us directly, so an X-Forwarded-For they send is a claim, not a fact).
  TRUSTED_PROXY_HOPS: z.coerce.number().int('TRUSTED_PROXY_HOPS must be a whole number').min(0).default(0),
  // `off`: nothing is kept; every request renders its page from the database (lib/cache/handler.ts).
  DATELINE_CACHE: optionalSetting(z.enum(['off'], "DATELINE_CACHE is either unset or 'off'")),
}).superRefine(checkMediaBucket);

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}

// An empty value (`MEDIA_S3_BUCKET=` in a file) means unset, not a bucket called "".
function optionalSetting<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

const bucketSettings = ['MEDIA_S3_ENDPOINT', 'MEDIA_S3_REGION', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'] as const;
type MediaBucketEnv = Partial<Record<'MEDIA_S3_BUCKET' | (typeof bucketSettings)[number], string>>;

// A half-configured bucket would quietly leave the pictures somewhere else: say what is missing.
function checkMediaBucket(env: MediaBucketEnv, context: z.RefinementCtx): void {
  for (const name of bucketSettings) {
    if (env[name] && !env.MEDIA_S3_BUCKET) context.addIssue({ code: 'custom', path: [name], message: `${name} is set but MEDIA_S3_BUCKET is not` });
  }
  if (Boolean(env.MEDIA_S3_ACCESS_KEY_ID) !== Boolean(env.MEDIA_S3_SECRET_ACCESS_KEY)) {
    context.addIssue({ code: 'custom', path: ['MEDIA_S3_SECRET_ACCESS_KEY'], message: 'MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY go together' });
  }
}
