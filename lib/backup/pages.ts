/** Rows read at a time from the tables that grow with the archive, so none is ever held whole in memory. */
export const pageSize = 200;

/** Reads a table in id order, a page at a time (keyset paging: each page costs the same however deep). */
export async function eachPage<T extends { id: number }>(read: (after: number) => Promise<T[]>, visit: (rows: T[]) => Promise<void> | void) {
  for (let after = 0; ; ) {
    const rows = await read(after);
    if (rows.length === 0) return;
    await visit(rows);
    after = rows[rows.length - 1]!.id;
  }
}

/** Rows grouped by the id they belong to, each group in the order read. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
