import 'server-only';
import { and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { articlePath, authorPath, EVERY_READER_PAGE, mediaKeyOf, sectionPath, tagPath } from '@/lib/paths';
import { withoutImage } from '@/lib/body-images';
import { canOnArticle, canSetBylines, type ArticleAction, type ArticleOwnership, type ArticleStatus } from '@/lib/permissions';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { MAX_SLUG_LENGTH, isValidSlug, slugify } from '@/lib/slug';
import { cleanText } from '@/lib/text';
import { publishBlockers } from '@/lib/publish-checklist';
import { trashExpiry } from '@/lib/trash';
import { formatSiteMoment, readPublishTime } from '@/lib/site-time';
import { readSiteSettings } from '@/db/settings';
import { defineMutation, forbidden, MutationError, type MutationActor, type PagesToWarm } from './guard';
import { computeRelatedFor, updateRelatedAfterChange } from './related';
import { isPubliclyVisible, isVisibleToReaders } from '@/db/visibility';
import { indexArticles, removeFromIndex } from './search-index';
import { writeArticleVersion } from './article-versions';
import { notify, reviewerIds } from './collaboration';
import { findTags, tagsFromNames } from './tags';
import {
  articleBylines,
  articleSlugHistory,
  articleTags,
  articles,
  breakingNews,
  bylineProfiles,
  categories,
  media,
  relatedArticles,
  relatedPins,
  revisions,
  tags,
  users,
} from '@/db/schema';
import { bylineProfileIdsOf, checkBylines, ensureOwnProfile } from './profiles';
import { type Transaction } from '@/db';

const MAX_BODY_CHARS = 500_000;

const intents = ['save', 'autosave', 'submit', 'publish', 'schedule'] as const;
export type SaveIntent = (typeof intents)[number];

// Controls and hidden characters (bidi controls, zero-width and other invisible ones) have no place in a headline or slug.
const textField = (max: number, label: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, `${label} must be at most ${max} characters.`));

/** An imported article may keep its featured image at the old site's address (checked against the article in saveArticle). */
const isExternalImageUrl = (value: string) => /^https?:\/\/[^\s"'<>]+$/i.test(value);

/** An empty form field is a missing value, not zero. */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

export const articleInputSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  /** The version the editor loaded; a save from an older copy is refused. */
  expectedVersion: z.coerce.number().int().positive().optional(),
  /** Required, except by an autosave: a draft exists from its first keystroke (saveArticle). */
  title: textField(200, 'Title').default(''),
  slug: textField(MAX_SLUG_LENGTH + 20, 'Slug').default(''),
  summary: textField(400, 'Summary').default(''),
  body: z.string().max(MAX_BODY_CHARS, 'The body is too long.').default(''),
  /** Required, except by an autosave, which files a new draft in the first section until one is chosen. */
  categoryId: z.preprocess(
    blankAsMissing,
    z.coerce.number({ message: 'Choose a section.' }).int().positive('Choose a section.').optional(),
  ),
  tagNames: z
    .array(textField(60, 'A tag').pipe(z.string().min(1)))
    .max(20, 'Use at most 20 tags.')
    .default([]),
  featuredImageUrl: z
    .string()
    .trim()
    .max(500)
    .refine(
      (value) => value === '' || /^\/media\/[A-Za-z0-9_-]+$/.test(value) || isExternalImageUrl(value),
      'Upload the image instead of linking it.',
    )
    .default(''),
  featuredImageAlt: textField(300, 'Alt text').default(''),
  /** Required to schedule: a wall time on the site's clock ("2026-12-04T10:08"), or an ISO instant with an offset. */
  publishAt: z
    .string()
    .trim()
    .default('')
    // UTC skips and repeats no hour, so this checks the form alone; the site's zone is applied in saveArticle.
    .refine((value) => value === '' || readPublishTime(value, { timeZone: 'UTC', language: 'en' }).ok, 'Enter a valid date and time.'),
  /** For a wall time the clocks pass twice (autumn): the first or the second. */
  publishAtChoice: z.enum(['', 'earlier', 'later']).default(''),
  intent: z.enum(intents).default('save'),
  /** "Significant update" ticked: readers are told the live story was updated (a typo fix leaves it unticked). */
  significantUpdate: z.boolean().default(false),
  /**
   * Byline profile ids, in order; left as they are when not given (a contributor's form, an autosave from
   * an older page). Changing them takes canSetBylines.
   */
  bylineProfileIds: z.array(z.coerce.number().int().positive()).optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export interface SavedArticle {
  id: number;
  version: number;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  categoryId: number;
}

interface CurrentArticle {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  authorId: number;
  categoryId: number;
  version: number;
  updatedAt: Date;
  trashedAt: Date | null;
  trashedBy: number | null;
  statusBeforeTrash: ArticleStatus | null;
}

async function loadCurrent(tx: Transaction, id: number): Promise<CurrentArticle> {
  const [row] = await tx
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      authorId: articles.authorId,
      categoryId: articles.categoryId,
      version: articles.version,
      updatedAt: articles.updatedAt,
      trashedAt: articles.trashedAt,
      trashedBy: articles.trashedBy,
      statusBeforeTrash: articles.statusBeforeTrash,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) throw new MutationError('not_found', 'That article no longer exists.');
  return row;
}

