// @ts-check

// Reader pages are static and carry no nonce, so their scripts are limited to our own origin
// plus Next.js's inline bootstrap; the editor sets a stricter nonce-based policy in proxy.ts.
const siteCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // Embedded videos and posts, loaded only when a reader clicks one (lib/story/embeds.ts).
  'frame-src https://www.youtube-nocookie.com https://platform.twitter.com https://www.instagram.com https://www.tiktok.com',
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // End-to-end tests build into their own folder, against their own database.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', 'pg', 'sharp'],
  // One cache for pages and data reads whose freshness every process and instance agrees on
  // (lib/cache/handler.ts); it keeps entries in memory, so Next.js's own copy is off.
  cacheHandler: require.resolve('./lib/cache/load-handler.mjs'),
  cacheMaxMemorySize: 0,
  // Request body limits are decided per route in lib/http/body-limits.ts, by what is read;
  // Next.js's own limit on server actions only has to let the largest of them (uploads) through.
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/webp'],
    qualities: [60, 75],
    deviceSizes: [480, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
    minimumCacheTTL: 60 * 60 * 24 * 365,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/((?!editor|api/auth).*)', headers: [{ key: 'Content-Security-Policy', value: siteCsp }] },
      {
        // HSTS only where the request reached us over HTTPS (through a TLS-terminating proxy).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

module.exports = nextConfig;
