// Lighthouse 12, mobile (its default), against Debian's Chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs } from './page-weight.mjs';

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is tried again.
 * Asynchronous: the page may be served from this very process (scripts/bench/floor.mjs).
 */
export async function runLighthouse(url, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await runOnce(url);
      if (result.performance > 0) return result;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    if (attempt >= attempts) throw new Error(`Lighthouse gave no score for ${url}`);
  }
}

async function runOnce(url) {
  const out = path.join(os.tmpdir(), `dateline-lh-${Date.now()}.json`);
  await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, timeout: 180_000 },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    // Lighthouse's own measure of how fast this host is (higher is faster).
    benchmarkIndex: report.environment?.benchmarkIndex ?? 0,
  };
}
