import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../accounts/store';
import { cacheTags } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { defaultSectionLayout } from './defaults';
import { readDraft, readLaunched, readLaunches, readPendingSchedules } from './read';
import { launchDueFronts } from './scheduler';
import { cancelSchedule, launchDraft, restoreLaunch, saveDraft, scheduleDraft } from './store';
import { pinned, publishArticle } from './testing';

// Drafts, launches, history and schedules on a real database (SQLite, and PostgreSQL in its half).

let editor = 0;
let other = 0;
let article = 0;

beforeAll(async () => {
  await migrateToLatest();
  editor = await insertUser({
    email: 'fronts-editor@dateline.test',
    name: 'Edi Editor',
    role: 'editor',
    password: 'correct horse battery fronts',
  });
  other = await insertUser({
    email: 'fronts-other@dateline.test',
    name: 'Rina Hartono',
    role: 'editor',
    password: 'correct horse battery other',
  });
  article = await publishArticle({ section: 'culture' });
});
afterAll(closeDb);

const withPin = (slot: number) => pinned(defaultSectionLayout('culture'), 'stories', slot, article);

describe('a front’s draft', () => {
  it('starts as what readers see, the automatic layout, at version 0', async () => {
    expect(await readDraft('section:opinion')).toMatchObject({
      layout: defaultSectionLayout('opinion'),
      version: 0,
    });
    expect(await readLaunched('section:opinion')).toMatchObject({
      layout: defaultSectionLayout('opinion'),
      version: 0,
      launchedAt: null,
    });
  });

  it('refuses a change made from an older version, naming who saved since', async () => {
    expect(
      await saveDraft(
        'section:opinion',
        0,
        pinned(defaultSectionLayout('opinion'), 'stories', 0, article),
        editor,
      ),
    ).toEqual({ status: 'ok', draftVersion: 1 });
    expect(
      await saveDraft('section:opinion', 0, defaultSectionLayout('opinion'), other),
    ).toMatchObject({ status: 'conflict', by: 'Edi Editor' });
    expect(await saveDraft('section:opinion', 1, defaultSectionLayout('opinion'), other)).toEqual({
      status: 'ok',
      draftVersion: 2,
    });
    expect(
      await saveDraft('section:opinion', 1, defaultSectionLayout('opinion'), editor),
    ).toMatchObject({ status: 'conflict', by: 'Rina Hartono' });
  });
});

describe('launching', () => {
  it('refuses a launch of an older draft, and launches exactly the version the editor saw', async () => {
    await saveDraft('section:culture', 0, withPin(0), editor);
    await saveDraft('section:culture', 1, withPin(3), other);
    expect(await launchDraft('section:culture', 1, editor)).toMatchObject({
      status: 'conflict',
      by: 'Rina Hartono',
    });
    expect((await readLaunched('section:culture')).version).toBe(0);

    expect(await launchDraft('section:culture', 2, editor)).toEqual({
      status: 'ok',
      version: 1,
      draftVersion: 2,
    });
    expect(await readLaunched('section:culture')).toMatchObject({
      layout: withPin(3),
      version: 1,
      launchedBy: 'Edi Editor',
    });
    // Launching leaves the draft as it was: nothing to re-read for the editor.
    expect((await readDraft('section:culture')).version).toBe(2);
  });

  it('keeps every launch, and restores an earlier one at once, as the draft too', async () => {
    await saveDraft('section:culture', 2, withPin(5), editor);
    await launchDraft('section:culture', 3, other);
    const [second, first] = await readLaunches('section:culture');
    expect(second).toMatchObject({
      version: 2,
      kind: 'launch',
      launchedBy: 'Rina Hartono',
      layout: withPin(5),
    });
    expect(first).toMatchObject({
      version: 1,
      kind: 'launch',
      launchedBy: 'Edi Editor',
      layout: withPin(3),
    });

    await saveDraft('section:culture', 3, withPin(7), other);
    expect(await restoreLaunch('section:culture', first!.id, 3, editor)).toMatchObject({
      status: 'conflict',
    });
    expect(await restoreLaunch('section:culture', first!.id, 4, editor)).toEqual({
      status: 'ok',
      version: 3,
      draftVersion: 5,
    });
    expect(await readLaunched('section:culture')).toMatchObject({ layout: withPin(3), version: 3 });
    expect(await readDraft('section:culture')).toMatchObject({ layout: withPin(3), version: 5 });
    expect((await readLaunches('section:culture'))[0]).toMatchObject({
      kind: 'restore',
      detail: 'version 1',
      launchedBy: 'Edi Editor',
    });
    // A launch of another front is not this front's to restore.
    expect(await restoreLaunch('section:opinion', first!.id, 2, editor)).toEqual({
      status: 'missing',
    });
  });
});

describe('scheduled layouts', () => {
  it('go live when due, once, as they were when scheduled, and refresh the front', async () => {
    const draft = await readDraft('section:business');
    await saveDraft(
      'section:business',
      draft.version,
      pinned(defaultSectionLayout('business'), 'stories', 1, article),
      editor,
    );
    const at = new Date(Date.now() + 60_000);
    expect(
      await scheduleDraft('section:business', draft.version, at.toISOString(), editor),
    ).toMatchObject({ status: 'conflict' });
    const scheduled = await scheduleDraft(
      'section:business',
      draft.version + 1,
      at.toISOString(),
      editor,
    );
    expect(scheduled.status).toBe('ok');
    // Changes after scheduling stay in the draft.
    await saveDraft(
      'section:business',
      draft.version + 1,
      defaultSectionLayout('business'),
      editor,
    );

    expect(await launchDueFronts(new Date(at.getTime() - 1_000))).toEqual([]);
    expect((await readLaunched('section:business')).version).toBe(0);
    expect(await launchDueFronts(new Date(at.getTime() + 1_000))).toEqual([
      { key: 'section:business', version: 1 },
    ]);
    expect(await launchDueFronts(new Date(at.getTime() + 2_000))).toEqual([]);
    expect(await readLaunched('section:business')).toMatchObject({
      layout: pinned(defaultSectionLayout('business'), 'stories', 1, article),
      launchedBy: 'Edi Editor',
    });
    expect((await readLaunches('section:business'))[0]).toMatchObject({ kind: 'scheduled' });
    const expired = await getDb()
      .selectFrom('cache_tag_expirations')
      .select('tag')
      .where('tag', '=', cacheTags.front('section:business'))
      .execute();
    expect(expired).toHaveLength(1);
  });

  it('can be cancelled before their time', async () => {
    const { version } = await readDraft('section:world');
    const at = new Date(Date.now() + 60_000);
    const scheduled = await scheduleDraft('section:world', version, at.toISOString(), editor);
    if (scheduled.status !== 'ok') throw new Error('not scheduled');
    expect((await readPendingSchedules('section:world')).map((s) => s.id)).toEqual([scheduled.id]);
    expect(await cancelSchedule('section:world', scheduled.id)).toBe(true);
    expect(await cancelSchedule('section:world', scheduled.id)).toBe(false);
    expect(await launchDueFronts(new Date(at.getTime() + 1_000))).toEqual([]);
    expect((await readLaunched('section:world')).version).toBe(0);
  });
});
