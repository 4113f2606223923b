// Fills a throwaway database (SQLITE_PATH, or DATABASE_URL) with N synthetic articles of
// realistic length, one every 37 minutes back from the newest, with bylines from a newsroom of
// 48 and tags from 120 topics. Rows go in many to a statement and thousands to a transaction:
// one statement per row took minutes at 100,000.
// Usage: node --import tsx scripts/bench/generate-articles.ts N [--newest=now|<ISO time>]
import { pathToFileURL } from 'node:url';
import { slugify } from '../../lib/articles/slug';
import { sections } from '../../lib/articles/sections';
import { closeDb, getDb, type Db } from '../../lib/db/client';
import { migrateToLatest } from '../../lib/db/migrate';
import { importContent } from '../../lib/newsroom/import';
import { storyFromMarkdown } from '../../lib/story/from-markdown';
import { storyColumns } from '../../lib/story/stored';
import { seeded, sentence, storyMarkdown, vocabulary, zipf } from './synthetic-text';

export const minutesApart = 37;
const rowsPerStatement = 250;
const rowsPerTransaction = 5000;

const first = 'Rina Daniel Siti Arif Maya Joko Priya'.split(' ');
const last = 'Hartono Okafor Wijaya Santoso Lim Nasution'.split(' ');
const desks = [
  'News Desk',
  'Business Desk',
  'World Desk',
  'Culture Desk',
  'Science Desk',
  'Opinion Desk',
];

/** Desks first: they carry the wire copy, so they have the most articles. */
const bylineNames = [...desks, ...first.flatMap((f) => last.map((l) => `${f} ${l}`))];
const tagNames = vocabulary.slice(0, 120).map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`);

async function ensureNamed(db: Db, table: 'authors' | 'tags', names: string[]): Promise<number[]> {
  const rows = names.map((name) => ({ slug: slugify(name), name }));
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const chunk = rows.slice(i, i + rowsPerStatement);
    if (table === 'tags')
      await db
        .insertInto('tags')
        .values(chunk)
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
    else {
      const authors = chunk.map((r) => ({
        ...r,
        type: desks.includes(r.name) ? ('desk' as const) : ('person' as const),
        bio: null,
      }));
      await db
        .insertInto('authors')
        .values(authors)
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
    }
  }
  const found = new Map<string, number>();
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const slugs = rows.slice(i, i + rowsPerStatement).map((r) => r.slug);
    for (const r of await db
      .selectFrom(table)
      .select(['id', 'slug'])
      .where('slug', 'in', slugs)
      .execute())
      found.set(r.slug, r.id);
  }
  return rows.map((r) => found.get(r.slug)!);
}

export interface GenerateOptions {
  /** When the newest article was published; the others go back from it. */
  newest?: Date;
}

/** Adds `count` articles to the database the environment names; returns how long it took. */
export async function generateArticles(
  count: number,
  { newest = new Date('2026-11-28T00:00:00Z') }: GenerateOptions = {},
) {
  const started = performance.now();
  await migrateToLatest();
  const db = getDb();
  // The sample content first: real images for the heroes (and their share images).
  await importContent(db, 'content');
  const heroes = await db
    .selectFrom('articles')
    .select(['hero_src', 'hero_alt', 'hero_width', 'hero_height'])
    .where('hero_src', 'is not', null)
    .execute();
  const authorIds = await ensureNamed(db, 'authors', bylineNames);
  const tagIds = await ensureNamed(db, 'tags', tagNames);
  const pickAuthor = zipf(authorIds.length, 4);
  const pickTag = zipf(tagIds.length, 10);
  const next = seeded(42);
  // Stories are the slow part to make (Markdown to document); a thousand to draw from is plenty.
  const bodies = Array.from({ length: 1000 }, (_, i) =>
    storyColumns(storyFromMarkdown(storyMarkdown(next, 8 + (i % 6)))),
  );

  for (let i = 0; i < count; i += rowsPerTransaction) {
    await db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(count, i + rowsPerTransaction); j += rowsPerStatement) {
        const batch = Array.from(
          { length: Math.min(rowsPerStatement, count - j) },
          (_, k) => j + k,
        );
        const articles = batch.map((n) => {
          const hero = heroes[n % heroes.length]!;
          // Oldest first, so ids grow with time as in a real newsroom.
          const at = new Date(
            newest.getTime() - (count - 1 - n) * minutesApart * 60_000,
          ).toISOString();
          return {
            slug: `synthetic-story-${n}`,
            section: sections[n % sections.length]!.slug,
            headline: sentence(next, 8 + (n % 7)).slice(0, -1),
            dek: sentence(next, 22),
            ...bodies[n % bodies.length]!,
            language: 'en',
            dateline_city: 'Jakarta',
            dateline_country: 'Indonesia',
            hero_src: hero.hero_src,
            hero_alt: hero.hero_alt,
            hero_caption: 'A synthetic caption.',
            hero_credit: 'Illustration: Dateline Graphics',
            hero_width: hero.hero_width,
            hero_height: hero.hero_height,
            // One in fifty taken down again: the reads must pass over those.
            status: n % 50 === 49 ? ('unpublished' as const) : ('published' as const),
            published_at: at,
            created_at: at,
            modified_at: at,
          };
        });
        const ids = new Map(
          (
            await trx.insertInto('articles').values(articles).returning(['id', 'slug']).execute()
          ).map((r) => [r.slug, r.id]),
        );
        const bylines = batch.flatMap((n) => {
          const id = ids.get(`synthetic-story-${n}`)!;
          const authors = [
            ...new Set([pickAuthor(next), ...(n % 5 === 0 ? [pickAuthor(next)] : [])]),
          ];
          return authors.map((a, position) => ({
            article_id: id,
            position,
            author_id: authorIds[a]!,
            organization: null,
          }));
        });
        const tags = batch.flatMap((n) => {
          const id = ids.get(`synthetic-story-${n}`)!;
          const picked = [...new Set(Array.from({ length: 2 + (n % 3) }, () => pickTag(next)))];
          return picked.map((t, position) => ({ article_id: id, tag_id: tagIds[t]!, position }));
        });
        await trx.insertInto('article_bylines').values(bylines).execute();
        await trx.insertInto('article_tags').values(tags).execute();
      }
    });
  }
  return { seconds: (performance.now() - started) / 1000 };
}

function newestFrom(args: string[]): Date | undefined {
  const value = args.find((a) => a.startsWith('--newest='))?.slice('--newest='.length);
  if (!value) return undefined;
  return value === 'now' ? new Date() : new Date(value);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1000);
  generateArticles(count, { newest: newestFrom(process.argv.slice(3)) })
    .then(({ seconds }) => console.log(`[generate] ${count} articles in ${seconds.toFixed(1)} s`))
    .finally(closeDb)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
