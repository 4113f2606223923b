import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Timestamps are ISO 8601 strings in UTC ("2026-11-27T02:15:00.000Z") on both SQLite and
// PostgreSQL: they sort correctly as text and need no per-dialect conversion.
type Timestamp = string;

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  section: string;
  headline: string;
  dek: string;
  /** The story document as JSON (lib/story/schema.ts). */
  body: string;
  /** The story's plain text, kept beside it for search. */
  body_text: string;
  language: string;
  dateline_city: string;
  dateline_country: string;
  hero_src: string | null;
  hero_alt: string | null;
  hero_caption: string | null;
  hero_credit: string | null;
  hero_width: number | null;
  hero_height: number | null;
  /** Where the hero is cropped around, as fractions of its width and height (lib/media/focal.ts). */
  hero_focal_x: Generated<number>;
  hero_focal_y: Generated<number>;
  seo_title: string | null;
  seo_description: string | null;
  /** The newsroom's workflow (lib/newsroom/workflow.ts). */
  status: 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';
  published_at: Timestamp | null;
  /** The last meaningful update readers are told about ("Updated …"). */
  updated_at: Timestamp | null;
  scheduled_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  /** Any change at all, for optimistic locking and dateModified fallbacks. */
  modified_at: Timestamp;
  version: Generated<number>;
  /** Content-file name an article was imported from, so the import is idempotent. */
  source_key: string | null;
  created_by: number | null;
  modified_by: number | null;
  /** Live coverage (lib/live): running from the start until it ends; null when never live. */
  live_started_at: Timestamp | null;
  live_ended_at: Timestamp | null;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  type: 'person' | 'desk';
  bio: string | null;
  /** Free text: "Reporter", "Photographer", "Jakarta correspondent". */
  role: string | null;
  /** A `/media/…` path (lib/media/storage.ts), re-encoded and stripped like every upload. */
  photo_src: string | null;
}

export interface ArticleBylinesTable {
  article_id: number;
  position: number;
  author_id: number;
  organization: string | null;
  /** The article's published_at while it is published, kept by triggers (migration 020). */
  listed_at: Generated<string | null>;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
  /** The article's published_at while it is published, kept by triggers (migration 020). */
  listed_at: Generated<string | null>;
}

/** Published articles per listing ('section:<slug>', 'tag:<id>', 'author:<id>'), kept by triggers. */
export interface ListingCountsTable {
  listing: string;
  published: number;
}

/** The publication's months as UTC instants, filled for its time zone (lib/articles/queries/calendar.ts). */
export interface CalendarMonthsTable {
  starts_at: string;
  month: string;
  time_zone: string;
}

/** Published articles and the latest change per publication month, kept by triggers (migration 021). */
export interface SitemapMonthsTable {
  month: string;
  published: number;
  last_modified: string | null;
}

export interface CorrectionsTable {
  id: Generated<number>;
  article_id: number;
  kind: 'correction' | 'clarification';
  text: string;
  published_at: Timestamp;
}

export interface RedirectsTable {
  path: string;
  article_id: number;
}

export interface FeedbackTable {
  id: Generated<number>;
  article_id: number;
  message: string;
  paragraph_anchor: string | null;
  paragraph_quote: string | null;
  status: 'new' | 'read' | 'resolved' | 'spam';
  created_at: Timestamp;
  /** A keyed hash of the sender's address: enough to rate-limit, never the address itself. */
  client_hash: string;
  /** A keyed hash of the sender's reader cookie (lib/http/reader-identity.ts); null before 014. */
  reader_hash: string | null;
  idempotency_key: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  /** Lowest first (lib/accounts/roles.ts). */
  role: 'contributor' | 'editor' | 'admin';
  disabled: number;
  created_at: Timestamp;
}

export interface UserSessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  account_key: string;
  client_key: string;
  failed_at: Timestamp;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: Timestamp;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  /** The editable fields as JSON (see lib/articles/revisions.ts). */
  snapshot: string;
  /** Headline, summary and story text, as revisions are compared by (lib/newsroom/revision-changes.ts); null before migration 019. */
  text: string | null;
  saved_by: number | null;
  saved_at: Timestamp;
}

