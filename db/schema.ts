import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const userRoles = ['admin', 'editor', 'author', 'contributor'] as const;
export type UserRole = (typeof userRoles)[number];

export const articleStatuses = ['draft', 'pending', 'scheduled', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('articles_slug_unique').on(table.slug),
    // Listing indexes: every reader listing filters on status and orders by (published_at, id).
    index('articles_status_published_idx').on(table.status, table.publishedAt, table.id),
    index('articles_category_listing_idx').on(table.categoryId, table.status, table.publishedAt, table.id),
    index('articles_author_listing_idx').on(table.authorId, table.status, table.publishedAt, table.id),
    index('articles_updated_idx').on(table.updatedAt),
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
  },
  (table) => [primaryKey({ columns: [table.articleId, table.tagId] }), index('article_tags_tag_idx').on(table.tagId, table.articleId)],
);

export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
