import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/current-user';
import { ArticleForm } from '../_components/article-form';
import { allowedIntents } from '../_components/intents';
import { emptyStory } from '@/lib/story/schema';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const user = await requireRole('contributor');
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">New article</h1>
      <ArticleForm
        intents={allowedIntents(user, { status: 'draft', createdBy: user.id })}
        defaults={{
          headline: '',
          dek: '',
          slug: '',
          section: 'indonesia',
          tags: '',
          bylines: `person: ${user.name}`,
          datelineCity: 'Jakarta',
          datelineCountry: 'Indonesia',
          language: 'en',
          heroAlt: '',
          heroCaption: '',
          heroCredit: '',
          story: emptyStory,
          seoTitle: '',
          seoDescription: '',
          scheduledAt: '',
          heroSrc: null,
        }}
      />
    </>
  );
}
