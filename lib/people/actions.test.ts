import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBylines } from '../newsroom/bylines-and-tags';
import { cacheTags } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import type { Role } from '../auth/roles';
import { readMedia } from '../media/storage';
import { newArticleRow } from '../test/article-row';
import { phonePhoto } from '../test/phone-photo';
import { savePersonProfile } from './actions';

const caller = vi.hoisted(() => ({ role: 'editor' as Role }));
vi.mock('../auth/current-user', async () =>
  (await import('../test/fake-current-user')).fakeCurrentUser(caller),
);
// The editor's own pages are re-rendered by Next.js; outside it there is nothing to re-render.
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

let id: number;

function form(fields: Record<string, string | File>) {
  const data = new FormData();
  data.set('id', String(id));
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const profile = async () =>
  getDb()
    .selectFrom('authors')
    .select(['name', 'role', 'bio', 'photo_src'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  await migrateToLatest();
  const article = await getDb()
    .insertInto('articles')
    .values({ ...newArticleRow(), status: 'published', published_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await getDb()
    .transaction()
    .execute((trx) => setBylines(trx, article.id, [{ name: 'Dewi Lensa', type: 'person' }]));
  id = (
    await getDb()
      .selectFrom('authors')
      .select('id')
      .where('name', '=', 'Dewi Lensa')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(closeDb);
beforeEach(() => {
  caller.role = 'editor';
});

describe('savePersonProfile', () => {
  it('stores a phone photo re-encoded without its metadata, in the library too, and refreshes the author page', async () => {
    const photo = new File([new Uint8Array(await phonePhoto())], 'IMG_0001.JPG', {
      type: 'image/jpeg',
    });
    const state = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Dewi Lensa', role: ' Photographer ', bio: 'Photographs the coast.', photo }),
    );
    expect(state).toMatchObject({
      status: 'done',
      values: { name: 'Dewi Lensa', role: 'Photographer', bio: 'Photographs the coast.' },
    });
    const saved = await profile();
    expect(saved).toMatchObject({ role: 'Photographer', bio: 'Photographs the coast.' });
    expect(saved.photo_src).toMatch(/^\/media\/upload-[a-f0-9]+\.webp$/);
    const stored = await readMedia(saved.photo_src!.replace('/media/', ''));
    expect((await sharp(stored!).metadata()).exif).toBeUndefined();
    expect(stored!.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(
      await getDb()
        .selectFrom('media')
        .select('alt')
        .where('src', '=', saved.photo_src!)
        .executeTakeFirst(),
    ).toEqual({ alt: 'Dewi Lensa' });
    const expired = await getDb()
      .selectFrom('cache_tag_expirations')
      .select('tag')
      .where('tag', '=', cacheTags.author('dewi-lensa'))
      .execute();
    expect(expired).toHaveLength(1);
  });

  it('refuses a bio over 500 characters beside the field, keeping what was typed', async () => {
    const bio = 'A long bio. '.repeat(50);
    const state = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Dewi Lensa', role: 'Editor', bio }),
    );
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { bio: ['Keep the bio to 500 characters or fewer.'] },
      values: { role: 'Editor', bio },
    });
    expect((await profile()).role).toBe('Photographer');
  });

  it('refuses a file that is not a picture, and a new photo with "Remove photo" at once', async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'photo.png', {
      type: 'image/png',
    });
    const notPicture = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Dewi Lensa', role: '', bio: '', photo: svg }),
    );
    expect(notPicture.status === 'error' && notPicture.fieldErrors?.photo?.[0]).toMatch(
      /not one, whatever its name says/,
    );
    const both = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Dewi Lensa', role: '', bio: '', photo: svg, removePhoto: 'on' }),
    );
    expect(both.status === 'error' && both.fieldErrors?.photo).toEqual([
      'Choose a new photo or “Remove photo”, not both.',
    ]);
    expect((await profile()).photo_src).not.toBeNull();
  });

  it('removes the photo when asked', async () => {
    const state = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Dewi Lensa', role: 'Photographer', bio: '', removePhoto: 'on' }),
    );
    expect(state.status).toBe('done');
    expect(await profile()).toMatchObject({ photo_src: null, bio: null });
  });

  it('changes nothing for a contributor', async () => {
    caller.role = 'contributor';
    const state = await savePersonProfile(
      { status: 'idle' },
      form({ name: 'Someone Else', role: 'Intern', bio: '' }),
    );
    expect(state).toMatchObject({ status: 'error', message: 'You do not have permission to do that.' });
    expect(await profile()).toMatchObject({ name: 'Dewi Lensa', role: 'Photographer' });
  });
});
