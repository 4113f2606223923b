'use client';

import type { LibraryPicture } from '@/lib/media/library';

interface Props {
  /** Null until the first search has answered. */
  pictures: LibraryPicture[] | null;
  onSearch: (query: string) => void;
  onPick: (picture: LibraryPicture) => void;
}

/** The media library's pictures, searchable by their words, each a button that picks it. */
export function LibraryPictures({ pictures, onSearch, onPick }: Props) {
  return (
    <>
      <label className="grid gap-1 text-sm font-semibold">
        Search the library
        <input type="search" className="border border-rule px-2 py-1.5 font-normal" onChange={(event) => onSearch(event.currentTarget.value)} />
      </label>
      <ul className="grid max-h-72 grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3">
        {pictures?.map((picture) => (
          <li key={picture.src}>
            <button type="button" className="w-full border border-rule p-1 text-left text-xs hover:bg-wash" onClick={() => onPick(picture)}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a small preview inside the dashboard */}
              <img src={picture.src} alt="" loading="lazy" className="aspect-video w-full object-cover" />
              <span className="mt-1 block">{picture.alt}</span>
            </button>
          </li>
        ))}
        {pictures?.length === 0 ? <li className="text-sm text-muted">No picture matches.</li> : null}
      </ul>
    </>
  );
}
