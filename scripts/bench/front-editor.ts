// The front editor's side of the fronts bench, as the newsroom's actions do it after their
// checks: one process taking a command per line on stdin and answering a JSON line with when it
// returned (ms since 1970), so timing a render is not timing a process start.
//   pin <front key> <article slug> <headline>  pin the article first with that headline, and launch
//   ten <front key>                            launch ten containers, with four newest stories pinned
//   expire <front key>                         make the front stale everywhere (a launch's refresh)
import readline from 'node:readline';
import { cacheTags } from '../../lib/cache-tags';
import { refreshTags } from '../../lib/cache/refresh';
import { closeDb, getDb } from '../../lib/db/client';
import { defaultHomeLayout, emptySlots } from '../../lib/fronts/defaults';
import { readDraft } from '../../lib/fronts/read';
import type { FrontLayout } from '../../lib/fronts/schema';
import { launchDraft, saveDraft } from '../../lib/fronts/store';

// The bench database has no accounts: the launches are recorded as by nobody.
const benchUser = 0;

async function launch(key: string, change: (layout: FrontLayout) => FrontLayout) {
  const draft = await readDraft(key);
  const saved = await saveDraft(key, draft.version, change(structuredClone(draft.layout)), benchUser);
  if (saved.status !== 'ok') throw new Error(`draft not saved: ${saved.status}`);
  const launched = await launchDraft(key, saved.draftVersion, benchUser);
  if (launched.status !== 'ok') throw new Error(`not launched: ${launched.status}`);
  await refreshTags([cacheTags.front(key)]);
}

/** The automatic home layout and one more container: a grid of twelve, four of them pinned. */
function tenContainers(articleIds: number[]): FrontLayout {
  const layout = defaultHomeLayout();
  const slots = emptySlots('picks', 12).map((slot, i) =>
    i < 4 && articleIds[i] ? { ...slot, articleId: articleIds[i]!, kicker: 'Analysis', headline: null } : slot,
  );
  layout.containers.splice(1, 0, { id: 'picks', title: 'Picked for you', layout: 'grid', rule: { kind: 'latest' }, allowDuplicates: false, slots });
  return layout;
}

const publishedIds = (where: { slug?: string }, limit: number) => {
  let query = getDb().selectFrom('articles').select('id').where('status', '=', 'published');
  if (where.slug) query = query.where('slug', '=', where.slug);
  return query.orderBy('published_at', 'desc').limit(limit).execute().then((rows) => rows.map((r) => r.id));
};

const commands: Record<string, (key: string, rest: string[]) => Promise<void>> = {
  pin: async (key, [slug = '', ...headline]) => {
    const [id] = await publishedIds({ slug }, 1);
    if (!id) throw new Error(`no published article ${slug}`);
    await launch(key, (layout) => {
      const first = layout.containers[0]!;
      first.slots[0] = { ...first.slots[0]!, articleId: id, headline: headline.join(' '), kicker: null, focal: null };
      return layout;
    });
  },
  ten: async (key) => {
    const ids = await publishedIds({}, 4);
    await launch(key, () => tenContainers(ids));
  },
  expire: (key) => refreshTags([cacheTags.front(key)]),
};

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [name = '', key = '', ...rest] = line.trim().split(' ');
  const command = commands[name];
  if (!command) return console.log(JSON.stringify({ error: `unknown command ${name}` }));
  command(key, rest).then(
    () => console.log(JSON.stringify({ returnedAt: Date.now() })),
    (error: unknown) => console.log(JSON.stringify({ error: String(error) })),
  );
});
lines.on('close', () => void closeDb());