function require(actor: MutationActor, action: ArticleAction, article: ArticleOwnership | null, message?: string) {
  if (!canOnArticle(actor, action, article)) forbidden(message);
}

async function refuseStaleCopy(tx: Transaction, current: CurrentArticle, expectedVersion: number | undefined) {
  if (expectedVersion === undefined || expectedVersion === current.version) return;
  const [last] = await tx
    .select({ name: users.name, at: revisions.createdAt })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.savedBy))
    .where(eq(revisions.articleId, current.id))
    .orderBy(sql`${revisions.id} desc`)
    .limit(1);
  const who = last ? `${last.name} (${formatSiteMoment(last.at, await readSiteSettings(tx))})` : 'someone else';
  throw new MutationError(
    'conflict',
    `This article was changed by ${who} after you opened it, so your save was not applied. Your text is still here: copy what you need, then reload to see the latest version.`,
  );
}

/** A trashed story cannot be changed until it is restored; says who put it there. */
async function refuseTrashed(tx: Transaction, current: CurrentArticle) {
  if (current.status !== 'trashed') return;
  const [by] = current.trashedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.trashedBy)).limit(1) : [];
  throw new MutationError(
    'conflict',
    `${by ? by.name : 'Someone'} moved this story to the trash, so your change was not applied. Your text is still here: copy what you need, or restore the story from the trash first.`,
  );
}

/**
 * Deletes for good the stories trashed more than TRASH_DAYS ago. Called by the article writes (save, trash,
 * restore, purge), so expiry needs no job runner; reads leave expired stories out meanwhile.
 */
export async function purgeExpiredTrash(tx: Transaction, now: Date): Promise<number> {
  const expired = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'trashed'), lte(articles.trashedAt, trashExpiry(now))));
  if (expired.length > 0) {
    await tx.delete(articles).where(
      inArray(
        articles.id,
        expired.map((row) => row.id),
      ),
    );
  }
  return expired.length;
}

/** A slug for a draft saved before it has a title; the title's slug replaces it once there is one. */
function untitledSlug(now: Date): string {
  return `untitled-${now.getTime().toString(36)}-${crypto.randomUUID().slice(0, 4)}`;
}

async function resolveSlug(tx: Transaction, input: ArticleInput, current: CurrentArticle | null, now: Date): Promise<string> {
  const articleId = current?.id;
  const wanted = input.slug || input.title;
  // An untitled autosaved draft keeps the placeholder address it was given.
  const slug = wanted ? slugify(wanted) : (current?.slug ?? untitledSlug(now));
  if (!isValidSlug(slug)) {
    throw new MutationError('invalid', 'Please correct the highlighted fields.', {
      slug: 'The slug needs at least one letter or digit.',
    });
  }
  const [taken] = await tx
    .select({ id: articles.id, status: articles.status })
    .from(articles)
    .where(articleId ? and(eq(articles.slug, slug), ne(articles.id, articleId)) : eq(articles.slug, slug))
    .limit(1);
  const [historic] = await tx
    .select({ articleId: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(eq(articleSlugHistory.slug, slug))
    .limit(1);
  if (taken || (historic && historic.articleId !== articleId)) {
    throw new MutationError('invalid', 'Please correct the highlighted fields.', {
      slug:
        taken?.status === 'trashed'
          ? `A story in the trash uses “${slug}”. Restore it, or choose a different slug.`
          : `Another article already uses “${slug}”. Choose a different slug.`,
    });
  }
  return slug;
}

async function sectionSlugOf(tx: Transaction, categoryId: number): Promise<string> {
  const [row] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, categoryId)).limit(1);
  if (!row) throw new MutationError('invalid', 'Please correct the highlighted fields.', { categoryId: 'Choose a section.' });
  return row.slug;
}

