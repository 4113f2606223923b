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
  // Absolute URLs in metadata, feeds and sitemaps are built from this; set it in production.
  SITE_URL: z.url().default(`http://localhost:${process.env.PORT ?? 3000}`),
  PUBLICATION_NAME: z.string().min(1).default('Dateline'),
  PUBLICATION_TIME_ZONE: z.string().default('Asia/Jakarta'),
  PUBLICATION_LANGUAGE: z.string().default('en'),
  // Proxies in front that append the client's address to X-Forwarded-For (0: clients connect
  // to us directly, so an X-Forwarded-For they send is a claim, not a fact).
  TRUSTED_PROXY_HOPS: z.coerce.number().int('TRUSTED_PROXY_HOPS must be a whole number').min(0).default(0),
});

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
