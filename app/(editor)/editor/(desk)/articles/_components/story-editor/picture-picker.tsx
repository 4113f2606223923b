import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { findLibraryImages, uploadStoryImage } from '@/lib/media/library-actions';
import type { LibraryPicture } from '@/lib/media/library';
import { maxUploadBytes } from '@/lib/media/upload-limits';
import { imageBlock, type ImageBlock } from '@/lib/story/image-block';
import { LibraryPictures } from '../library-pictures';
import { InsertDialog } from './insert-dialog';

const field = 'grid gap-1 text-sm font-semibold';
const input = 'border border-rule px-2 py-1.5 font-normal';

/** "Picture…": upload one (alt text required, caption and credit) or pick one from the library. */
export function PicturePicker({ editor, onPicked }: { editor: Editor; onPicked: (block: ImageBlock) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [library, setLibrary] = useState<LibraryPicture[] | null>(null);
  const pick = (block: ImageBlock) => {
    onPicked(block);
    dialog.current?.close();
  };
  const search = async (query: string) => setLibrary(await findLibraryImages(query));

  return (
    <InsertDialog
      opener="Picture…"
      title="Add a picture"
      returnFocus={() => editor.commands.focus()}
      ref={dialog}
      wide
      onOpen={() => {
        setMessage(null);
        void search('');
      }}
    >
      {/* Two ways in, each with its own button: fieldsets, not one form with one submit. */}
      <fieldset className="mt-3 grid gap-2 border border-rule p-3">
        <legend className="px-1 font-semibold">Upload a new one</legend>
        <label className={field}>
          Picture (JPEG, PNG or WebP, up to 10 MB)
          <input type="file" data-field="story-image" accept="image/jpeg,image/png,image/webp" className="font-normal" />
        </label>
        <label className={field}>
          Alt text (what the picture shows, for readers who cannot see it)
          <input data-field="story-image-alt" maxLength={300} className={input} />
        </label>
        <label className={field}>
          Caption
          <input data-field="story-image-caption" maxLength={500} className={input} />
        </label>
        <label className={field}>
          Credit
          <input data-field="story-image-credit" maxLength={120} className={input} />
        </label>
        <button
          type="button"
          disabled={busy}
          className="justify-self-start bg-ink px-3 py-1.5 text-paper disabled:opacity-60"
          onClick={async (event) => {
            const box = event.currentTarget.closest('fieldset')!;
            const value = (name: string) => box.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
            const file = value('story-image').files?.[0];
            if (!file) return setMessage('Choose a picture to upload.');
            if (file.size > maxUploadBytes) return setMessage(`${file.name} is larger than 10 MB. Export a smaller copy and upload that.`);
            if (!value('story-image-alt').value.trim()) return setMessage('Describe the picture for readers who cannot see it (alt text).');
            const data = new FormData();
            data.set('file', file);
            data.set('alt', value('story-image-alt').value);
            data.set('caption', value('story-image-caption').value);
            data.set('credit', value('story-image-credit').value);
            setBusy(true);
            setMessage('Uploading…');
            const result = await uploadStoryImage(data).finally(() => setBusy(false));
            if (!result.ok) return setMessage(result.message);
            setMessage(null);
            pick(imageBlock(result.image));
          }}
        >
          Upload and insert
        </button>
        <p aria-live="polite" className="text-sm font-semibold text-accent-dark">
          {message}
        </p>
      </fieldset>
      <fieldset className="mt-3 grid gap-2 border border-rule p-3">
        <legend className="px-1 font-semibold">Or pick one from the library</legend>
        <LibraryPictures pictures={library} onSearch={(query) => void search(query)} onPick={(picture) => pick(imageBlock(picture))} />
      </fieldset>
    </InsertDialog>
  );
}
