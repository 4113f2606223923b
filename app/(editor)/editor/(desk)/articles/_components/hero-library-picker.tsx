'use client';

import { useRef, useState } from 'react';
import type { LibraryPicture } from '@/lib/media/library';
import { findLibraryImages } from '@/lib/media/library-actions';
import { LibraryPictures } from './library-pictures';
import { InsertDialog } from './story-editor/insert-dialog';

/** "Pick from the library…": a picture already uploaded becomes the hero, with its words and focal point. */
export function HeroLibraryPicker({ onPick }: { onPick: (picture: LibraryPicture) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pictures, setPictures] = useState<LibraryPicture[] | null>(null);
  const search = async (query: string) => setPictures(await findLibraryImages(query));
  return (
    <InsertDialog
      opener="Pick from the library…"
      title="Pick the hero from the library"
      ref={dialog}
      wide
      openerClassName="justify-self-start border border-ink px-3 py-1.5 text-sm hover:bg-wash"
      onOpen={() => void search('')}
    >
      <div className="mt-3 grid gap-2">
        <LibraryPictures
          pictures={pictures}
          onSearch={(query) => void search(query)}
          onPick={(picture) => {
            onPick(picture);
            dialog.current?.close();
          }}
        />
      </div>
    </InsertDialog>
  );
}
