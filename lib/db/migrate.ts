import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { getDb, getDialect } from './client';
import * as articles from './migrations/001-articles';
import * as feedback from './migrations/002-feedback';
import * as newsroom from './migrations/003-newsroom';
import * as cacheInvalidations from './migrations/004-cache-invalidations';
import * as cacheTagExpirations from './migrations/005-cache-tag-expirations';
import * as readableSlugs from './migrations/006-readable-slugs';
import * as feedbackClientIndex from './migrations/007-feedback-client-index';
import * as storyDocuments from './migrations/008-story-documents';
import * as articlePresence from './migrations/009-article-presence';
import * as mediaLibrary from './migrations/010-media-library';
import * as authorProfiles from './migrations/011-author-profiles';
import * as focalPoints from './migrations/012-focal-points';
import * as cacheTagOrder from './migrations/013-cache-tag-order';
import * as feedbackReader from './migrations/014-feedback-reader';
import * as mediaBlobs from './migrations/015-media-blobs';
import * as liveCoverage from './migrations/016-live-coverage';
import * as archiveIndexes from './migrations/017-archive-indexes';
import * as fronts from './migrations/018-fronts';
import * as revisionText from './migrations/019-revision-text';
import * as listingCounts from './migrations/020-listing-counts';
import * as sitemapMonths from './migrations/021-sitemap-months';
import * as searchPrefixes from './migrations/022-search-prefixes';

// Versioned migrations, in order. Each receives the dialect so the few statements that
// differ (ids, full-text search) are written side by side.
const migrations = {
  '001-articles': articles,
  '002-feedback': feedback,
  '003-newsroom': newsroom,
  '004-cache-invalidations': cacheInvalidations,
  '005-cache-tag-expirations': cacheTagExpirations,
  '006-readable-slugs': readableSlugs,
  '007-feedback-client-index': feedbackClientIndex,
  '008-story-documents': storyDocuments,
  '009-article-presence': articlePresence,
  '010-media-library': mediaLibrary,
  '011-author-profiles': authorProfiles,
  '012-focal-points': focalPoints,
  '013-cache-tag-order': cacheTagOrder,
  '014-feedback-reader': feedbackReader,
  '015-media-blobs': mediaBlobs,
  '016-live-coverage': liveCoverage,
  '017-archive-indexes': archiveIndexes,
  '018-fronts': fronts,
  '019-revision-text': revisionText,
  '020-listing-counts': listingCounts,
  '021-sitemap-months': sitemapMonths,
  '022-search-prefixes': searchPrefixes,
};

class InCodeMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const dialect = getDialect();
    return Object.fromEntries(
      Object.entries(migrations).map(([name, m]) => [name, { up: (db) => m.up(db, dialect) }]),
    );
  }
}

export async function migrateToLatest(): Promise<string[]> {
  const migrator = new Migrator({ db: getDb(), provider: new InCodeMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrates up to and including `name`: for tests of a migration against data written before it. */
export async function migrateUpTo(name: keyof typeof migrations): Promise<void> {
  const migrator = new Migrator({ db: getDb(), provider: new InCodeMigrations() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