/** Where an autosaved new draft waits until its writer chooses a section: the first in the site's order. */
async function firstSectionId(tx: Transaction): Promise<number> {
  const [row] = await tx.select({ id: categories.id }).from(categories).orderBy(asc(categories.position), asc(categories.id)).limit(1);
  if (!row) throw new MutationError('invalid', 'Create a section first: every story belongs to one.', { categoryId: 'Choose a section.' });
  return row.id;
}

async function tagSlugsOf(tx: Transaction, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId));
  return rows.map((row) => row.slug);
}

async function bylineSlugsOf(tx: Transaction, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ slug: bylineProfiles.slug })
    .from(articleBylines)
    .innerJoin(bylineProfiles, eq(bylineProfiles.id, articleBylines.profileId))
    .where(eq(articleBylines.articleId, articleId));
  return rows.map((row) => row.slug);
}

/** Every reader page an article appears on, so a change refreshes exactly those. */
export async function pagesShowingArticle(
  tx: Transaction,
  article: { id: number; slug: string; categoryId: number },
  now: Date = new Date(),
): Promise<string[]> {
  const [sectionSlug, tagSlugs, bylineSlugs, neighbours, inBanner] = await Promise.all([
    sectionSlugOf(tx, article.categoryId),
    tagSlugsOf(tx, article.id),
    bylineSlugsOf(tx, article.id),
    neighbourPaths(tx, article.id),
    isBreakingNewsStory(tx, article.id),
  ]);
  return [
    '/',
    sectionPath(sectionSlug),
    articlePath({ sectionSlug, slug: article.slug }),
    // Every author page (and its feed) listing it: called before and after a change, so a removed byline's too.
    ...bylineSlugs.map(authorPath),
    ...tagSlugs.map(tagPath),
    ...neighbours,
    // Every reader page has a Recent Posts list.
    ...(inBanner || (await isAmongRecentPosts(tx, article.id, now)) ? [EVERY_READER_PAGE] : []),
  ];
}

/** Whether the breaking-news banner, on every reader page, links to the article (the link follows its address). */
async function isBreakingNewsStory(tx: Transaction, articleId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: breakingNews.id })
    .from(breakingNews)
    .where(and(eq(breakingNews.articleId, articleId), eq(breakingNews.active, true)))
    .limit(1);
  return row !== undefined;
}

/** Largest "Recent Posts" list the settings allow, plus the one an article page leaves out (itself). */
const RECENT_POSTS_REACH = 11;

/** Whether the article is one of the newest public stories that every page's Recent Posts may show. */
async function isAmongRecentPosts(tx: Transaction, articleId: number, now: Date): Promise<boolean> {
  const newest = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(isPubliclyVisible(now))
    .orderBy(sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(RECENT_POSTS_REACH);
  return newest.some((row) => row.id === articleId);
}

/**
 * Pages whose related stories show this article: the stored lists that hold it. Read before a change
 * (lists it may leave) and after (lists it entered), so both are refreshed. Bounded.
 */
async function neighbourPaths(tx: Transaction, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ slug: articles.slug, sectionSlug: categories.slug })
    .from(relatedArticles)
    .innerJoin(articles, eq(articles.id, relatedArticles.articleId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(relatedArticles.relatedId, articleId))
    .limit(50);
  return rows.map(articlePath);
}

const isPublic = (status: ArticleStatus, publishedAt: Date | null, now: Date) => isVisibleToReaders({ status, publishedAt }, now);

