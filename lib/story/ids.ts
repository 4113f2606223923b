// Block ids: "p-…" for paragraphs (the anchors readers link to), "b-…" for other blocks.

export type IdKind = 'p' | 'b';

/** p-1, p-2 … and b-1, b-2 … in order, stepping over ids already `reserved` by blocks kept whole. */
export function numberedIds(reserved: ReadonlySet<string> = new Set()): (kind: IdKind) => string {
  const counters = { p: 0, b: 0 };
  return (kind) => {
    let id;
    do id = `${kind}-${++counters[kind]}`;
    while (reserved.has(id));
    return id;
  };
}

/** An id no one chose before: for blocks made in the editor, and new blocks settled on save. */
export function randomId(kind: IdKind, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = `${kind}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}
