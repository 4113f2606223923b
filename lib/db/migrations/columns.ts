import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../client';

/** An auto-numbered primary key: `serial` on PostgreSQL, SQLite's rowid alias otherwise. */
export function primaryId(dialect: Dialect) {
  return (c: ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();
}
