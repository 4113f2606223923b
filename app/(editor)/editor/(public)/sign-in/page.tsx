import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/editor/sign-in'>) {
  const params = await searchParams;
  const next = typeof params.next === 'string' && params.next.startsWith('/editor') ? params.next : '/editor';
  return (
    <>
      <h1 className="font-serif text-2xl font-bold">Sign in</h1>
      {params.signedOut ? <p role="status" className="mt-2">You have signed out.</p> : null}
      {params.setup ? <p role="status" className="mt-2">Your admin account is ready. Sign in with it.</p> : null}
      <div className="mt-6">
        <SignInForm next={next} />
      </div>
    </>
  );
}
