// Time and peak memory (all processes of the build together) of `next build` for N articles.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchDir } from './server.mjs';

function treeRssKb(rootPid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(Number(entry), ppid);
    } catch {
      // exited
    }
  }
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of children) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of inTree) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return total;
}

/** Where each scale build goes; the last one stays, for scale-pages.mjs to serve. */
export const scaleDistDir = '.next-bench-scale';

export async function measureBuild(count) {
  const dir = path.join(benchDir, `scale-${count}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const env = { ...process.env, SQLITE_PATH: path.join(dir, 'dateline.sqlite'), MEDIA_DIR: path.join(dir, 'media'), NEXT_DIST_DIR: scaleDistDir, NEXT_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/generate-articles.ts', String(count)], { env, stdio: 'inherit' });
  const started = Date.now();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  let peakKb = 0;
  const timer = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid))), 250);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build of ${count} articles failed:\n${output.slice(-2000)}`);
  const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(output.split('\n').reverse().join('\n'))?.[2] ?? 0);
  return { articles: count, seconds: (Date.now() - started) / 1000, peakMb: peakKb / 1024, pages };
}
