import 'server-only';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';
import { hasEveryWord } from '../db/word-search';
import { getSite } from '../site';
import { withChanges } from './revision-changes';
import type { ArticleStatus } from './schema';
import type { ArticleDraft } from './store';
import { findSection } from '../articles/sections';
import { articlePath } from '../articles/urls';

// Reads for the dashboard. Each checks the reader's role itself: a page is not the only door.

export interface EditorListFilters {
  status?: ArticleStatus;
  section?: string;
  author?: string;
  q?: string;
}

export async function listEditorArticles(filters: EditorListFilters) {
  await requireRole('contributor');
  let query = getDb()
    .selectFrom('articles')
    .leftJoin('users', 'users.id', 'articles.modified_by')
    .select(['articles.id', 'articles.headline', 'articles.section', 'articles.status', 'articles.modified_at', 'articles.published_at', 'articles.scheduled_at', 'users.name as modifiedBy'])
    .orderBy('articles.modified_at', 'desc')
    .limit(200);
  if (filters.status) query = query.where('articles.status', '=', filters.status);
  if (filters.section) query = query.where('articles.section', '=', filters.section);
  const words = filters.q ?? '';
  if (words) query = query.where((eb) => hasEveryWord(eb, ['articles.headline'], words));
  if (filters.author) {
    query = query.where('articles.id', 'in', (eb) =>
      eb.selectFrom('article_bylines as b').innerJoin('authors as a', 'a.id', 'b.author_id').select('b.article_id').where('a.slug', '=', filters.author!),
    );
  }
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, sectionName: findSection(r.section)?.name ?? r.section }));
}

export async function listAuthorsForFilter() {
  await requireRole('contributor');
  return getDb().selectFrom('authors').select(['slug', 'name']).orderBy('name').execute();
}

export async function getEditorArticle(id: number) {
  await requireRole('contributor');
  const db = getDb();
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [bylines, tags, corrections, events, revisions] = await Promise.all([
    db
      .selectFrom('article_bylines as b')
      .innerJoin('authors as a', 'a.id', 'b.author_id')
      .select(['a.name', 'a.type', 'b.organization'])
      .where('b.article_id', '=', id)
      .orderBy('b.position')
      .execute(),
    db.selectFrom('article_tags as at').innerJoin('tags as t', 't.id', 'at.tag_id').select('t.name').where('at.article_id', '=', id).orderBy('at.position').execute(),
    db.selectFrom('corrections').select(['kind', 'text', 'published_at']).where('article_id', '=', id).orderBy('published_at').execute(),
    db
      .selectFrom('article_events as e')
      .leftJoin('users as u', 'u.id', 'e.user_id')
      .select(['e.kind', 'e.detail', 'e.at', 'u.name'])
      .where('e.article_id', '=', id)
      .orderBy('e.at', 'desc')
      .limit(20)
      .execute(),
    db
      .selectFrom('article_revisions as r')
      .leftJoin('users as u', 'u.id', 'r.saved_by')
      .select(['r.id', 'r.version', 'r.saved_at', 'u.name', 'r.text', (eb) => eb.case().when('r.text', 'is', null).then(eb.ref('r.snapshot')).else('').end().as('snapshot')])
      .where('r.article_id', '=', id)
      .orderBy('r.version', 'desc')
      // One more than is listed: the oldest listed revision is compared with the one before it.
      .limit(31)
      .execute(),
  ]);
  const publicPath =
    row.status === 'published' && row.published_at
      ? articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at }, getSite().timeZone)
      : null;
  return { ...row, bylines, tags: tags.map((t) => t.name), corrections, events, revisions: withChanges(revisions), publicPath };
}

export type EditorArticle = NonNullable<Awaited<ReturnType<typeof getEditorArticle>>>;

export async function getRevisionDraft(revisionId: number) {
  await requireRole('contributor');
  const row = await getDb().selectFrom('article_revisions').select(['article_id', 'version', 'snapshot', 'saved_at']).where('id', '=', revisionId).executeTakeFirst();
  return row ? { articleId: row.article_id, version: row.version, savedAt: row.saved_at, draft: JSON.parse(row.snapshot) as ArticleDraft } : null;
}

