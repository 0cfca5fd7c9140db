import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
// Relative, not '@/': drizzle-kit loads this file on its own.
import { articleNoteKinds } from '../lib/article-notes';
import { articleCommentKinds, notificationKinds } from '../lib/collaboration';
import { articleStatuses, userRoles } from '../lib/permissions';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** URL slug of the author page, /author/{slug}. */
    slug: text('slug').notNull(),
    role: text('role', { enum: userRoles }).notNull(),
    bio: text('bio').notNull().default(''),
    /** argon2id hash; null means the account cannot sign in until a password is set. */
    passwordHash: text('password_hash'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    /** Bumped to revoke every session of the user at once. */
    sessionVersion: integer('session_version').notNull().default(1),
    /** TOTP secret for two-factor sign-in, encrypted (lib/totp.ts); null when not enrolled. */
    totpSecret: text('totp_secret'),
    /** A secret shown for enrolment and not yet confirmed with a code. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last TOTP time step accepted, so a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('users_email_unique').on(table.email), uniqueIndex('users_slug_unique').on(table.slug)],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Display order in navigation and on the home page. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('categories_slug_unique').on(table.slug), index('categories_position_idx').on(table.position)],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (table) => [uniqueIndex('tags_slug_unique').on(table.slug)],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Unique across the site, so an article keeps its identity when it moves between sections. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Sanitized HTML; sanitized on every write, never trusted from input. */
    body: text('body').notNull().default(''),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    /** When the article becomes (or became) public. Scheduled articles go live at this time without a job runner. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    featuredImageUrl: text('featured_image_url'),
    featuredImageAlt: text('featured_image_alt').notNull().default(''),
    /** Optimistic-locking counter: a save from a stale copy is refused. */
    version: integer('version').notNull().default(1),
    /** The last save an editor marked a significant update: with the notes, the only source of the reader's "Updated" time. */
    significantUpdateAt: integer('significant_update_at', { mode: 'timestamp_ms' }),
    /** When it went into the trash (status 'trashed'); purged TRASH_DAYS later (newsroom/articles.ts). */
    trashedAt: integer('trashed_at', { mode: 'timestamp_ms' }),
    trashedBy: integer('trashed_by').references(() => users.id),
    /** The status a restore from the trash gives back. */
    statusBeforeTrash: text('status_before_trash', { enum: articleStatuses }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('articles_slug_unique').on(table.slug),
    // Listing indexes: every reader listing orders by (published_at, id) newest first. Status comes last:
    // visibility allows two statuses, and an IN on a leading column makes SQLite sort every visible row.
    // tests/integration/query-plans.test.ts checks the plans.
    index('articles_listing_idx').on(table.publishedAt, table.id, table.status),
    index('articles_category_listing_idx').on(table.categoryId, table.publishedAt, table.id, table.status),
    index('articles_author_listing_idx').on(table.authorId, table.publishedAt, table.id, table.status),
    index('articles_updated_idx').on(table.updatedAt),
    // Sitemaps walk the archive in id ranges; covering, because the row's columns after `body` would
    // otherwise be read from overflow pages for every article. Not led by status: an index that starts
    // with status makes SQLite pick it for listings and sort every public story (query-plans test).
    index('articles_sitemap_idx').on(table.id, table.status, table.publishedAt, table.updatedAt, table.categoryId, table.slug),
    // The trash page and the purge of stories trashed too long ago.
    index('articles_trashed_idx').on(table.trashedAt),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /** The article's publish time, copied by database triggers (migration 0023) so a tag page walks its index in order. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.tagId] }),
    // Tag pages and their deep pages: the tag's stories newest first, a page at a time at any depth.
    index('article_tags_listing_idx').on(table.tagId, table.publishedAt, table.articleId),
  ],
);

/**
 * A byline: who a story is credited to, apart from who may edit it (articles.author_id). A staff account
 * owns at most one profile; a guest contributor is a profile with no account. /author/{slug} is its page.
 */
export const bylineProfiles = sqliteTable(
  'byline_profiles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Role or beat, e.g. "Economics correspondent". */
    title: text('title').notNull().default(''),
    bio: text('bio').notNull().default(''),
    /** An uploaded image (media.id); the profile keeps its byline if the image is deleted. */
    photoMediaId: integer('photo_media_id').references(() => media.id, { onDelete: 'set null' }),
    websiteUrl: text('website_url').notNull().default(''),
    publicEmail: text('public_email').notNull().default(''),
    /** Social profile addresses, JSON array of https URLs. */
    socialLinks: text('social_links').notNull().default('[]'),
    /** The staff account that owns it; null for a guest contributor. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('byline_profiles_slug_unique').on(table.slug),
    uniqueIndex('byline_profiles_user_unique').on(table.userId),
    index('byline_profiles_name_idx').on(table.name),
    // The library finds the bylines a picture is the photo of, and deleting a picture clears them.
    index('byline_profiles_photo_idx').on(table.photoMediaId),
  ],
);

/** An article's bylines, in order (position 0 first). */
export const articleBylines = sqliteTable(
  'article_bylines',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    profileId: integer('profile_id')
      .notNull()
      .references(() => bylineProfiles.id),
    position: integer('position').notNull(),
    /** The article's publish time, copied by database triggers (migration 0023) so an author page walks its index in order. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.profileId] }),
    // Author pages and their feeds (the profile's stories newest first, a page at a time at any depth),
    // whether a profile has a public story, and the editor's filter by byline.
    index('article_bylines_listing_idx').on(table.profileId, table.publishedAt, table.articleId),
  ],
);

/** Every slug an article has had; old ones answer with a permanent redirect to the current URL. */
export const articleSlugHistory = sqliteTable(
  'article_slug_history',
  {
    slug: text('slug').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [index('article_slug_history_article_idx').on(table.articleId)],
);

/** Old section slugs, so renaming a section never breaks a link. */
export const categorySlugHistory = sqliteTable('category_slug_history', {
  slug: text('slug').primaryKey(),
  categoryId: integer('category_id')
    .notNull()
    .references(() => categories.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const tagSlugHistory = sqliteTable('tag_slug_history', {
  slug: text('slug').primaryKey(),
  tagId: integer('tag_id')
    .notNull()
    .references(() => tags.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/** One row per save: who saved what, when. Restoring a revision is itself a new save. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article version this revision produced. */
    version: integer('version').notNull(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: articleStatuses }).notNull(),
    categoryId: integer('category_id').notNull(),
    /** Tag names at the time of the save, JSON array. */
    tagNames: text('tag_names').notNull().default('[]'),
    /** Byline profile ids at the time of the save, in order, JSON array. */
    bylineProfileIds: text('byline_profile_ids').notNull().default('[]'),
    savedBy: integer('saved_by')
      .notNull()
      .references(() => users.id),
    /**
     * Set on a revision kept by autosaves: when the first of them was made. The same person's later autosaves
     * rewrite it for a few minutes (newsroom/article-versions.ts), so typing leaves no revision per keystroke.
     */
    autosavedSince: integer('autosaved_since', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (table) => [index('revisions_article_idx').on(table.articleId, table.id)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null for anonymous events such as a failed sign-in for an unknown email. */
    actorId: integer('actor_id').references(() => users.id),
    /** Email as typed or known at the time, kept even if the account is renamed. */
    actorEmail: text('actor_email').notNull().default(''),
    action: text('action').notNull(),
    targetType: text('target_type').notNull().default(''),
    targetId: integer('target_id'),
    /** Human-readable summary: what changed. */
    summary: text('summary').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [index('audit_log_created_idx').on(table.createdAt), index('audit_log_actor_idx').on(table.actorId, table.createdAt)],
);

/** Uploaded images live in the database so every instance can serve every image. */
export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Random public key used in URLs, so ids cannot be enumerated. */
    key: text('key').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** An animated GIF or WebP: its display variant keeps the frames, its resized variants are the first frame. */
    animated: integer('animated', { mode: 'boolean' }).notNull().default(false),
    /** Which set of variants this row has (lib/image-variants.ts VARIANTS_VERSION); 0 for uploads from before variants. */
    variantsVersion: integer('variants_version').notNull().default(0),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    /** What the picture shows, for readers who cannot see it; a story's own alt text wins where it has one. */
    altText: text('alt_text').notNull().default(''),
    /** Shown under the picture wherever it is used in a figure. */
    caption: text('caption').notNull().default(''),
    /** The photographer or agency, shown beside the caption. */
    credit: text('credit').notNull().default(''),
    /** The file's description in the library (its original name until an editor changes it); searched. */
    description: text('description').notNull().default(''),
    /** The point to keep when the picture is cropped to a card's or social image's shape, 0–1 from the left and top. */
    focalX: real('focal_x').notNull().default(0.5),
    focalY: real('focal_y').notNull().default(0.5),
    /** Where an imported picture was copied from, so a re-run of the import finds it instead of copying it again. */
    sourceUrl: text('source_url'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('media_key_unique').on(table.key),
    // The library lists newest first, for everyone or one uploader, with keyset pagination.
    index('media_library_idx').on(table.createdAt, table.id),
    index('media_uploader_idx').on(table.uploadedBy, table.createdAt, table.id),
    index('media_source_idx').on(table.sourceUrl),
  ],
);

/**
 * The original upload, kept as the newsroom sent it, in a table of its own: never served, read only to make
 * variants again (a new focal point, a new set of variants). Apart from `media`, so reading a picture's
 * details never walks the megabytes of its original's overflow pages.
 */
export const mediaOriginals = sqliteTable('media_originals', {
  mediaId: integer('media_id')
    .primaryKey()
    .references(() => media.id, { onDelete: 'cascade' }),
  data: blob('data', { mode: 'buffer' }).notNull(),
});

/** What a variant is: the display image, a resized copy, or a crop to one of the shapes in lib/image-crops.ts. */
export const mediaVariantKinds = ['display', 'resized', 'card', 'social'] as const;

/**
 * Images made from an upload when it arrives (decoded once, oriented, metadata stripped), so reading an
 * image never decodes anything: the display image at /media/{key}, resized WebP copies at
 * /media/{key}/{width}.webp and crops at the focal point at /media/{key}/{shape}-x{x}-y{y}-w{width}.{ext}.
 */
export const mediaVariants = sqliteTable(
  'media_variants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** `display`: the upload's own format, longest edge capped; `resized`: a WebP of one of the standard widths; `card`, `social`: crops. */
    kind: text('kind', { enum: mediaVariantKinds }).notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (table) => [uniqueIndex('media_variants_unique').on(table.mediaId, table.kind, table.mimeType, table.width)],
);

/** Where a story uses a picture. */
export const articleMediaPlaces = ['featured', 'body'] as const;

/**
 * Which library pictures each article uses, as its featured image or in its body: written with every
 * article version (newsroom/article-versions.ts), so the library shows where a picture is used and
 * refuses to delete one in use without reading every story.
 */
export const articleMedia = sqliteTable(
  'article_media',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    place: text('place', { enum: articleMediaPlaces }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.mediaId, table.place] }),
    index('article_media_media_idx').on(table.mediaId, table.articleId),
  ],
);

/**
 * Each article's related stories, computed when it or a neighbour is published or changed, so an article
 * page reads its list with one indexed query. `reason` is a short JSON explanation for staff.
 */
export const relatedArticles = sqliteTable(
  'related_articles',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    score: real('score').notNull(),
    reason: text('reason').notNull().default('{}'),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.relatedId] }),
    index('related_articles_rank_idx').on(table.articleId, table.rank),
    index('related_articles_related_idx').on(table.relatedId),
  ],
);

/**
 * Each indexed article's weighted term counts (lib/related-terms.ts), written with its search index entry,
 * so ranking related stories reads 150 candidates' counts instead of tokenizing 150 texts. `terms` is
 * "term count" pairs, space-separated.
 */
export const articleTerms = sqliteTable('article_terms', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  terms: text('terms').notNull(),
});

/**
 * `npm run related:rebuild` runs: lists are recomputed in article id order, and each batch's transaction
 * moves `last_article_id`, so a run that was stopped continues after it.
 */
export const relatedRebuildRuns = sqliteTable('related_rebuild_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: integer('started_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  lastArticleId: integer('last_article_id').notNull().default(0),
  done: integer('done').notNull().default(0),
  finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
});

/**
 * Articles whose change reached related lists outside `related:rebuild` (a publish, an update, an unpublish,
 * a trash, a pin), each with the number of its latest change, counting up: a rebuild batch ranked before a
 * change ranks the lists the change touched again before it writes. One row an article, kept after a purge.
 */
export const relatedChanges = sqliteTable(
  'related_changes',
  {
    articleId: integer('article_id').primaryKey(),
    sequence: integer('sequence').notNull(),
  },
  (table) => [index('related_changes_sequence_idx').on(table.sequence)],
);

/** Related stories an editor chose by hand; they come first. */
export const relatedPins = sqliteTable(
  'related_pins',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.relatedId] })],
);