export const saveArticle = defineMutation({
  name: 'article.save',
  input: articleInputSchema,
  async run({ tx, actor, now }, input) {
    const current = input.id ? await loadCurrent(tx, input.id) : null;
    if (current) {
      require(actor, 'edit', current, 'You can only edit your own drafts.');
      await refuseTrashed(tx, current);
      await refuseStaleCopy(tx, current, input.expectedVersion);
    } else {
      require(actor, 'create', null);
    }
    await purgeExpiredTrash(tx, now);
    // Only an autosave may keep a draft without a title or a section: nothing typed waits for them.
    if (input.intent !== 'autosave') {
      const missing: Record<string, string> = {};
      if (!input.title) missing.title = 'Give the article a title.';
      if (!input.categoryId) missing.categoryId = 'Choose a section.';
      if (Object.keys(missing).length > 0) throw new MutationError('invalid', 'Please correct the highlighted fields.', missing);
    }
    const categoryId = input.categoryId ?? current?.categoryId ?? (await firstSectionId(tx));

    let status: ArticleStatus = current?.status ?? 'draft';
    let publishedAt: Date | null = current?.publishedAt ?? null;
    switch (input.intent) {
      case 'save':
      case 'autosave':
        break;
      case 'submit':
        require(actor, 'submit', current ?? { authorId: actor.id, status: 'draft' });
        if (current && !['draft', 'pending'].includes(current.status)) {
          throw new MutationError('invalid', 'Only drafts can be submitted for review.');
        }
        status = 'pending';
        break;
      case 'publish':
        require(actor, 'publish', current ?? {
          authorId: actor.id,
          status: 'draft',
        }, 'Your role cannot publish. Submit the article for review instead.');
        // Keep the original time on a republish of an already-public story.
        publishedAt = current && isPublic(current.status, current.publishedAt, now) ? current.publishedAt : now;
        status = 'published';
        break;
      case 'schedule': {
        require(actor, 'schedule', current ?? { authorId: actor.id, status: 'draft' }, 'Your role cannot schedule articles.');
        const reading = input.publishAt
          ? readPublishTime(input.publishAt, await readSiteSettings(tx), input.publishAtChoice || undefined)
          : null;
        if (reading && !reading.ok) {
          throw new MutationError('invalid', 'Please correct the highlighted fields.', { publishAt: reading.message });
        }
        const at = reading?.instant ?? null;
        if (!at || at <= now) {
          throw new MutationError('invalid', 'Please correct the highlighted fields.', {
            publishAt: 'Choose a publish time in the future.',
          });
        }
        status = 'scheduled';
        publishedAt = at;
        break;
      }
    }
    if (input.intent === 'autosave' && current && isPublic(current.status, current.publishedAt, now)) {
      // Autosaving a live story would publish half-typed edits.
      throw new MutationError('invalid', 'Autosave is off for published articles; use Update to publish your changes.');
    }

    if (isExternalImageUrl(input.featuredImageUrl)) {
      // Linking a new outside image is refused; an imported article keeps the address it came with.
      const [kept] = current
        ? await tx.select({ url: articles.featuredImageUrl }).from(articles).where(eq(articles.id, current.id)).limit(1)
        : [];
      if (kept?.url !== input.featuredImageUrl) {
        throw new MutationError('invalid', 'Please correct the highlighted fields.', {
          featuredImageUrl: 'Upload the image instead of linking it.',
        });
      }
    }

    const featuredKey = mediaKeyOf(input.featuredImageUrl);
    if (featuredKey) {
      const [picture] = await tx.select({ id: media.id }).from(media).where(eq(media.key, featuredKey)).limit(1);
      if (!picture) {
        throw new MutationError('invalid', 'Please correct the highlighted fields.', {
          featuredImageUrl: 'That picture is no longer in the library. Choose another one.',
        });
      }
    }

    const slug = await resolveSlug(tx, input, current, now);
    const sectionSlug = await sectionSlugOf(tx, categoryId);
    const body = sanitizeArticleHtml(input.body);
    // What must be there before readers see it, whichever button sent it (the form lists the same).
    if (isPublic(status, publishedAt, now) || status === 'scheduled') {
      const blockers = publishBlockers({ title: input.title, bodyHtml: body });
      if (Object.keys(blockers).length > 0) {
        throw new MutationError('invalid', 'This story cannot go out yet: see the publishing checklist.', blockers);
      }
    }
    const values = {
      title: input.title,
      slug,
      summary: input.summary,
      body,
      categoryId,
      status,
      publishedAt,
      featuredImageUrl: input.featuredImageUrl || null,
      featuredImageAlt: input.featuredImageAlt,
      updatedAt: now,
      // Only a change to a story readers already have is an update for them.
      ...(input.significantUpdate && current && isPublic(current.status, current.publishedAt, now) ? { significantUpdateAt: now } : {}),
    };

    const bylineProfileIds = input.bylineProfileIds ? await checkBylines(tx, input.bylineProfileIds) : undefined;
    if (bylineProfileIds) {
      const before = current ? await bylineProfileIdsOf(tx, current.id) : [await ensureOwnProfile(tx, actor.id, now)];
      if (bylineProfileIds.join() !== before.join() && !canSetBylines(actor, current ?? { authorId: actor.id })) {
        forbidden('Only editors, and authors on their own stories, can change the bylines.');
      }
    }

    const oldPages = current ? await pagesShowingArticle(tx, current, now) : [];
    const { id, version } = await writeArticleVersion(tx, {
      current,
      fields: { ...values, ...(current ? {} : { authorId: actor.id }) },
      tags: await findTags(tx, tagsFromNames(input.tagNames)),
      ...(bylineProfileIds ? { bylineProfileIds } : {}),
      savedBy: actor.id,
      now,
      // An autosave only keeps the text; the next save brings the related stories up to date.
      related: input.intent === 'autosave' ? 'later' : 'now',
      autosave: input.intent === 'autosave',
    });

    const newPages = await pagesShowingArticle(tx, { id, slug, categoryId }, now);
    // The desk hears of a new submission, and the owner of their story going live, in this same transaction.
    if (input.intent === 'submit' && current?.status !== 'pending') {
      await notify(tx, { kind: 'submitted', articleId: id, actorId: actor.id, recipientIds: await reviewerIds(tx), now });
    }
    if (input.intent === 'publish' && !(current && isPublic(current.status, current.publishedAt, now))) {
      await notify(tx, { kind: 'published', articleId: id, actorId: actor.id, recipientIds: [current?.authorId ?? actor.id], now });
    }
    const plainSave = input.intent === 'save' || input.intent === 'autosave';
    const action = plainSave ? (current ? 'article.update' : 'article.create') : `article.${input.intent}`;
    const changedPublicly =
      isPublic(status, publishedAt, now) ||
      (current !== null && isPublic(current.status, current.publishedAt, now)) ||
      status === 'scheduled';
    return {
      result: { id, version, slug, status, publishedAt, categoryId, sectionSlug } satisfies SavedArticle & { sectionSlug: string },
      audit: { action, targetType: 'article', targetId: id, summary: `${input.title || 'Untitled draft'} (${status}, v${version})` },
      revalidate: changedPublicly ? [...oldPages, ...newPages] : [],
      ...(isPublic(status, publishedAt, now) ? { warm: pagesToRenderOnPublish(sectionSlug, slug) } : {}),
    };
  },
});