export interface LiveUpdatesTable {
  id: Generated<number>;
  article_id: number;
  status: 'draft' | 'published';
  headline: string | null;
  /** A story document (lib/story/schema.ts), as the article's body. */
  body: string;
  body_text: string;
  key_event: number;
  pinned: number;
  /** The time readers see; null for a draft. */
  posted_at: Timestamp | null;
  /** When a posted update last changed ("Updated HH:MM"). */
  edited_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  created_by: number | null;
  modified_at: Timestamp;
  version: Generated<number>;
}

export interface LiveUpdateBylinesTable {
  update_id: number;
  author_id: number;
  position: number;
}

export interface ArticleEventsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  detail: string;
  user_id: number | null;
  at: Timestamp;
}

export interface CacheTagExpirationsTable {
  tag: string;
  /** When the tag last expired, in milliseconds since 1970 (Date.now()). */
  expired_at: number;
  /** The order of writes on SQLite (lib/cache/sqlite-watch.ts); unused on PostgreSQL, which notifies. */
  seq: Generated<number>;
}

export interface ArticlePresenceTable {
  article_id: number;
  user_id: number;
  /** When this user's editor page last said it was open. */
  seen_at: Timestamp;
}

export interface MediaTable {
  id: Generated<number>;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** The focal point a use of the picture starts from (lib/media/focal.ts). */
  focal_x: Generated<number>;
  focal_y: Generated<number>;
  created_at: Timestamp;
  uploaded_by: number | null;
}

/** Pictures kept in the database on PostgreSQL (lib/media/storage-database.ts). */
export interface MediaBlobsTable {
  /** The file name, as in "/media/<name>". */
  name: string;
  body: Buffer;
  content_type: string;
  size: number;
  created_at: Timestamp;
}

/** A front's launched layout (lib/fronts): what readers see. No row: the automatic layout. */
export interface FrontsTable {
  /** 'home' or 'section:<slug>'. */
  key: string;
  /** The layout document as JSON (lib/fronts/schema.ts). */
  layout: string;
  /** How many times the front was launched. */
  version: number;
  launched_at: Timestamp;
  launched_by: number | null;
}

/** The layout editors are arranging, saved at every change. */
export interface FrontDraftsTable {
  key: string;
  layout: string;
  /** Grows with every save and never goes back, so a form read at an older version is refused. */
  version: number;
  updated_at: Timestamp;
  updated_by: number | null;
}

/** Every launch of a front, kept so an earlier layout can be restored. */
export interface FrontLaunchesTable {
  id: Generated<number>;
  front_key: string;
  layout: string;
  /** The front's version this launch made. */
  version: number;
  launched_at: Timestamp;
  launched_by: number | null;
  kind: 'launch' | 'scheduled' | 'restore';
  detail: Generated<string>;
}

/** A layout waiting for its time; every server process launches the due ones (lib/fronts/scheduler.ts). */
export interface FrontSchedulesTable {
  id: Generated<number>;
  front_key: string;
  layout: string;
  draft_version: number;
  launch_at: Timestamp;
  status: 'pending' | 'launched' | 'cancelled';
  created_at: Timestamp;
  created_by: number | null;
  done_at: Timestamp | null;
}

export interface FrontPresenceTable {
  front_key: string;
  user_id: number;
  seen_at: Timestamp;
}

export interface Database {
  media: MediaTable;
  media_blobs: MediaBlobsTable;
  article_presence: ArticlePresenceTable;
  cache_tag_expirations: CacheTagExpirationsTable;
  users: UsersTable;
  user_sessions: UserSessionsTable;
  sign_in_failures: SignInFailuresTable;
  setup_tokens: SetupTokensTable;
  article_revisions: ArticleRevisionsTable;
  article_events: ArticleEventsTable;
  live_updates: LiveUpdatesTable;
  live_update_bylines: LiveUpdateBylinesTable;
  feedback: FeedbackTable;
  articles: ArticlesTable;
  authors: AuthorsTable;
  article_bylines: ArticleBylinesTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  listing_counts: ListingCountsTable;
  calendar_months: CalendarMonthsTable;
  sitemap_months: SitemapMonthsTable;
  corrections: CorrectionsTable;
  fronts: FrontsTable;
  front_drafts: FrontDraftsTable;
  front_launches: FrontLaunchesTable;
  front_schedules: FrontSchedulesTable;
  front_presence: FrontPresenceTable;
  redirects: RedirectsTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;