/**
 * Old addresses of imported content (a WordPress site's permalinks, normalised by db/legacy-urls.ts),
 * answered with a 301 to the current page. Exactly one target is set.
 */
export const legacyUrls = sqliteTable(
  'legacy_urls',
  {
    path: text('path').primaryKey(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [
    index('legacy_urls_article_idx').on(table.articleId),
    check(
      'legacy_urls_one_target',
      sql`(${table.articleId} is not null) + (${table.categoryId} is not null) + (${table.tagId} is not null) + (${table.userId} is not null) = 1`,
    ),
  ],
);

/** Articles imported from WordPress, by site and post id, so a re-run updates instead of duplicating. */
export const wordpressPosts = sqliteTable(
  'wordpress_posts',
  {
    /** The export's base site URL, e.g. `https://news.example/`. */
    site: text('site').notNull(),
    postId: integer('post_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Hash of the post as last imported: an unchanged post is left alone, keeping edits made here. */
    sourceHash: text('source_hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.site, table.postId] }), uniqueIndex('wordpress_posts_article_unique').on(table.articleId)],
);

/**
 * Failed sign-ins per account (the email as typed, known or not) and per client address, shared by
 * every instance. A key over its limit is locked until `locked_until`; failures are forgotten a day
 * after the last one, and an account's on a successful sign-in.
 */
export const signInThrottle = sqliteTable(
  'sign_in_throttle',
  {
    /** `account:<email>` or `address:<ip>`. */
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  },
  (table) => [index('sign_in_throttle_last_failure_idx').on(table.lastFailureAt)],
);

/**
 * One row per signed-in browser: the session cookie carries the random id, and a session works only while
 * its row is live (not ended, seen within the idle limit, younger than the absolute limit) and holds the
 * account's current session version. Signing out ends the row, so a copied cookie stops working too.
 */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    /** Random, 256 bits, base64url. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The account's session version when it began (or after its own password change): a bump ends it. */
    sessionVersion: integer('session_version').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Refreshed at most every few minutes, not on every request. */
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    clientAddress: text('client_address'),
    userAgent: text('user_agent').notNull().default(''),
  },
  (table) => [index('staff_sessions_user_idx').on(table.userId, table.endedAt)],
);

/** Small key/value site settings (for example, whether first-run setup has completed). */
export const siteSettings = sqliteTable('site_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

/** Notes an editor adds to a published story: corrections, clarifications, updates, editor's notes. Never edited, only added. */
export const articleNotes = sqliteTable(
  'article_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: articleNoteKinds }).notNull(),
    /** Plain text (lib/text cleanText); paragraphs separated by blank lines. */
    body: text('body').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('article_notes_article_idx').on(table.articleId, table.createdAt),
    // The /corrections listing walks corrections and clarifications newest first.
    index('article_notes_listing_idx').on(table.createdAt, table.id, table.kind),
  ],
);

export const pageStatuses = ['draft', 'published'] as const;
export type PageStatus = (typeof pageStatuses)[number];

/** Static pages (About, Staff, Contact, policies) at a first-level address, /{slug}. */
export const pages = sqliteTable(
  'pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Unique among pages, and never a section slug or a reserved path (newsroom/pages.ts, newsroom/taxonomy.ts). */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** Sanitized HTML, like an article body. */
    body: text('body').notNull().default(''),
    status: text('status', { enum: pageStatuses }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('pages_slug_unique').on(table.slug)],
);

/** One row per save of a page. */
export const pageRevisions = sqliteTable(
  'page_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pageId: integer('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: pageStatuses }).notNull(),
    savedBy: integer('saved_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [index('page_revisions_page_idx').on(table.pageId, table.id)],
);

export const menuNames = ['header', 'footer'] as const;
export type MenuName = (typeof menuNames)[number];
export const menuItemKinds = ['section', 'page', 'feed', 'url'] as const;
export type MenuItemKind = (typeof menuItemKinds)[number];

/**
 * The reader navigation an editor arranges: the header's links and the footer's columns. A section or
 * page link follows renames (it holds the id); a deleted one drops out of the menu with its row.
 */
export const menuItems = sqliteTable(
  'menu_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    menu: text('menu', { enum: menuNames }).notNull(),
    /** The footer column's heading; empty in the header. */
    columnLabel: text('column_label').notNull().default(''),
    position: integer('position').notNull().default(0),
    kind: text('kind', { enum: menuItemKinds }).notNull(),
    sectionId: integer('section_id').references(() => categories.id, { onDelete: 'cascade' }),
    pageId: integer('page_id').references(() => pages.id, { onDelete: 'cascade' }),
    /** A feed's or an outside link's address (kind feed or url). */
    url: text('url').notNull().default(''),
    /** Shown text; empty means the section's or page's own name. */
    label: text('label').notNull().default(''),
  },
  (table) => [index('menu_items_menu_idx').on(table.menu, table.position, table.id)],
);

export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type BylineProfile = typeof bylineProfiles.$inferSelect;

/**
 * Page-cache invalidations, shared by every instance: each row is one revalidation (the cache tags a
 * publish or edit made stale). Instances poll it and expire the same pages in their own cache.
 */
export const cacheInvalidations = sqliteTable(
  'cache_invalidations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** JSON array of Next.js cache tags. */
    tags: text('tags').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('cache_invalidations_created_idx').on(table.createdAt)],
);