/** What a reader is likeliest to open right after a story goes out or changes: it, its section, the front page. */
function pagesToRenderOnPublish(sectionSlug: string, slug: string): PagesToWarm {
  return { story: articlePath({ sectionSlug, slug }), listings: [sectionPath(sectionSlug), '/'] };
}

const articleRefSchema = z.object({
  id: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive().optional(),
});

export const unpublishArticle = defineMutation({
  name: 'article.unpublish',
  input: articleRefSchema,
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.id);
    require(actor, 'unpublish', current, 'Your role cannot unpublish this article.');
    await refuseStaleCopy(tx, current, input.expectedVersion);
    if (current.status !== 'published' && current.status !== 'scheduled') {
      throw new MutationError('invalid', 'Only published or scheduled articles can be unpublished.');
    }
    const pages = await pagesShowingArticle(tx, current, now);
    const [snapshot] = await tx.select().from(articles).where(eq(articles.id, current.id));
    if (!snapshot) throw new MutationError('not_found', 'That article no longer exists.');
    const { version } = await writeArticleVersion(tx, {
      current,
      fields: { ...versionFieldsOf(snapshot), status: 'draft', updatedAt: now },
      tags: await findTags(tx, tagsFromNames(await tagNamesOf(tx, current.id))),
      savedBy: actor.id,
      now,
      related: 'now',
    });
    return {
      result: { id: current.id, version },
      audit: { action: 'article.unpublish', targetType: 'article', targetId: current.id, summary: snapshot.title },
      revalidate: pages,
    };
  },
});

async function tagNamesOf(tx: Transaction, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId));
  return rows.map((row) => row.name);
}

/** Every reader page an article appears on while readers can see it; none for a draft or a story still to come. */
export async function pagesShowingPublicArticle(tx: Transaction, articleId: number, now: Date): Promise<string[]> {
  const current = await loadCurrent(tx, articleId);
  return isPublic(current.status, current.publishedAt, now) ? pagesShowingArticle(tx, current, now) : [];
}

/**
 * Takes a library picture out of an article, as its next version (featured image cleared, the picture and a
 * figure holding it gone from the body), for the library's "remove and delete". Returns the pages to refresh.
 */
