import type { Metadata } from 'next';
import Link from 'next/link';
import { InteractiveMark } from '@/components/editor/interactive-mark';
import { SubmitButton } from '@/components/editor/submit-button';
import { signOutOfEditor } from '@/lib/auth/actions';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { getSite } from '@/lib/site';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Newsroom' }, robots: { index: false, follow: false } };

export default async function DeskLayout({ children }: LayoutProps<'/editor'>) {
  const user = await requireRole('contributor');
  const links = [
    { href: '/editor', label: 'Articles' },
    { href: '/editor/articles/new', label: 'New article' },
    { href: '/editor/fronts', label: 'Fronts' },
    ...(hasRole(user.role, 'editor')
      ? [
          { href: '/editor/feedback', label: 'Feedback' },
          { href: '/editor/people', label: 'People' },
        ]
      : []),
    ...(hasRole(user.role, 'admin') ? [{ href: '/editor/users', label: 'Users' }] : []),
  ];
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-paper focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-ink bg-wash">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/editor" className="font-serif text-xl font-bold">
            {getSite().name} Newsroom
          </Link>
          <nav aria-label="Newsroom">
            <ul className="flex flex-wrap gap-4 font-semibold">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="hover:underline">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="text-muted">({user.role})</span>
            </span>
            <form action={signOutOfEditor}>
              <SubmitButton variant="secondary" className="py-1 text-sm">
                Sign out
              </SubmitButton>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <InteractiveMark />
    </>
  );
}