/** Where a front-page slot stands: the one lead, or one of the top stories under it. */
export const frontPageSlotKinds = ['lead', 'top'] as const;
export type FrontPageSlotKind = (typeof frontPageSlotKinds)[number];

/**
 * Stories an editor pinned to the front page. A pin holds until `pinnedUntil` (null: until unpinned); after
 * that, or once the story is no longer visible, the slot shows the newest stories again, decided at query time.
 */
export const frontPageSlots = sqliteTable(
  'front_page_slots',
  {
    slot: text('slot', { enum: frontPageSlotKinds }).notNull(),
    /** 0 for the lead; 0… for the top stories, in order. */
    position: integer('position').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    pinnedUntil: integer('pinned_until', { mode: 'timestamp_ms' }),
    setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
    setAt: integer('set_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.slot, table.position] }), index('front_page_slots_until_idx').on(table.pinnedUntil)],
);

/**
 * The front page's section blocks, as the editor arranged them. A section with no row (new since) is shown
 * after the arranged ones, in navigation order.
 */
export const frontPageSections = sqliteTable('front_page_sections', {
  categoryId: integer('category_id')
    .primaryKey()
    .references(() => categories.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  shown: integer('shown', { mode: 'boolean' }).notNull(),
});

/** The breaking-news banner on every reader page: one row (id 1), shown while on and before `expiresAt`. */
export const breakingNews = sqliteTable(
  'breaking_news',
  {
    id: integer('id').primaryKey(),
    headline: text('headline').notNull(),
    /** The story it links to, or null when it links to `url` (a live page). */
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    url: text('url'),
    text: text('text').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
    setAt: integer('set_at', { mode: 'timestamp_ms' }).notNull(),
  },
  () => [check('breaking_news_single_row', sql`id = 1`)],
);

/**
 * The desk's conversation about a story, in the editor only (never on reader pages): comments, and the note
 * an editor writes when sending a submission back to its writer ('send_back'). Never edited.
 */
export const articleComments = sqliteTable(
  'article_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: articleCommentKinds }).notNull(),
    /** Plain text; paragraphs separated by blank lines. */
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('article_comments_article_idx').on(table.articleId, table.id)],
);

/** What the editor's bell lists for one person, written in the same transaction as the event it reports. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Who did it; null once that account is gone. */
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The send-back note or the comment that mentions the recipient. */
    commentId: integer('comment_id').references(() => articleComments.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    // The list, newest first, and the badge's unread count.
    index('notifications_recipient_idx').on(table.recipientId, table.id),
    index('notifications_unread_idx').on(table.recipientId, table.readAt),
  ],
);

/** Who has a story's form open: one row per person and story, its time moved by the form's heartbeat. */
export const articlePresence = sqliteTable(
  'article_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] })],
);

/**
 * An invitation to join the staff: a one-time link an administrator sends. Only the SHA-256 of its random
 * token is kept, so a copy of the database opens no account; it is spent in the transaction that creates one.
 */
export const staffInvites = sqliteTable(
  'staff_invites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: userRoles }).notNull(),
    invitedBy: integer('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    /** The account the invite created. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [uniqueIndex('staff_invites_token_unique').on(table.tokenHash), index('staff_invites_created_idx').on(table.createdAt)],
);