export async function removePictureFromArticle(
  tx: Transaction,
  articleId: number,
  url: string,
  savedBy: number,
  now: Date,
): Promise<string[]> {
  const current = await loadCurrent(tx, articleId);
  const [snapshot] = await tx.select().from(articles).where(eq(articles.id, articleId));
  if (!snapshot) throw new MutationError('not_found', 'That article no longer exists.');
  const pages = await pagesShowingPublicArticle(tx, articleId, now);
  const featured = snapshot.featuredImageUrl === url;
  await writeArticleVersion(tx, {
    current,
    fields: {
      ...versionFieldsOf(snapshot),
      body: withoutImage(snapshot.body, url),
      ...(featured ? { featuredImageUrl: null, featuredImageAlt: '' } : {}),
      updatedAt: now,
    },
    tags: await findTags(tx, tagsFromNames(await tagNamesOf(tx, articleId))),
    savedBy,
    now,
    related: 'now',
  });
  return pages;
}

/** A stored article's fields, to write as its next version with a change or two. */
function versionFieldsOf(row: typeof articles.$inferSelect) {
  const { title, slug, summary, body, categoryId, status, publishedAt } = row;
  return { title, slug, summary, body, categoryId, status, publishedAt };
}

/** Delete, undoably: the story leaves every reader page and search, and waits in the trash for TRASH_DAYS. */
export const trashArticle = defineMutation({
  name: 'article.trash',
  input: articleRefSchema,
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.id);
    require(actor, 'delete', current, 'You cannot delete this article.');
    if (current.status === 'trashed') throw new MutationError('invalid', 'That story is already in the trash.');
    await purgeExpiredTrash(tx, now);
    const pages = isPublic(current.status, current.publishedAt, now) ? await pagesShowingArticle(tx, current, now) : [];
    // Out of search and of every related list first, so the lists that held it are refilled; the row, its
    // slug and its revisions stay for a restore.
    await removeFromIndex(tx, current.id);
    await tx
      .update(articles)
      .set({ status: 'trashed', statusBeforeTrash: current.status, trashedAt: now, trashedBy: actor.id })
      .where(eq(articles.id, current.id));
    await updateRelatedAfterChange(tx, current.id);
    return {
      result: { id: current.id, title: current.title },
      audit: { action: 'article.trash', targetType: 'article', targetId: current.id, summary: current.title },
      revalidate: pages,
    };
  },
});

/** Undo a delete: the story comes back with the status it had, at the same address. */
export const restoreArticleFromTrash = defineMutation({
  name: 'article.restoreFromTrash',
  input: articleRefSchema,
  async run({ tx, actor, now }, input) {
    await purgeExpiredTrash(tx, now);
    const current = await loadCurrent(tx, input.id);
    if (current.status !== 'trashed') throw new MutationError('invalid', 'That story is not in the trash.');
    const status = current.statusBeforeTrash ?? 'draft';
    require(actor, 'restoreFromTrash', { authorId: current.authorId, status }, 'You cannot restore this story.');
    await tx.update(articles).set({ status, statusBeforeTrash: null, trashedAt: null, trashedBy: null }).where(eq(articles.id, current.id));
    await indexArticles(tx, [current.id]);
    await updateRelatedAfterChange(tx, current.id);
    const backOnline = isPublic(status, current.publishedAt, now) || status === 'scheduled';
    return {
      result: { id: current.id, title: current.title, status },
      audit: { action: 'article.restoreFromTrash', targetType: 'article', targetId: current.id, summary: current.title },
      revalidate: backOnline ? await pagesShowingArticle(tx, current, now) : [],
      ...(isPublic(status, current.publishedAt, now)
        ? { warm: pagesToRenderOnPublish(await sectionSlugOf(tx, current.categoryId), current.slug) }
        : {}),
    };
  },
});

/** Empty one story from the trash for good: the row, its revisions, tags and notes. Only from the trash. */
export const purgeArticle = defineMutation({
  name: 'article.purge',
  input: articleRefSchema,
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.id);
    require(actor, 'purge', current, 'Only editors can delete a story for good.');
    if (current.status !== 'trashed') throw new MutationError('invalid', 'Move the story to the trash first.');
    await purgeExpiredTrash(tx, now);
    await tx.delete(articles).where(eq(articles.id, current.id));
    return {
      result: { id: current.id, title: current.title },
      audit: { action: 'article.purge', targetType: 'article', targetId: current.id, summary: current.title },
      revalidate: [],
    };
  },
});

