import type { Editor } from '@tiptap/react';
import { useId, useRef, useState } from 'react';
import { findArticlesForCard, type CardCandidate } from '@/lib/story/actions';
import { keptBlockNode } from '@/lib/story/editor-document';
import { parseEmbedUrl } from '@/lib/story/embeds';
import { randomId } from '@/lib/story/ids';
import type { StoryBlock } from '@/lib/story/schema';
import { PicturePicker } from './picture-picker';

// Inserting the blocks that are more than text. Ids are provisional: the server settles them.

/** After the cursor, or after the block selected (a block just inserted stays selected). */
function insertBlock(editor: Editor, block: StoryBlock) {
  editor.chain().focus().insertContentAt(editor.state.selection.to, { type: keptBlockNode, attrs: { block } }).run();
}

function insertEmbed(editor: Editor) {
  const url = window.prompt('Address of the YouTube video, or the post on X, Instagram or TikTok:');
  if (!url) return;
  const embed = parseEmbedUrl(url);
  if (!embed) return window.alert('That address is not a YouTube video or a post on X, Instagram or TikTok.');
  insertBlock(editor, { type: 'embed', id: randomId('b'), provider: embed.provider, url: url.trim() });
}

function insertPullQuote(editor: Editor) {
  const text = window.prompt('The words to lift out of the story:')?.trim();
  if (!text) return;
  const attribution = window.prompt('Who said it? (optional)')?.trim();
  insertBlock(editor, { type: 'pullQuote', id: randomId('b'), text: text.slice(0, 400), ...(attribution ? { attribution: attribution.slice(0, 120) } : {}) });
}

function insertFactBox(editor: Editor) {
  const title = window.prompt('Fact box title:', 'Key facts')?.trim();
  if (!title) return;
  const facts = window.prompt('The facts, separated by " | ":')?.split('|').map((f) => f.trim()).filter(Boolean) ?? [];
  if (facts.length === 0) return;
  insertBlock(editor, {
    type: 'factBox',
    id: randomId('b'),
    title: title.slice(0, 120),
    paragraphs: facts.slice(0, 20).map((text) => ({ type: 'paragraph', id: randomId('p'), content: [{ type: 'text', text }] })),
  });
}

/** "Read also": search published articles by their words and pick one. */
function ReadAlsoPicker({ editor, onPicked }: { editor: Editor; onPicked: (card: CardCandidate) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [results, setResults] = useState<CardCandidate[] | null>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="min-h-9 border border-transparent px-2 text-sm hover:border-rule">
        Read also…
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-lg border border-ink p-4 backdrop:bg-ink/40">
        <h2 id={titleId} className="font-serif text-xl font-bold">
          Add a “Read also” card
        </h2>
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
        <button type="button" onClick={() => dialog.current?.close()} className="mt-4 underline">
          Cancel
        </button>
      </dialog>
    </>
  );
}

export function InsertMenu({ editor, onCardPicked }: { editor: Editor; onCardPicked: (card: CardCandidate) => void }) {
  const item = 'min-h-9 border border-transparent px-2 text-sm hover:border-rule';
  return (
    <div role="group" aria-label="Insert" className="flex flex-wrap items-center gap-1 border border-b-0 border-rule bg-wash p-1 text-sm">
      <span className="px-1 text-muted">Insert:</span>
      <PicturePicker onPicked={(block) => insertBlock(editor, block)} />
      <ReadAlsoPicker editor={editor} onPicked={onCardPicked} />
      <button type="button" className={item} onClick={() => insertEmbed(editor)}>
        Video or post…
      </button>
      <button type="button" className={item} onClick={() => insertPullQuote(editor)}>
        Pull quote…
      </button>
      <button type="button" className={item} onClick={() => insertFactBox(editor)}>
        Fact box…
      </button>
    </div>
  );
}
