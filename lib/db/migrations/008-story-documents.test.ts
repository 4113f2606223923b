import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { readSearch } from '../../articles/queries/articles';
import { parseStoredStory } from '../../story/stored';
import { inlineText } from '../../story/text';
import { closeDb, getDb } from '../client';
import { migrateToLatest, migrateUpTo } from '../migrate';

// Articles and revisions written as Markdown before migration 008, read after it.
const markdown = 'Ferry services to the outer islands resumed on Monday.\n\n> “We waited a week,” said a trader.\n\n## Delays\n\nThe *second* storm of the month closed the harbour kamuflase.';

describe('migration 008: story documents', () => {
  afterAll(closeDb);

  it('converts every article and revision, keeping paragraph anchors and search', async () => {
    await migrateUpTo('007-feedback-client-index');
    const old = getDb() as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const now = new Date().toISOString();
    const { id } = (await old
      .insertInto('articles')
      .values({ slug: 'ferries-resume', section: 'world', headline: 'Ferries resume after storm', dek: 'A summary.', body_md: markdown, language: 'en', dateline_city: 'Ambon', dateline_country: 'Indonesia', status: 'published', published_at: now, created_at: now, modified_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    await old.insertInto('article_revisions').values({ article_id: id, version: 1, snapshot: JSON.stringify({ headline: 'Ferries resume after storm', body: markdown }), saved_by: null, saved_at: now }).execute();

    await migrateToLatest();

    const row = await getDb().selectFrom('articles').select(['body', 'body_text']).where('id', '=', id).executeTakeFirstOrThrow();
    const story = parseStoredStory(row.body);
    const paragraphs = new Map(
      story.blocks.flatMap((b) => (b.type === 'paragraph' ? [[b.id, inlineText(b.content)]] : b.type === 'quote' ? b.paragraphs.map((p) => [p.id, inlineText(p.content)] as const) : [])),
    );
    // The anchors the Markdown renderer gave: #p-2 was the quote, #p-3 the last paragraph.
    expect(paragraphs.get('p-2')).toBe('“We waited a week,” said a trader.');
    expect(paragraphs.get('p-3')).toBe('The second storm of the month closed the harbour kamuflase.');
    expect(row.body_text).toContain('Delays');

    expect((await readSearch('kamuflase', 1)).items.map((a) => a.id)).toEqual([id]);
    await getDb().updateTable('articles').set({ body_text: 'Rewritten without the word.' }).where('id', '=', id).execute();
    expect((await readSearch('kamuflase', 1)).items).toEqual([]);

    const revision = await getDb().selectFrom('article_revisions').select('snapshot').where('article_id', '=', id).executeTakeFirstOrThrow();
    const snapshot = JSON.parse(revision.snapshot) as { body?: string; story: unknown };
    expect(snapshot.body).toBeUndefined();
    expect(parseStoredStory(JSON.stringify(snapshot.story))).toEqual(story);
  });
});
