// scripts/serve.mjs keeps static pages in memory in front of Next.js; anything that revalidates
// must drop them too. Absent (dev, tests of lib code), this does nothing.
declare global {
  var __datelinePageCache: { clear(): void } | undefined;
}

export function clearServerPageCache(): void {
  globalThis.__datelinePageCache?.clear();
}
