import { sql, type Expression, type ExpressionBuilder, type ReferenceExpression, type SqlBool } from 'kysely';

// The newsroom's search boxes ("rina photog") find the rows that hold every word typed, each in
// any of the columns given, whatever its case, on SQLite and PostgreSQL alike. A word is matched
// as typed: "%" and "_" in it are characters to find, not wildcards.

/** The words a query is searched by: lowercased, at most `maxWords` (each one is a LIKE per column). */
export function searchWords(query: string, maxWords = 5): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, maxWords);
}

/** A LIKE pattern for text holding `word` literally, its wildcards escaped with "\". */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True where every word of `query` is in one of `columns` (null columns hold nothing); true for no words. */
export function hasEveryWord<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: ReferenceExpression<DB, TB>[],
  query: string,
  maxWords?: number,
): Expression<SqlBool> {
  return eb.and(
    searchWords(query, maxWords).map((word) =>
      eb.or(
        // SQLite has no default LIKE escape character (PostgreSQL's is "\") and Kysely has no
        // ESCAPE clause: this is the one place it is written.
        columns.map((column) => sql<SqlBool>`${eb.fn('lower', [column])} like ${containsPattern(word)} escape '\\'`),
      ),
    ),
  );
}
