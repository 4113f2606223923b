import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/current-user';
import { canTake, statusLabels } from '@/lib/newsroom/workflow';
import { formatDisplayDateTime, utcToZonedLocal } from '@/lib/articles/dates';
import { formatBylineLines } from '@/lib/newsroom/schema';
import { getEditorArticle } from '@/lib/newsroom/queries';
import { listReadAlsoCards } from '@/lib/articles/queries';
import { getSite } from '@/lib/site';
import { parseStoredStory } from '@/lib/story/stored';
import { ArticleForm } from '../_components/article-form';
import { EditingNow } from '../_components/editing-now';
import { ArticleHistory } from '../_components/article-history';
import { CorrectionForm } from '../_components/correction-form';
import { allowedIntents } from '../_components/intents';
import { focalPercents } from '@/lib/media/focal';

export const metadata: Metadata = { title: 'Edit article' };

const doneMessages: Record<string, string> = {
  save: 'Saved.',
  submit: 'Submitted for review.',
  publish: 'Published. The article, front page, section, tag and author pages, feeds and sitemaps were refreshed.',
  schedule: 'Scheduled.',
  unpublish: 'Unpublished. Readers no longer see it.',
  correction: 'Correction added and shown on the article.',
  restore: 'Revision restored (as a new revision).',
};

export default async function EditArticlePage({ params, searchParams }: PageProps<'/editor/articles/[id]'>) {
  const user = await requireRole('contributor');
  const id = Number((await params).id);
  const article = Number.isInteger(id) && id > 0 ? await getEditorArticle(id) : null;
  if (!article) notFound();
  const { done } = await searchParams;
  const { timeZone } = getSite();
  const state = { status: article.status, createdBy: article.created_by };
  const story = parseStoredStory(article.body);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Edit article</h1>
        <p>
          <span className="font-semibold">{statusLabels[article.status]}</span>
          {article.status === 'scheduled' && article.scheduled_at ? ` for ${formatDisplayDateTime(article.scheduled_at, timeZone)}` : ''}
          {article.publicPath ? (
            <>
              {' · '}
              <Link href={article.publicPath} className="underline" target="_blank">
                View on the site
              </Link>
            </>
          ) : null}
          {' · '}
          <Link href={`/editor/articles/${article.id}/live`} className="underline">
            {article.live_started_at && !article.live_ended_at ? 'Live coverage (running)' : 'Live coverage'}
          </Link>
        </p>
      </div>
      {typeof done === 'string' && doneMessages[done] ? (
        <p role="status" className="mb-6 border-l-4 border-ink bg-wash px-3 py-2 font-semibold">
          {doneMessages[done]}
        </p>
      ) : null}
      {article.published_at && article.status === 'published' ? (
        <p className="mb-6 text-sm text-muted">Live since {formatDisplayDateTime(article.published_at, timeZone)}.</p>
      ) : null}
      <EditingNow articleId={article.id} />
      <ArticleForm
        key={article.version}
        intents={allowedIntents(user, state)}
        defaults={{
          id: article.id,
          version: article.version,
          headline: article.headline,
          dek: article.dek,
          slug: article.slug,
          section: article.section,
          tags: article.tags.join(', '),
          bylines: formatBylineLines(article.bylines),
          datelineCity: article.dateline_city,
          datelineCountry: article.dateline_country,
          language: article.language,
          heroAlt: article.hero_alt ?? '',
          heroCaption: article.hero_caption ?? '',
          heroCredit: article.hero_credit ?? '',
          story,
          cardTitles: Object.fromEntries([...(await listReadAlsoCards(story))].map(([cardId, card]) => [cardId, card.headline])),
          seoTitle: article.seo_title ?? '',
          seoDescription: article.seo_description ?? '',
          scheduledAt: article.scheduled_at ? utcToZonedLocal(article.scheduled_at, timeZone) : '',
          heroSrc: article.hero_src,
          hero: article.hero_src
            ? {
                src: article.hero_src,
                width: article.hero_width ?? 1600,
                height: article.hero_height ?? 900,
                focal: focalPercents({ x: article.hero_focal_x, y: article.hero_focal_y }),
              }
            : undefined,
        }}
      />
      {canTake('correct', user.role, article.status) ? <CorrectionForm articleId={article.id} corrections={article.corrections} /> : null}
      <ArticleHistory article={article} canRestore={allowedIntents(user, state).length > 0} />
    </>
  );
}
