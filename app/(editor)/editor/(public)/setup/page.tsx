import type { Metadata } from 'next';
import { isValidSetupToken } from '@/lib/auth/setup-token';
import { SetupForm } from './setup-form';

export const metadata: Metadata = { title: 'Set up the newsroom' };

export default async function SetupPage({ searchParams }: PageProps<'/editor/setup'>) {
  const { token } = await searchParams;
  const valid = typeof token === 'string' && (await isValidSetupToken(token));
  return (
    <>
      <h1 className="font-serif text-2xl font-bold">Create the first admin</h1>
      {valid ? (
        <div className="mt-6">
          <SetupForm token={token} />
        </div>
      ) : (
        <p className="mt-4">
          This setup link is not valid: it was already used, or the server has restarted since it was printed.
          Look for a fresh link in the server log, or create an account with <code>npm run user:create</code>.
        </p>
      )}
    </>
  );
}