export const restoreRevision = defineMutation({
  name: 'article.restoreRevision',
  input: z.object({
    articleId: z.coerce.number().int().positive(),
    revisionId: z.coerce.number().int().positive(),
    expectedVersion: z.coerce.number().int().positive().optional(),
  }),
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.articleId);
    require(actor, 'restoreRevision', current, 'You cannot restore revisions of this article.');
    await refuseTrashed(tx, current);
    await refuseStaleCopy(tx, current, input.expectedVersion);
    const [revision] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.id, input.revisionId), eq(revisions.articleId, current.id)))
      .limit(1);
    if (!revision) throw new MutationError('not_found', 'That revision does not exist.');
    const slug = revision.slug;
    const [clash] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.slug, slug), ne(articles.id, current.id)))
      .limit(1);
    const finalSlug = clash ? current.slug : slug;
    // The revision's section may have been deleted since; the article then stays where it is.
    const [sectionStillExists] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, revision.categoryId))
      .limit(1);
    const categoryId = sectionStillExists ? revision.categoryId : current.categoryId;
    // The revision's bylines that still exist; none left (or a revision from before bylines) keeps today's.
    const savedBylines = (JSON.parse(revision.bylineProfileIds) as number[]).filter(Number.isInteger);
    const existing = savedBylines.length
      ? new Set(
          (await tx.select({ id: bylineProfiles.id }).from(bylineProfiles).where(inArray(bylineProfiles.id, savedBylines))).map(
            (row) => row.id,
          ),
        )
      : new Set<number>();
    const restoredBylines = savedBylines.filter((profileId) => existing.has(profileId));
    if (isPublic(current.status, current.publishedAt, now) || current.status === 'scheduled') {
      const blockers = publishBlockers({ title: revision.title, bodyHtml: revision.body });
      if (Object.keys(blockers).length > 0) {
        throw new MutationError('invalid', `v${revision.version} cannot go out as it is: ${Object.values(blockers).join(' ')}`);
      }
    }
    const oldPages = await pagesShowingArticle(tx, current, now);
    const { version } = await writeArticleVersion(tx, {
      current,
      fields: {
        title: revision.title,
        slug: finalSlug,
        summary: revision.summary,
        body: revision.body,
        categoryId,
        status: current.status,
        publishedAt: current.publishedAt,
        updatedAt: now,
      },
      tags: await findTags(tx, tagsFromNames(JSON.parse(revision.tagNames) as string[])),
      ...(restoredBylines.length > 0 ? { bylineProfileIds: restoredBylines } : {}),
      savedBy: actor.id,
      now,
      related: 'now',
    });
    const newPages = await pagesShowingArticle(tx, { ...current, slug: finalSlug, categoryId }, now);
    return {
      result: { id: current.id, version },
      audit: {
        action: 'article.restoreRevision',
        targetType: 'article',
        targetId: current.id,
        summary: `Restored revision v${revision.version} of ${revision.title}`,
      },
      revalidate: isPublic(current.status, current.publishedAt, now) ? [...oldPages, ...newPages] : [],
    };
  },
});

/** Editors pin related stories by hand; pins come first in the article's list. */
export const setRelatedPin = defineMutation({
  name: 'article.pinRelated',
  input: z.object({
    articleId: z.coerce.number().int().positive(),
    /** The pinned story's address, as a reader sees it: /section/slug. */
    relatedPath: z
      .string()
      .trim()
      .max(200)
      .regex(/^\/[a-z0-9-]+\/[a-z0-9-]+$/, 'Enter an article address like /world/some-story.'),
    pinned: z.coerce.boolean(),
  }),
  async run({ tx, actor }, input) {
    const current = await loadCurrent(tx, input.articleId);
    require(actor, 'edit', current, 'You cannot change the related stories of this article.');
    const slug = input.relatedPath.split('/')[2] ?? '';
    const [target] = await tx.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.slug, slug)).limit(1);
    if (!target || target.id === current.id) {
      throw new MutationError('invalid', 'Please correct the highlighted fields.', { relatedPath: 'No other article has that address.' });
    }
    if (input.pinned) {
      const existing = await tx.select({ relatedId: relatedPins.relatedId }).from(relatedPins).where(eq(relatedPins.articleId, current.id));
      await tx.insert(relatedPins).values({ articleId: current.id, relatedId: target.id, position: existing.length }).onConflictDoNothing();
    } else {
      await tx.delete(relatedPins).where(and(eq(relatedPins.articleId, current.id), eq(relatedPins.relatedId, target.id)));
    }
    await computeRelatedFor(tx, current.id);
    return {
      result: { id: current.id },
      audit: {
        action: input.pinned ? 'article.pinRelated' : 'article.unpinRelated',
        targetType: 'article',
        targetId: current.id,
        summary: target.title,
      },
      revalidate: [input.relatedPath, ...(await pagesShowingArticle(tx, current)).slice(2, 3)],
    };
  },
});

