import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { findArticlesForCard, type CardCandidate } from '@/lib/newsroom/actions';
import { keptBlockNode } from '@/lib/story/editor-document';
import { parseEmbedUrl } from '@/lib/story/embeds';
import { randomId } from '@/lib/story/ids';
import type { StoryBlock } from '@/lib/story/schema';
import { BlockFormDialog, type BlockField, type Refusal } from './block-form-dialog';
import { InsertDialog } from './insert-dialog';
import { PicturePicker } from './picture-picker';

// Inserting the blocks that are more than text. Ids are provisional: the server settles them.

/** After the cursor, or after the block selected (a block just inserted stays selected). */
export function insertBlock(editor: Editor, block: StoryBlock) {
  editor.chain().focus().insertContentAt(editor.state.selection.to, { type: keptBlockNode, attrs: { block } }).run();
}

/** "Read also": search published articles by their words and pick one. */
function ReadAlsoPicker({ editor, onPicked }: { editor: Editor; onPicked: (card: CardCandidate) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [results, setResults] = useState<CardCandidate[] | null>(null);
  return (
    <InsertDialog opener="Read also…" title="Add a “Read also” card" returnFocus={() => editor.commands.focus()} ref={dialog}>
      <label className="mt-3 grid gap-1 text-sm font-semibold">
        Search published articles
        <input
          type="search"
          className="border border-rule px-2 py-1.5 font-normal"
          onChange={async (event) => setResults(await findArticlesForCard(event.currentTarget.value))}
        />
      </label>
      <ul className="mt-3 grid gap-1" aria-live="polite">
        {results?.length === 0 ? <li className="text-sm text-muted">No published article matches.</li> : null}
        {results?.map((card) => (
          <li key={card.id}>
            <button
              type="button"
              className="w-full border border-rule px-2 py-1.5 text-left hover:bg-wash"
              onClick={() => {
                insertBlock(editor, { type: 'readAlso', id: randomId('b'), articleId: card.id });
                onPicked(card);
                dialog.current?.close();
              }}
            >
              {card.headline}
            </button>
          </li>
        ))}
      </ul>
    </InsertDialog>
  );
}

const embedFields: BlockField[] = [
  { name: 'url', label: 'Address of the video or post', hint: 'A YouTube video, or a post on X, Instagram or TikTok', type: 'url', required: 'Paste the address of the video or post.' },
];

function embedBlock(value: (name: string) => string): StoryBlock | Refusal {
  const url = value('url').trim();
  const embed = parseEmbedUrl(url);
  if (!embed) return { refused: { field: 'url', message: 'That address is not a YouTube video or a post on X, Instagram or TikTok.' } };
  return { type: 'embed', id: randomId('b'), provider: embed.provider, url };
}

const pullQuoteFields: BlockField[] = [
  { name: 'text', label: 'Quote', multiline: true, required: 'Write the words to lift out of the story.' },
  { name: 'attribution', label: 'Who said it (optional)' },
];

function pullQuoteBlock(value: (name: string) => string): StoryBlock {
  const attribution = value('attribution').trim();
  return { type: 'pullQuote', id: randomId('b'), text: value('text').trim(), ...(attribution ? { attribution } : {}) };
}

const factBoxFields: BlockField[] = [
  { name: 'title', label: 'Title', defaultValue: 'Key facts', required: 'Give the fact box a title.' },
  { name: 'paragraphs', label: 'Facts, one per line', multiline: true, required: 'Write at least one fact.', counts: 'facts' },
];

function factBoxBlock(value: (name: string) => string): StoryBlock {
  const facts = value('paragraphs').split('\n').map((line) => line.trim()).filter(Boolean);
  return {
    type: 'factBox',
    id: randomId('b'),
    title: value('title').trim(),
    paragraphs: facts.map((text) => ({ type: 'paragraph', id: randomId('p'), content: [{ type: 'text', text }] })),
  };
}

export function InsertMenu({ editor, onCardPicked }: { editor: Editor; onCardPicked: (card: CardCandidate) => void }) {
  const insert = (block: StoryBlock) => insertBlock(editor, block);
  return (
    <div role="group" aria-label="Insert" className="flex flex-wrap items-center gap-1 border border-b-0 border-rule bg-wash p-1 text-sm">
      <span className="px-1 text-muted">Insert:</span>
      <PicturePicker editor={editor} onPicked={insert} />
      <ReadAlsoPicker editor={editor} onPicked={onCardPicked} />
      <BlockFormDialog opener="Video or post…" title="Add a video or post" editor={editor} fields={embedFields} toBlock={embedBlock} onInsert={insert} />
      <BlockFormDialog opener="Pull quote…" title="Add a pull quote" editor={editor} fields={pullQuoteFields} toBlock={pullQuoteBlock} onInsert={insert} />
      <BlockFormDialog opener="Fact box…" title="Add a fact box" editor={editor} fields={factBoxFields} toBlock={factBoxBlock} onInsert={insert} />
    </div>
  );
}
