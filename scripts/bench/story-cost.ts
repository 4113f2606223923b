// CPU one contributor's story can cost the server, at the story limits: one save (the story's
// pure work in saveArticle / autosaveArticle: the form's story validated, the stored version
// read back, ids kept, the result validated again and stored with its text and a revision) and
// one look at the article's history (30 comparisons of consecutive revisions). Each shape is
// measured with unrelated versions (the worst case for matching), versions with every paragraph
// edited, and an ordinary one-paragraph edit; the last line is the worst figure of each.
// `node --import tsx scripts/bench/story-cost.ts` (no database, no server). Budget: < 1,000 ms each.
import { keepBlockIds } from '../../lib/story/keep-ids';
import { storyOfLongParagraphs, storyOfSmallBlocks } from '../../lib/story/largest-stories';
import { storySchema, storySize, type Story } from '../../lib/story/schema';
import { parseStoredStory, storyColumns } from '../../lib/story/stored';
import { revisionText, withChanges } from '../../lib/newsroom/revision-changes';
import { storyText } from '../../lib/story/text';

function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** The median of a few runs after one to warm up, as a server that has saved before would run. */
function measure(work: () => void): number {
  work();
  const runs = [cpuMs(work), cpuMs(work), cpuMs(work)].sort((a, b) => a - b);
  return Math.round(runs[1]!);
}

/** The story with one word changed in every paragraph (or only in the paragraph at `only`). */
function edited(story: Story, only?: number): Story {
  const copy = structuredClone(story);
  let at = 0;
  const edit = (content: { type: string; text?: string }[]) => {
    const node = content[0];
    if ((only === undefined || at === only) && node?.type === 'text' && node.text)
      node.text = `Edited ${node.text.slice(7)}`;
    at++;
  };
  for (const block of copy.blocks) {
    if (block.type === 'paragraph') edit(block.content);
    if (block.type === 'quote') block.paragraphs.forEach((p) => edit(p.content));
  }
  return copy;
}

/** What a save does to the story, past the database: see lib/newsroom/{schema,form-draft,store}.ts. */
function save(storedJson: string, formJson: string) {
  const written = storySchema.parse(JSON.parse(formJson));
  storyText(written);
  const story = keepBlockIds(parseStoredStory(storedJson), written);
  const columns = storyColumns(story);
  JSON.stringify({ headline: 'Headline', story });
  revisionText({ headline: 'Headline', story });
  if (!columns.body) throw new Error('nothing saved');
}

/** One view of the history: the 31 newest revisions' words, as saved with them, compared as the page does. */
function history(texts: string[]) {
  withChanges(texts.map((text, i) => ({ id: i, version: 31 - i, saved_at: '', name: null, text, snapshot: '' })));
}

const shapes = {
  smallBlocks: storyOfSmallBlocks,
  longParagraphs: storyOfLongParagraphs,
  shortWords: (seed: number) => storyOfLongParagraphs(seed, true),
};
const results: {
  shape: string;
  versions: string;
  saveCpuMs: number;
  historyCpuMs: number;
}[] = [];
for (const [shape, build] of Object.entries(shapes)) {
  const base = build(1);
  const variants: Record<string, (i: number) => Story> = {
    unrelated: (i) => build(i + 1),
    everyParagraphEdited: (i) => (i % 2 ? edited(base) : base),
    oneParagraphEdited: (i) => edited(base, i % 7),
  };
  for (const [versions, version] of Object.entries(variants)) {
    const revisions = Array.from({ length: 31 }, (_, i) => version(i));
    const texts = revisions.map((story) => revisionText({ headline: 'Headline', dek: 'Summary of the story.', story }));
    const [stored, written] = [JSON.stringify(revisions[1]), JSON.stringify(revisions[0])];
    results.push({
      shape,
      versions,
      saveCpuMs: measure(() => save(stored, written)),
      historyCpuMs: measure(() => history(texts)),
    });
    console.error(
      JSON.stringify({ ...results.at(-1), ...storySize(revisions[0]!), json: written.length }),
    );
  }
}
const worst = (key: 'saveCpuMs' | 'historyCpuMs') =>
  Math.max(...results.map((r) => r[key]));
console.log(
  JSON.stringify({
    saveCpuMs: worst('saveCpuMs'),
    historyCpuMs: worst('historyCpuMs'),
  }),
);
