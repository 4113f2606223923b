// Runs once when a server process starts (not during the build).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { announceSetupLink } = await import('./lib/auth/announce-setup');
  const { startScheduler } = await import('./lib/articles/scheduler');
  await announceSetupLink();
  startScheduler();
}
