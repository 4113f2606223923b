import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../../db/client';
import { loadContentArticles } from '../../newsroom/content';
import { parseStoredStory } from '../../story/stored';
import { removeScratch, scratch, secrets, seedNewsroom, type Newsroom } from '../testing';
import { documentFields, exportFiles } from './format';
import { exportPublication } from './export';

// `npm run export` on a newsroom with something of every kind: files another system can read,
// every row in them, one article field by field, nothing private, and every field documented.

type Line = Record<string, unknown>;

let newsroom: Newsroom;
const folder = path.join(scratch, 'export');
const lines: Record<string, Line[]> = {};

beforeAll(async () => {
  newsroom = await seedNewsroom();
  await exportPublication(folder);
  for (const { file } of exportFiles.filter((f) => f.file.endsWith('.ndjson'))) {
    const text = await fs.readFile(path.join(folder, file), 'utf8');
    lines[file] = text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);
  }
}, 60_000);
afterAll(async () => {
  await closeDb();
  await removeScratch();
});

const count = async (table: 'articles' | 'article_revisions' | 'authors' | 'feedback' | 'live_updates') =>
  Number((await getDb().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('npm run export', () => {
  it('writes a line for every article, revision, person, feedback message and picture', async () => {
    const about = JSON.parse(await fs.readFile(path.join(folder, 'export.json'), 'utf8')) as { counts: Record<string, number> };
    const expected = {
      articles: await count('articles'),
      revisions: await count('article_revisions'),
      liveUpdates: await count('live_updates'),
      people: await count('authors'),
      feedback: await count('feedback'),
      media: (await fs.readdir(path.join(folder, 'media'))).length,
    };
    expect(about.counts).toEqual(expected);
    expect(lines['articles.ndjson']).toHaveLength(expected.articles);
    expect(lines['revisions.ndjson']).toHaveLength(expected.revisions);
    expect(lines['people.ndjson']).toHaveLength(expected.people);
    expect(lines['feedback.ndjson']).toHaveLength(1);
    expect(lines['media.ndjson']).toHaveLength(expected.media);
    expect(expected.articles).toBeGreaterThanOrEqual(30);
    expect(expected.revisions).toBe(2);
  });

  it('gives an article every field, its story as stored and as Markdown, and its picture as a file', async () => {
    const source = loadContentArticles(path.resolve('content')).find((a) => a.slug === 'jakarta-office-vacancies-hit-record-high')!;
    const fm = source.frontmatter;
    const article = lines['articles.ndjson']!.find((a) => a.slug === source.slug)!;
    const row = await getDb().selectFrom('articles').select(['id', 'body']).where('slug', '=', source.slug).executeTakeFirstOrThrow();
    const story = parseStoredStory(row.body);

    expect(article).toMatchObject({
      id: row.id,
      section: fm.section,
      status: 'published',
      language: fm.language,
      headline: fm.headline,
      dek: fm.dek,
      dateline: fm.dateline,
      publishedAt: new Date(fm.publishedAt).toISOString(),
      bylines: fm.bylines.map((b) => ({ name: b.name, type: b.type, organization: b.organization ?? null })),
      tags: fm.tags.map((t) => ({ name: t })),
      hero: { alt: fm.hero.alt, caption: fm.hero.caption, credit: fm.hero.credit, focal: { x: 0.5, y: 0.5 } },
      corrections: fm.corrections.map((c) => ({ kind: c.kind, text: c.text, publishedAt: new Date(c.date).toISOString() })),
      story,
    });
    expect(article.url).toMatch(new RegExp(`^http://localhost:3000/${fm.section}/\\d{4}/\\d\\d/\\d\\d/${source.slug}$`));
    const firstParagraph = source.body.trim().split('\n\n')[0]!;
    expect(article.markdown).toContain(firstParagraph.slice(0, 60));

    const hero = article.hero as { file: string };
    const bytes = await fs.readFile(path.join(folder, hero.file));
    const picture = lines['media.ndjson']!.find((m) => m.file === hero.file)!;
    expect(picture).toMatchObject({ inLibrary: true, alt: fm.hero.alt, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('keeps pictures outside the library, revisions and feedback, with who saved what but nothing private', async () => {
    const upload = lines['media.ndjson']!.find((m) => m.file === `media/${newsroom.upload.name}`)!;
    expect(upload).toMatchObject({ inLibrary: false, alt: null });
    expect(await fs.readFile(path.join(folder, 'media', newsroom.upload.name))).toEqual(newsroom.upload.bytes);
    const ferry = lines['articles.ndjson']!.find((a) => a.id === newsroom.articleId)!;
    expect(ferry.hero).toMatchObject({ file: `media/${newsroom.upload.name}`, focal: { x: 0.25, y: 0.75 } });
    expect(lines['revisions.ndjson']!.filter((r) => r.articleId === newsroom.articleId).map((r) => r.savedBy)).toEqual(['Ana Editor', 'Ana Editor']);
    expect(lines['feedback.ndjson']![0]).toEqual({
      id: expect.any(Number),
      articleId: newsroom.articleId,
      message: 'The ferry left at seven, not at dawn: I was on it.',
      paragraphAnchor: null,
      paragraphQuote: null,
      status: 'new',
      createdAt: expect.any(String),
    });

    const texts = await Promise.all(
      (await fs.readdir(folder)).filter((f) => !f.startsWith('media')).map((f) => fs.readFile(path.join(folder, f), 'utf8')),
    );
    for (const secret of Object.values(secrets)) expect(texts.join('\n')).not.toContain(secret);
  });

  it('describes every field it writes in its README.md', async () => {
    const readme = await fs.readFile(path.join(folder, 'README.md'), 'utf8');
    const about = JSON.parse(await fs.readFile(path.join(folder, 'export.json'), 'utf8')) as Line;
    const undocumented: string[] = [];
    for (const { file, fields } of exportFiles) {
      expect(readme).toContain(`## ${file}`);
      const documented = new Set(fields.map(([name]) => name));
      const written = new Set((file === 'export.json' ? [about] : lines[file]!).flatMap((line) => fieldPaths(line)));
      for (const name of written) if (!documented.has(name)) undocumented.push(`${file}: ${name}`);
    }
    expect(undocumented).toEqual([]);
    const storySchema = JSON.parse(await fs.readFile(path.join(folder, 'story.schema.json'), 'utf8')) as Line;
    expect(storySchema.$schema).toMatch(/json-schema\.org/);
  });

  it('writes into a new or empty folder only', async () => {
    await expect(exportPublication(folder)).rejects.toThrow(/not empty/);
  });
});

/** "hero", "hero.focal.x", "bylines[].name": every field of a line, documents left whole. */
function fieldPaths(value: Line, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    const name = `${prefix}${key}`;
    if (documentFields.has(key) && prefix === '') return [name];
    if (Array.isArray(inner)) return [name, ...inner.filter(isObject).flatMap((item) => fieldPaths(item, `${name}[].`))];
    if (isObject(inner)) return [name, ...fieldPaths(inner, `${name}.`)];
    return [name];
  });
}

const isObject = (value: unknown): value is Line => typeof value === 'object' && value !== null && !Array.isArray(value);
