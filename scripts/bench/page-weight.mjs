// What a browser actually downloads for a page: bytes over the wire per type, from Chromium.
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';

const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Strings that only our own client components contain: chunks holding them are "our code".
const ownMarkers = ['dateline:text-size', 'Report an error in this paragraph', 'Copy link', 'Your Opinion Matters'];

export async function measurePage(url) {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const page = await browser.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(url, { waitUntil: 'networkidle' });
  let js = 0;
  let own = 0;
  let total = 0;
  let html = 0;
  for (const response of responses) {
    const sizes = await response.request().sizes().catch(() => null);
    if (!sizes) continue;
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    total += bytes;
    const type = response.request().resourceType();
    if (type === 'document') html += sizes.responseBodySize;
    if (type === 'script') {
      js += sizes.responseBodySize;
      const body = await response.text().catch(() => '');
      if (ownMarkers.some((m) => body.includes(m))) own += gzipSync(body).length;
    }
  }
  // Then once as the phone Lighthouse emulates, so the image sizes it asks for are made once
  // (as after any first visitor): the figures are for a warm site, not a cold image cache.
  const phone = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  await phone.goto(url, { waitUntil: 'networkidle' });
  await browser.close();
  return { jsKb: js / 1024, ownJsKb: own / 1024, htmlKb: html / 1024, totalKb: total / 1024 };
}
