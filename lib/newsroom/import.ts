import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Db } from '../db/client';
import { addToLibrary } from '../media/library';
import { saveMedia } from '../media/storage';
import { storyFromMarkdown } from '../story/from-markdown';
import { storyColumns } from '../story/stored';
import { loadContentArticles } from './content';
import { setBylines, setTags } from './bylines-and-tags';

/**
 * Imports the sample articles from content/ into the database. Idempotent: an article already
 * imported (matched by file name) is left as it is, since the database, not the file, is the
 * source of truth once an editor may have touched it.
 */
export async function importContent(db: Db, contentRoot: string): Promise<{ imported: number; skipped: number }> {
  const articles = loadContentArticles(contentRoot);
  const known = new Set(
    (await db.selectFrom('articles').select('source_key').where('source_key', 'is not', null).execute()).map(
      (r) => r.source_key,
    ),
  );
  let imported = 0;
  for (const article of articles) {
    if (known.has(article.slug)) continue;
    const fm = article.frontmatter;
    const image = await fs.readFile(article.heroFile);
    const { width, height } = await sharp(image).metadata();
    const hash = createHash('sha256').update(image).digest('hex').slice(0, 10);
    const heroSrc = await saveMedia(`${article.slug}-${hash}${path.extname(article.heroFile)}`, image);
    const publishedAt = new Date(fm.publishedAt).toISOString();
    const updatedAt = fm.updatedAt ? new Date(fm.updatedAt).toISOString() : null;

    await addToLibrary({ src: heroSrc, width: width ?? 1600, height: height ?? 900, alt: fm.hero.alt, caption: fm.hero.caption, credit: fm.hero.credit }, null, db);
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('articles')
        .values({
          slug: article.slug,
          section: fm.section,
          headline: fm.headline,
          dek: fm.dek,
          ...storyColumns(storyFromMarkdown(article.body)),
          language: fm.language,
          dateline_city: fm.dateline.city,
          dateline_country: fm.dateline.country,
          hero_src: heroSrc,
          hero_alt: fm.hero.alt,
          hero_caption: fm.hero.caption,
          hero_credit: fm.hero.credit,
          hero_width: width ?? null,
          hero_height: height ?? null,
          seo_title: fm.seoTitle ?? null,
          seo_description: fm.seoDescription ?? null,
          status: 'published',
          published_at: publishedAt,
          updated_at: updatedAt,
          scheduled_at: null,
          created_at: publishedAt,
          modified_at: updatedAt ?? publishedAt,
          source_key: article.slug,
          created_by: null,
          modified_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setBylines(trx, id, fm.bylines);
      await setTags(trx, id, fm.tags);
      for (const correction of fm.corrections) {
        await trx
          .insertInto('corrections')
          .values({
            article_id: id,
            kind: correction.kind,
            text: correction.text,
            published_at: new Date(correction.date).toISOString(),
          })
          .execute();
      }
    });
    imported++;
  }
  return { imported, skipped: articles.length - imported };
}
