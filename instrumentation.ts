// Runs once when a server process starts (not during the build).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { announceSetupLink } = await import('./lib/auth/announce-setup');
  const { startScheduler } = await import('./lib/newsroom/scheduler');
  // Of several worker processes (server/), only the first prints the one-time setup link: a
  // second link issued by another worker would replace the first.
  if ((process.env.DATELINE_WORKER_INDEX ?? '0') === '0') await announceSetupLink();
  startScheduler();
}