/**
 * Publish now, from the dashboard's bulk actions: a draft, a story pending review or a scheduled one goes
 * live as it stands, under the same rules as the form's Publish (the role, the checklist's must-fix items).
 */
export const publishArticle = defineMutation({
  name: 'article.publish',
  input: articleRefSchema,
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.id);
    require(actor, 'publish', current, 'Your role cannot publish this article.');
    await refuseTrashed(tx, current);
    await refuseStaleCopy(tx, current, input.expectedVersion);
    if (isPublic(current.status, current.publishedAt, now)) throw new MutationError('invalid', 'That story is already published.');
    const [snapshot] = await tx.select().from(articles).where(eq(articles.id, current.id));
    if (!snapshot) throw new MutationError('not_found', 'That article no longer exists.');
    const blockers = publishBlockers({ title: snapshot.title, bodyHtml: snapshot.body });
    if (Object.keys(blockers).length > 0) {
      throw new MutationError(
        'invalid',
        `“${snapshot.title || 'Untitled draft'}” cannot go out yet: open it and see the publishing checklist.`,
      );
    }
    const { version } = await writeArticleVersion(tx, {
      current,
      fields: { ...versionFieldsOf(snapshot), status: 'published', publishedAt: now, updatedAt: now },
      tags: await findTags(tx, tagsFromNames(await tagNamesOf(tx, current.id))),
      savedBy: actor.id,
      now,
      related: 'now',
    });
    return {
      result: { id: current.id, version },
      audit: {
        action: 'article.publish',
        targetType: 'article',
        targetId: current.id,
        summary: `${snapshot.title} (published, v${version})`,
      },
      revalidate: await pagesShowingArticle(tx, current, now),
      warm: pagesToRenderOnPublish(await sectionSlugOf(tx, current.categoryId), current.slug),
    };
  },
});

/** Move a story to another section (its address changes; the old one redirects), as an edit needs. */
export const moveArticleToSection = defineMutation({
  name: 'article.moveSection',
  input: articleRefSchema.extend({ categoryId: z.coerce.number().int().positive() }),
  async run({ tx, actor, now }, input) {
    const current = await loadCurrent(tx, input.id);
    require(actor, 'edit', current, 'You cannot edit this article.');
    await refuseTrashed(tx, current);
    await refuseStaleCopy(tx, current, input.expectedVersion);
    const [section] = await tx.select({ name: categories.name }).from(categories).where(eq(categories.id, input.categoryId)).limit(1);
    if (!section) throw new MutationError('invalid', 'That section no longer exists.');
    if (current.categoryId === input.categoryId) throw new MutationError('invalid', `That story is already in ${section.name}.`);
    const [snapshot] = await tx.select().from(articles).where(eq(articles.id, current.id));
    if (!snapshot) throw new MutationError('not_found', 'That article no longer exists.');
    const oldPages = await pagesShowingArticle(tx, current, now);
    const { version } = await writeArticleVersion(tx, {
      current,
      fields: { ...versionFieldsOf(snapshot), categoryId: input.categoryId, updatedAt: now },
      tags: await findTags(tx, tagsFromNames(await tagNamesOf(tx, current.id))),
      savedBy: actor.id,
      now,
      related: 'now',
    });
    const live = isPublic(current.status, current.publishedAt, now);
    const newPages = live ? await pagesShowingArticle(tx, { ...current, categoryId: input.categoryId }, now) : [];
    return {
      result: { id: current.id, version },
      audit: { action: 'article.moveSection', targetType: 'article', targetId: current.id, summary: `${snapshot.title} → ${section.name}` },
      revalidate: live ? [...oldPages, ...newPages] : [],
      // Readers find a moved live story at its new address, in its new section.
      ...(live ? { warm: pagesToRenderOnPublish(await sectionSlugOf(tx, input.categoryId), current.slug) } : {}),
    };
  },
});
