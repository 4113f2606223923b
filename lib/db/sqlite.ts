import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';

// Several server processes may share one SQLite file (see server/cluster.ts). A transaction that
// starts as a reader and then writes cannot wait for another process's write to finish: SQLite
// answers "database is locked" at once instead of using the busy timeout. Starting every
// transaction with BEGIN IMMEDIATE takes the write lock up front, where the busy timeout applies.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
}

// Kysely prepares each statement anew; preparing costs more than running the small queries this
// app makes, so prepared statements are kept by their SQL text (queries are parameterised, so the
// set of texts is small; the cap only guards against unusual ones).
const maxCachedStatements = 500;

function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => void database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= maxCachedStatements) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

export function sqliteDialect(database: BetterSqlite3.Database): SqliteDialect {
  return new ImmediateSqliteDialect({ database: withStatementCache(database) });
}
