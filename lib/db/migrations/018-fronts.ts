import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

// Fronts (lib/fronts): the home page and each section page arranged by editors. A front's layout is
// a JSON document of containers and slots; what readers see, the draft being arranged, every launch
// kept for restoring, and layouts waiting for their time.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';

  // The launched layout of each front ('home', 'section:<slug>'); no row: the automatic layout.
  await db.schema
    .createTable('fronts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('launched_at', 'text', (c) => c.notNull())
    .addColumn('launched_by', 'integer')
    .execute();

  // The layout being arranged. Its version grows with every save and never goes back, so a form
  // read at an older version is refused, before or after a launch.
  await db.schema
    .createTable('front_drafts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .execute();

  await db.schema
    .createTable('front_launches')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('front_key', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('launched_at', 'text', (c) => c.notNull())
    .addColumn('launched_by', 'integer')
    // 'launch', 'scheduled' or 'restore'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('front_launches_front')
    .on('front_launches')
    .columns(['front_key', 'version'])
    .execute();

  await db.schema
    .createTable('front_schedules')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('front_key', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    // The draft's version it was taken from, to say which draft it was.
    .addColumn('draft_version', 'integer', (c) => c.notNull())
    .addColumn('launch_at', 'text', (c) => c.notNull())
    // 'pending', 'launched' or 'cancelled'.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('done_at', 'text')
    .execute();
  await db.schema
    .createIndex('front_schedules_due')
    .on('front_schedules')
    .columns(['status', 'launch_at'])
    .execute();

  await db.schema
    .createTable('front_presence')
    .addColumn('front_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('front_presence_pk', ['front_key', 'user_id'])
    .execute();

  // A "live now" container asks for running coverage, newest first: only those rows are indexed.
  await db.schema
    .createIndex('articles_live_now')
    .on('articles')
    .column('live_started_at')
    .where(sql.ref('live_ended_at'), 'is', null)
    .execute();
}
