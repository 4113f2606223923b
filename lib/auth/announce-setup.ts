import { getSite } from '../site';
import { issueSetupToken } from './setup-token';

/** With no account yet, prints the one-time link that creates the first admin. */
export async function announceSetupLink(): Promise<void> {
  try {
    const token = await issueSetupToken();
    if (!token) return;
    console.log(
      `\n[setup] No editor account exists yet. Create the first admin, once, at:\n` +
        `[setup]   ${getSite().url}/editor/setup?token=${token}\n` +
        `[setup] (or run: npm run user:create -- --email you@example.org --role admin)\n`,
    );
  } catch (error) {
    console.error('[setup] could not issue a setup link:', error);
  }
}
