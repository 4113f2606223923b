// Fills a throwaway database with N synthetic articles of realistic length (original filler
// text from a small word list), for measuring how the build grows. Usage: tsx … N
import { closeDb, getDb } from '../../lib/db/client';
import { migrateToLatest } from '../../lib/db/migrate';
import { importContent } from '../../lib/newsroom/import';
import { sections } from '../../lib/articles/sections';
import { setBylines, setTags } from '../../lib/newsroom/bylines-and-tags';
import { storyFromMarkdown } from '../../lib/story/from-markdown';
import { storyColumns } from '../../lib/story/stored';

const words = `harbour council rainfall budget ferry market province minister teachers rice coffee tide
river bridge election fishermen port clinic village festival museum startup battery nickel
reef monsoon festival library railway district mayor farmers students weavers tunnel solar`.split(/\s+/);

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function sentence(next: () => number, length: number) {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

async function main() {
  const count = Number(process.argv[2] ?? 1000);
  await migrateToLatest();
  // The sample content first: real images for the hero panel of share images.
  await importContent(getDb(), 'content');
  const heroes = await getDb().selectFrom('articles').select(['hero_src', 'hero_alt', 'hero_width', 'hero_height']).execute();
  const next = random(42);
  const start = Date.parse('2026-11-28T00:00:00Z');
  const db = getDb();
  for (let i = 0; i < count; i += 500) {
    await db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(count, i + 500); j++) {
        const hero = heroes[j % heroes.length]!;
        const at = new Date(start - j * 37 * 60_000).toISOString();
        const body = Array.from({ length: 8 + (j % 6) }, () => Array.from({ length: 4 }, () => sentence(next, 9 + Math.floor(next() * 10))).join(' ')).join('\n\n');
        const { id } = await trx
          .insertInto('articles')
          .values({
            slug: `synthetic-story-${j}`,
            section: sections[j % sections.length]!.slug,
            headline: sentence(next, 8 + (j % 7)).slice(0, -1),
            dek: sentence(next, 22),
            ...storyColumns(storyFromMarkdown(body)),
            language: 'en',
            dateline_city: 'Jakarta',
            dateline_country: 'Indonesia',
            hero_src: hero.hero_src,
            hero_alt: hero.hero_alt,
            hero_caption: 'A synthetic caption.',
            hero_credit: 'Illustration: Dateline Graphics',
            hero_width: hero.hero_width,
            hero_height: hero.hero_height,
            seo_title: null,
            seo_description: null,
            status: 'published',
            published_at: at,
            updated_at: null,
            scheduled_at: null,
            created_at: at,
            modified_at: at,
            source_key: null,
            created_by: null,
            modified_by: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await setBylines(trx, id, [{ name: ['Rina Hartono', 'Daniel Okafor', 'News Desk'][j % 3]!, type: j % 3 === 2 ? 'desk' : 'person' }]);
        await setTags(trx, id, [words[j % words.length]!, words[(j * 7) % words.length]!]);
      }
    });
  }
  await closeDb();
}

main();
