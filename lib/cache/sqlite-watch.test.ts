import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ExpiryLedger } from './expiry-ledger';
import { lookEveryMs, watchSqliteExpiries } from './sqlite-watch';

// Two connections to one SQLite file, as two server processes have: one writes an expiry, the
// other's watch must hear it within its look interval, and a burst of hits must share looks.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-watch-'));
const file = path.join(dir, 'watch.sqlite');
const writer = new Database(file);
writer.pragma('journal_mode = WAL');
writer.exec(`create table cache_tag_expirations (
  tag text primary key, expired_at integer not null, seq integer not null default 0)`);

/** The watching process's connection, counting how often the watch looks at data_version. */
function watchingConnection() {
  const database = new Database(file);
  let looks = 0;
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    const statement = prepare(source);
    if (!/data_version/.test(source)) return statement;
    const pluck = statement.pluck.bind(statement);
    statement.pluck = (() => {
      const plucked = pluck();
      const get = plucked.get.bind(plucked);
      plucked.get = ((...args: []) => {
        looks++;
        return get(...args);
      }) as typeof plucked.get;
      return plucked;
    }) as typeof statement.pluck;
    return statement;
  }) as typeof database.prepare;
  return { database, looks: () => looks };
}

let seq = 0;
const expireElsewhere = (tag: string) =>
  writer
    .prepare('insert into cache_tag_expirations (tag, expired_at, seq) values (?, ?, ?)')
    .run(tag, Date.now(), ++seq);

afterAll(() => {
  writer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite watch', () => {
  it('hears another connection’s expiry within one look interval', async () => {
    const ledger = new ExpiryLedger();
    const { database } = watchingConnection();
    const watch = watchSqliteExpiries(database, ledger);
    const stamp = ledger.stamp();
    expireElsewhere('article:elsewhere');
    await new Promise((resolve) => setTimeout(resolve, lookEveryMs + 1));
    expect(watch.catchUp()).toBe(true);
    expect(ledger.isFresh(['article:elsewhere'], stamp)).toBe(false);
    expect(ledger.isFresh(['article:untouched'], stamp)).toBe(true);
    watch.close();
  });

  it('shares one look among the hits of the same interval', () => {
    const { database, looks } = watchingConnection();
    const watch = watchSqliteExpiries(database, new ExpiryLedger());
    const before = looks();
    const started = performance.now();
    for (let i = 0; i < 500; i++) watch.catchUp();
    const elapsed = performance.now() - started;
    const taken = looks() - before;
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThanOrEqual(Math.floor(elapsed / lookEveryMs) + 1);
    watch.close();
  });
});
