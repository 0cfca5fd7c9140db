import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleActions, canOnArticle, canSeeArticle, type ArticleStatus, type UserRole } from '@/lib/permissions';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

/**
 * The role matrix, exercised by calling every mutation directly (never through the UI) as each role.
 * `true` means the mutation must succeed; `false` means it must be refused and change nothing.
 */
const roles: UserRole[] = ['contributor', 'author', 'editor', 'admin'];
const Y = true;
const N = false;
const matrix: Record<string, [boolean, boolean, boolean, boolean]> = {
  'create an article': [Y, Y, Y, Y],
  'edit own draft': [Y, Y, Y, Y],
  'edit someone else’s draft': [N, N, Y, Y],
  'edit own published article': [N, Y, Y, Y],
  'submit own draft for review': [Y, Y, Y, Y],
  'publish own article': [N, Y, Y, Y],
  'publish someone else’s article': [N, N, Y, Y],
  'schedule own article': [N, Y, Y, Y],
  'unpublish own article': [N, Y, Y, Y],
  'unpublish someone else’s article': [N, N, Y, Y],
  'publish own draft from the dashboard': [N, Y, Y, Y],
  'publish someone else’s draft from the dashboard': [N, N, Y, Y],
  'move own draft to another section': [Y, Y, Y, Y],
  'move own published article to another section': [N, Y, Y, Y],
  'move someone else’s article to another section': [N, N, Y, Y],
  'autosave a new article': [Y, Y, Y, Y],
  'autosave own draft': [Y, Y, Y, Y],
  'autosave someone else’s draft': [N, N, Y, Y],
  'delete own draft': [Y, Y, Y, Y],
  'delete someone else’s draft': [N, N, Y, Y],
  'delete own published article': [N, Y, Y, Y],
  'restore own draft from the trash': [Y, Y, Y, Y],
  'restore own published article from the trash': [N, Y, Y, Y],
  'restore someone else’s article from the trash': [N, N, Y, Y],
  'delete own trashed draft for good': [N, N, Y, Y],
  'delete someone else’s trashed article for good': [N, N, Y, Y],
  'restore a revision of own draft': [Y, Y, Y, Y],
  'create a section': [N, N, Y, Y],
  'rename a section': [N, N, Y, Y],
  'reorder sections': [N, N, Y, Y],
  'delete an empty section': [N, N, Y, Y],
  'create a tag': [N, N, Y, Y],
  'rename a tag': [N, N, Y, Y],
  'delete a tag': [N, N, Y, Y],
  'create a user': [N, N, N, Y],
  'invite someone by email': [N, N, N, Y],
  'withdraw an invitation': [N, N, N, Y],
  'change a user’s role': [N, N, N, Y],
  'disable a user': [N, N, N, Y],
  'reset another user’s password': [N, N, N, Y],
  'reset own password without the current one': [N, N, N, N],
  'change own password with the current one': [Y, Y, Y, Y],
  'change own account name': [Y, Y, Y, Y],
  'sign out (end own session)': [Y, Y, Y, Y],
  'sign out everywhere': [Y, Y, Y, Y],
  'change site settings': [N, N, N, Y],
  'pin a related story on own draft': [Y, Y, Y, Y],
  'pin a related story on someone else’s article': [N, N, Y, Y],
  'set up own two-factor sign-in': [Y, Y, Y, Y],
  'reset another user’s two-factor sign-in': [N, N, N, Y],
  'change whether staff must use two-factor': [N, N, N, Y],
  'arrange the front page': [N, N, Y, Y],
  'set the breaking-news banner': [N, N, Y, Y],
  'add a correction to own published article': [N, N, Y, Y],
  'add a note to someone else’s published article': [N, N, Y, Y],
  'create a page': [N, N, Y, Y],
  'edit a page': [N, N, Y, Y],
  'delete a page': [N, N, Y, Y],
  'restore an earlier version of a page': [N, N, Y, Y],
  'add a menu link': [N, N, Y, Y],
  'move a menu link': [N, N, Y, Y],
  'remove a menu link': [N, N, Y, Y],
  'add a co-author to own draft': [N, Y, Y, Y],
  'add a co-author to someone else’s draft': [N, N, Y, Y],
  'credit a guest contributor on own draft': [N, Y, Y, Y],
  'reorder the bylines of someone else’s draft': [N, N, Y, Y],
  'publish a story one is only a co-author of': [N, N, Y, Y],
  'edit a story one is only a co-author of': [N, N, Y, Y],
  'edit own byline profile': [Y, Y, Y, Y],
  'edit someone else’s byline profile': [N, N, Y, Y],
  'create a guest contributor': [N, N, Y, Y],
  'upload a picture to the library': [Y, Y, Y, Y],
  'edit the details of own unused picture': [Y, Y, Y, Y],
  'set the focal point of own picture used in own draft': [Y, Y, Y, Y],
  'edit the details of own picture used in own published story': [N, Y, Y, Y],
  'edit the details of own picture used in someone else’s story': [N, N, Y, Y],
  'edit the details of someone else’s picture': [N, N, Y, Y],
  'delete own unused picture': [Y, Y, Y, Y],
  'delete someone else’s unused picture': [N, N, Y, Y],
  'remove own picture from own published story and delete it': [N, Y, Y, Y],
  'remove a picture from someone else’s story and delete it': [N, N, Y, Y],
  'keep an embed’s poster in the media library': [Y, Y, Y, Y],
  'send someone else’s submission back with a note': [N, N, Y, Y],
  'send own submission back with a note': [N, N, Y, Y],
  'comment on own draft': [Y, Y, Y, Y],
  'comment on someone else’s draft': [N, N, Y, Y],
  'comment on someone else’s published story, mentioning its owner': [N, N, Y, Y],
  'mark own notifications read': [Y, Y, Y, Y],
  'say one is editing own draft (presence)': [Y, Y, Y, Y],
  'say one is editing someone else’s draft (presence)': [N, N, Y, Y],
};

/** Bookkeeping that changes nothing in the newsroom, so it leaves no audit entry even when allowed. */
const unaudited = new Set([
  'mark own notifications read',
  'say one is editing own draft (presence)',
  'say one is editing someone else’s draft (presence)',
]);

let cleanup: () => Promise<void>;
let m: typeof import('../../newsroom/articles') &
  typeof import('../../newsroom/taxonomy') &
  typeof import('../../newsroom/accounts') &
  typeof import('../../newsroom/staff-sessions') &
  typeof import('../../newsroom/settings') &
  typeof import('../../newsroom/two-factor') &
  typeof import('../../newsroom/front-page') &
  typeof import('../../newsroom/notes') &
  typeof import('../../newsroom/pages') &
  typeof import('../../newsroom/menus') &
  typeof import('../../newsroom/profiles') &
  typeof import('../../newsroom/media') &
  typeof import('../../newsroom/embeds') &
  typeof import('../../newsroom/collaboration');
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let sectionId = 0;
let other = 0;
const KNOWN_PASSWORD = 'the-matrix-known-passphrase';
let knownPasswordHash = '';
let pictureBytes = new Uint8Array();
const userIds: Partial<Record<UserRole, number>> = {};
let counter = 0;

async function insertArticle(authorId: number, status: 'draft' | 'pending' | 'published') {
  counter++;
  const [row] = await db
    .insert(schema.articles)
    .values({
      slug: `matrix-${counter}`,
      title: `Matrix ${counter}`,
      body: '<p>x</p>',
      status,
      publishedAt: status === 'published' ? new Date(Date.now() - 60_000) : null,
      authorId,
      categoryId: sectionId,
    })
    .returning({ id: schema.articles.id, version: schema.articles.version });
  if (!row) throw new Error('insert failed');
  await db.insert(schema.revisions).values({
    articleId: row.id,
    version: 1,
    title: `Matrix ${counter}`,
    slug: `matrix-${counter}`,
    summary: '',
    body: '<p>x</p>',
    status,
    categoryId: sectionId,
    savedBy: authorId,
  });
  await creditOwners();
  return row;
}

/** A story in the trash, which had `before` as its status. */
async function insertTrashed(authorId: number, before: 'draft' | 'published') {
  const row = await insertArticle(authorId, before);
  const { eq } = await import('drizzle-orm');
  await db
    .update(schema.articles)
    .set({ status: 'trashed', statusBeforeTrash: before, trashedAt: new Date(), trashedBy: authorId })
    .where(eq(schema.articles.id, row.id));
  return row;
}

/** The byline profile an account owns. */
async function profileOf(userId: number): Promise<number> {
  await creditOwners();
  const { eq } = await import('drizzle-orm');
  const [row] = await db
    .select({ id: schema.bylineProfiles.id })
    .from(schema.bylineProfiles)
    .where(eq(schema.bylineProfiles.userId, userId));
  return row?.id ?? 0;
}

async function insertGuest(): Promise<number> {
  counter++;
  const [row] = await db
    .insert(schema.bylineProfiles)
    .values({ slug: `guest-${counter}`, name: `Guest ${counter}` })
    .returning({ id: schema.bylineProfiles.id });
  return row?.id ?? 0;
}

/** A story owned by `other` with `coAuthor` as a second byline. */
async function coAuthoredArticle(coAuthor: number) {
  const a = await insertArticle(other, 'draft');
  if (coAuthor) await db.insert(schema.articleBylines).values({ articleId: a.id, profileId: await profileOf(coAuthor), position: 1 });
  return a;
}

const profileFields = (name: string) => ({
  name,
  title: 'Correspondent',
  bio: 'Writes.',
  websiteUrl: '',
  publicEmail: '',
  socialLinks: [],
  photoUrl: '',
});

async function insertSection() {
  counter++;
  const [row] = await db
    .insert(schema.categories)
    .values({ slug: `extra-${counter}`, name: `Extra ${counter}`, position: 100 + counter })
    .returning({ id: schema.categories.id });
  return row?.id ?? 0;
}

async function insertTag() {
  counter++;
  const [row] = await db
    .insert(schema.tags)
    .values({ slug: `tag-${counter}`, name: `Tag ${counter}` })
    .returning({ id: schema.tags.id });
  return row?.id ?? 0;
}

async function insertPage(): Promise<number> {
  counter++;
  const [row] = await db
    .insert(schema.pages)
    .values({ slug: `page-${counter}`, title: `Page ${counter}`, status: 'published' })
    .returning({ id: schema.pages.id });
  return row?.id ?? 0;
}

async function insertMenuItem(): Promise<number> {
  const [row] = await db
    .insert(schema.menuItems)
    .values({ menu: 'header', kind: 'url', url: '/search', label: `Search ${++counter}`, position: counter })
    .returning({ id: schema.menuItems.id });
  return row?.id ?? 0;
}

async function insertVictim(): Promise<number> {
  counter++;
  const [row] = await db
    .insert(schema.users)
    .values({ email: `victim${counter}@x.test`, name: `Victim ${counter}`, slug: `victim-${counter}`, role: 'author', passwordHash: 'x' })
    .returning({ id: schema.users.id });
  return row?.id ?? 0;
}

/** A picture in the library uploaded by `uploader`, optionally used by an article (featured). */
async function insertPicture(uploader: number, usedBy?: { id: number }): Promise<number> {
  // Stored as an importer does, without an audit entry of its own: the matrix counts the one the case makes.
  const stored = { result: await db.transaction((tx) => m.storeLibraryImage(tx, uploader, new Date(), pictureBytes)) };
  if (usedBy) {
    await db
      .update(schema.articles)
      .set({ featuredImageUrl: stored.result.url })
      .where((await import('drizzle-orm')).eq(schema.articles.id, usedBy.id));
    await db.insert(schema.articleMedia).values({ articleId: usedBy.id, mediaId: stored.result.id, place: 'featured' });
  }
  return stored.result.id;
}

const pictureFields = {
  altText: 'A grey-blue square',
  caption: 'Matrix',
  credit: 'Matrix desk',
  description: 'Matrix picture',
  focalX: 40,
  focalY: 60,
};

// Titles are unique per call so generated slugs never collide between cases.
const articleFields = (title: string) => ({
  title: `${title} ${++counter}`,
  summary: '',
  body: '<p>Body</p>',
  categoryId: sectionId,
  tagNames: ['Matrix'],
});

// A 2×2 PNG: an embed's poster.
const posterPng = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64'),
);

const cases: Record<string, (actorId: number) => Promise<{ ok: boolean }>> = {
  'send someone else’s submission back with a note': async (actor) =>
    m.sendBackArticle.execute(actor, { articleId: (await insertArticle(other, 'pending')).id, note: 'Needs a second source.' }),
  'send own submission back with a note': async (actor) =>
    m.sendBackArticle.execute(actor, { articleId: (await insertArticle(actor || other, 'pending')).id, note: 'Not yet.' }),
  'comment on own draft': async (actor) =>
    m.addArticleComment.execute(actor, { articleId: (await insertArticle(actor || other, 'draft')).id, body: 'A thought.' }),
  'comment on someone else’s draft': async (actor) =>
    m.addArticleComment.execute(actor, { articleId: (await insertArticle(other, 'draft')).id, body: 'A thought.' }),
  'comment on someone else’s published story, mentioning its owner': async (actor) =>
    m.addArticleComment.execute(actor, {
      articleId: (await insertArticle(other, 'published')).id,
      body: '@other see the second paragraph.',
    }),
  'mark own notifications read': async (actor) => {
    const a = await insertArticle(other, 'draft');
    if (actor)
      await db
        .insert(schema.notifications)
        .values({ recipientId: actor, kind: 'mentioned', articleId: a.id, actorId: other, createdAt: new Date() });
    return m.markNotificationsRead.execute(actor, { all: true });
  },
  'say one is editing own draft (presence)': async (actor) =>
    m.recordPresence.execute(actor, { articleId: (await insertArticle(actor || other, 'draft')).id }),
  'say one is editing someone else’s draft (presence)': async (actor) =>
    m.recordPresence.execute(actor, { articleId: (await insertArticle(other, 'draft')).id }),
  'keep an embed’s poster in the media library': (actor) =>
    m.storeEmbedPoster.execute(actor, { sourceUrl: `https://i.ytimg.com/vi/matrix-${++counter}/hqdefault.jpg`, bytes: posterPng }),
  'add a co-author to own draft': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    const bylineProfileIds = [await profileOf(actor || other), await profileOf(other)];
    return m.saveArticle.execute(actor, { ...articleFields('Co-authored'), id: a.id, expectedVersion: a.version, bylineProfileIds });
  },
  'add a co-author to someone else’s draft': async (actor) => {
    const a = await insertArticle(other, 'draft');
    const bylineProfileIds = [await profileOf(other), await profileOf(actor || other)];
    return m.saveArticle.execute(actor, { ...articleFields('Co-authored'), id: a.id, expectedVersion: a.version, bylineProfileIds });
  },
  'credit a guest contributor on own draft': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    const bylineProfileIds = [await profileOf(actor || other), await insertGuest()];
    return m.saveArticle.execute(actor, { ...articleFields('With a guest'), id: a.id, expectedVersion: a.version, bylineProfileIds });
  },
  'reorder the bylines of someone else’s draft': async (actor) => {
    const guest = await insertGuest();
    const a = await insertArticle(other, 'draft');
    await db.insert(schema.articleBylines).values({ articleId: a.id, profileId: guest, position: 1 });
    const bylineProfileIds = [guest, await profileOf(other)];
    return m.saveArticle.execute(actor, { ...articleFields('Reordered'), id: a.id, expectedVersion: a.version, bylineProfileIds });
  },
  'publish a story one is only a co-author of': async (actor) => {
    const a = await coAuthoredArticle(actor);
    return m.saveArticle.execute(actor, { ...articleFields('Co-published'), id: a.id, expectedVersion: a.version, intent: 'publish' });
  },
  'edit a story one is only a co-author of': async (actor) => {
    const a = await coAuthoredArticle(actor);
    return m.saveArticle.execute(actor, { ...articleFields('Co-edited'), id: a.id, expectedVersion: a.version });
  },
  'edit own byline profile': async (actor) =>
    m.updateProfile.execute(actor, { id: await profileOf(actor || other), ...profileFields(`Me ${++counter}`) }),
  'edit someone else’s byline profile': async (actor) =>
    m.updateProfile.execute(actor, { id: await profileOf(other), ...profileFields(`Other ${++counter}`) }),
  'create a guest contributor': (actor) => m.createGuestProfile.execute(actor, profileFields(`Guest writer ${++counter}`)),
  'upload a picture to the library': (actor) => m.uploadImage.execute(actor, { bytes: pictureBytes, caption: 'New' }),
  'edit the details of own unused picture': async (actor) =>
    m.updatePicture.execute(actor, { id: await insertPicture(actor || other), ...pictureFields }),
  'set the focal point of own picture used in own draft': async (actor) =>
    m.updatePicture.execute(actor, {
      id: await insertPicture(actor || other, await insertArticle(actor || other, 'draft')),
      ...pictureFields,
      focalX: 10,
    }),
  'edit the details of own picture used in own published story': async (actor) =>
    m.updatePicture.execute(actor, {
      id: await insertPicture(actor || other, await insertArticle(actor || other, 'published')),
      ...pictureFields,
    }),
  'edit the details of own picture used in someone else’s story': async (actor) =>
    m.updatePicture.execute(actor, { id: await insertPicture(actor || other, await insertArticle(other, 'draft')), ...pictureFields }),
  'edit the details of someone else’s picture': async (actor) =>
    m.updatePicture.execute(actor, { id: await insertPicture(other), ...pictureFields }),
  'delete own unused picture': async (actor) => m.deletePicture.execute(actor, { id: await insertPicture(actor || other) }),
  'delete someone else’s unused picture': async (actor) => m.deletePicture.execute(actor, { id: await insertPicture(other) }),
  'remove own picture from own published story and delete it': async (actor) =>
    m.deletePicture.execute(actor, {
      id: await insertPicture(actor || other, await insertArticle(actor || other, 'published')),
      removeFromStories: true,
    }),
  'remove a picture from someone else’s story and delete it': async (actor) =>
    m.deletePicture.execute(actor, { id: await insertPicture(other, await insertArticle(other, 'published')), removeFromStories: true }),
  'create an article': (actor) => m.saveArticle.execute(actor, articleFields(`New ${++counter}`)),
  'edit own draft': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Edited'), id: a.id, expectedVersion: a.version });
  },
  'edit someone else’s draft': async (actor) => {
    const a = await insertArticle(other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Edited'), id: a.id, expectedVersion: a.version });
  },
  'edit own published article': async (actor) => {
    const a = await insertArticle(actor || other, 'published');
    return m.saveArticle.execute(actor, { ...articleFields('Edited live'), id: a.id, expectedVersion: a.version });
  },
  'submit own draft for review': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Submitted'), id: a.id, expectedVersion: a.version, intent: 'submit' });
  },
  'publish own article': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Published'), id: a.id, expectedVersion: a.version, intent: 'publish' });
  },
  'publish someone else’s article': async (actor) => {
    const a = await insertArticle(other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Published'), id: a.id, expectedVersion: a.version, intent: 'publish' });
  },
  'schedule own article': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    const publishAt = new Date(Date.now() + 86_400_000).toISOString();
    return m.saveArticle.execute(actor, {
      ...articleFields('Scheduled'),
      id: a.id,
      expectedVersion: a.version,
      intent: 'schedule',
      publishAt,
    });
  },
  'unpublish own article': async (actor) => {
    const a = await insertArticle(actor || other, 'published');
    return m.unpublishArticle.execute(actor, { id: a.id });
  },
  'unpublish someone else’s article': async (actor) => {
    const a = await insertArticle(other, 'published');
    return m.unpublishArticle.execute(actor, { id: a.id });
  },
  'autosave a new article': (actor) => m.saveArticle.execute(actor, { title: '', body: '<p>First words</p>', intent: 'autosave' }),
  'autosave own draft': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Autosaved'), id: a.id, expectedVersion: a.version, intent: 'autosave' });
  },
  'autosave someone else’s draft': async (actor) => {
    const a = await insertArticle(other, 'draft');
    return m.saveArticle.execute(actor, { ...articleFields('Autosaved'), id: a.id, expectedVersion: a.version, intent: 'autosave' });
  },
  'delete own draft': async (actor) => m.trashArticle.execute(actor, { id: (await insertArticle(actor || other, 'draft')).id }),
  'delete someone else’s draft': async (actor) => m.trashArticle.execute(actor, { id: (await insertArticle(other, 'draft')).id }),
  'delete own published article': async (actor) =>
    m.trashArticle.execute(actor, { id: (await insertArticle(actor || other, 'published')).id }),
  'restore own draft from the trash': async (actor) =>
    m.restoreArticleFromTrash.execute(actor, { id: (await insertTrashed(actor || other, 'draft')).id }),
  'restore own published article from the trash': async (actor) =>
    m.restoreArticleFromTrash.execute(actor, { id: (await insertTrashed(actor || other, 'published')).id }),
  'restore someone else’s article from the trash': async (actor) =>
    m.restoreArticleFromTrash.execute(actor, { id: (await insertTrashed(other, 'draft')).id }),
  'delete own trashed draft for good': async (actor) =>
    m.purgeArticle.execute(actor, { id: (await insertTrashed(actor || other, 'draft')).id }),
  'delete someone else’s trashed article for good': async (actor) =>
    m.purgeArticle.execute(actor, { id: (await insertTrashed(other, 'draft')).id }),
  'restore a revision of own draft': async (actor) => {
    const a = await insertArticle(actor || other, 'draft');
    const [revision] = await db
      .select({ id: schema.revisions.id })
      .from(schema.revisions)
      .where((await import('drizzle-orm')).eq(schema.revisions.articleId, a.id));
    return m.restoreRevision.execute(actor, { articleId: a.id, revisionId: revision?.id, expectedVersion: a.version });
  },
  'publish own draft from the dashboard': async (actor) =>
    m.publishArticle.execute(actor, { id: (await insertArticle(actor || other, 'draft')).id }),
  'publish someone else’s draft from the dashboard': async (actor) =>
    m.publishArticle.execute(actor, { id: (await insertArticle(other, 'draft')).id }),
  'move own draft to another section': async (actor) =>
    m.moveArticleToSection.execute(actor, { id: (await insertArticle(actor || other, 'draft')).id, categoryId: await insertSection() }),
  'move own published article to another section': async (actor) =>
    m.moveArticleToSection.execute(actor, { id: (await insertArticle(actor || other, 'published')).id, categoryId: await insertSection() }),
  'move someone else’s article to another section': async (actor) =>
    m.moveArticleToSection.execute(actor, { id: (await insertArticle(other, 'draft')).id, categoryId: await insertSection() }),
  'create a section': (actor) => m.createSection.execute(actor, { name: `Section ${++counter}` }),
  'rename a section': async (actor) => m.updateSection.execute(actor, { id: await insertSection(), name: `Renamed ${++counter}` }),
  'reorder sections': async (actor) => m.moveSection.execute(actor, { id: await insertSection(), direction: 'up' }),
  'delete an empty section': async (actor) => m.deleteSection.execute(actor, { id: await insertSection() }),
  'create a tag': (actor) => m.createTag.execute(actor, { name: `Fresh tag ${++counter}` }),
  'rename a tag': async (actor) => m.updateTag.execute(actor, { id: await insertTag(), name: `Renamed tag ${++counter}` }),
  'delete a tag': async (actor) => m.deleteTag.execute(actor, { id: await insertTag() }),
  'create a user': (actor) =>
    m.createStaffUser.execute(actor, {
      email: `new${++counter}@x.test`,
      name: `New ${counter}`,
      role: 'author',
      password: 'a-long-enough-passphrase',
    }),
  'invite someone by email': (actor) => m.createInvite.execute(actor, { email: `invited${++counter}@x.test`, role: 'author' }),
  'withdraw an invitation': async (actor) => {
    counter++;
    const [invite] = await db
      .insert(schema.staffInvites)
      .values({
        tokenHash: `matrix-${counter}`,
        email: `withdrawn${counter}@x.test`,
        role: 'author',
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
      })
      .returning({ id: schema.staffInvites.id });
    return m.revokeInvite.execute(actor, { inviteId: invite?.id ?? 0 });
  },
  'change a user’s role': async (actor) => m.changeUserRole.execute(actor, { userId: await insertVictim(), role: 'editor' }),
  'disable a user': async (actor) => m.setUserDisabled.execute(actor, { userId: await insertVictim(), disabled: true }),
  'reset another user’s password': async (actor) =>
    m.resetUserPassword.execute(actor, { userId: await insertVictim(), password: 'another-long-passphrase' }),
  'reset own password without the current one': (actor) =>
    m.resetUserPassword.execute(actor, { userId: actor || other, password: 'another-long-passphrase' }),
  'change own account name': (actor) => m.renameOwnAccount.execute(actor, { name: `Renamed ${++counter}` }),
  'change own password with the current one': async (actor) => {
    // Each run starts from the known password, so the role is the only difference.
    if (actor)
      await db
        .update(schema.users)
        .set({ passwordHash: knownPasswordHash })
        .where((await import('drizzle-orm')).eq(schema.users.id, actor));
    return m.changeOwnPassword.execute(actor, { currentPassword: KNOWN_PASSWORD, newPassword: 'a-fresh-long-passphrase' });
  },
  'sign out (end own session)': async (actor) => {
    const sessionId = await m.createStaffSession({ userId: actor || other, sessionVersion: 1, clientAddress: null, userAgent: 'matrix' });
    return m.endOwnSession.execute(actor, { sessionId });
  },
  'sign out everywhere': (actor) => m.signOutEverywhere.execute(actor, {}),
  'pin a related story on own draft': async (actor) => {
    const article = await insertArticle(actor || other, 'draft');
    // The article just inserted is the one pinned; its slug is matrix-{counter}.
    await insertArticle(other, 'published');
    return m.setRelatedPin.execute(actor, { articleId: article.id, relatedPath: `/news/matrix-${counter}`, pinned: true });
  },
  'pin a related story on someone else’s article': async (actor) => {
    const article = await insertArticle(other, 'published');
    await insertArticle(other, 'published');
    return m.setRelatedPin.execute(actor, { articleId: article.id, relatedPath: `/news/matrix-${counter}`, pinned: true });
  },
  'change site settings': (actor) =>
    m.updateSiteSettings.execute(actor, {
      relatedStoriesCount: 4,
      recentPostsCount: 6,
      feedContent: 'full',
      timeZone: 'UTC',
      language: 'en-GB',
    }),
  'set up own two-factor sign-in': async (actor) => {
    // Each run starts from no two-factor, so the role is the only difference.
    if (actor)
      await db
        .update(schema.users)
        .set({ totpSecret: null, totpPendingSecret: null })
        .where((await import('drizzle-orm')).eq(schema.users.id, actor));
    return m.startTwoFactorEnrolment.execute(actor, {});
  },
  'reset another user’s two-factor sign-in': async (actor) => m.resetUserTwoFactor.execute(actor, { userId: await insertVictim() }),
  // Making it optional needs no two-factor of one's own (requiring it does; see sign-in.test.ts).
  'change whether staff must use two-factor': (actor) => m.setTwoFactorRequirement.execute(actor, { required: false }),
  'arrange the front page': async (actor) => {
    const lead = await insertArticle(other, 'published');
    const pin = { articleId: lead.id, pinnedUntil: new Date(Date.now() + 3_600_000) };
    return m.updateFrontPage.execute(actor, { lead: pin, topStories: [], sections: [{ categoryId: sectionId, shown: true }] });
  },
  'set the breaking-news banner': (actor) =>
    m.updateBreakingNews.execute(actor, {
      active: true,
      headline: 'Matrix breaking',
      target: 'url',
      url: '/live/matrix',
      expiresAt: new Date(Date.now() + 3_600_000),
    }),
  'add a correction to own published article': async (actor) =>
    m.addArticleNote.execute(actor, {
      articleId: (await insertArticle(actor || other, 'published')).id,
      kind: 'correction',
      body: 'Fixed.',
    }),
  'add a note to someone else’s published article': async (actor) =>
    m.addArticleNote.execute(actor, { articleId: (await insertArticle(other, 'published')).id, kind: 'update', body: 'Later.' }),
  'create a page': (actor) => m.savePage.execute(actor, { title: `Page ${++counter}`, body: '<p>x</p>', status: 'published' }),
  'edit a page': async (actor) =>
    m.savePage.execute(actor, { id: await insertPage(), title: `Edited page ${++counter}`, body: '', status: 'draft' }),
  'delete a page': async (actor) => m.deletePage.execute(actor, { id: await insertPage() }),
  'restore an earlier version of a page': async (actor) => {
    const id = await insertPage();
    const [revision] = await db
      .insert(schema.pageRevisions)
      .values({
        pageId: id,
        version: 1,
        title: 'Earlier',
        slug: `earlier-${++counter}`,
        body: '<p>Then.</p>',
        status: 'draft',
        savedBy: await insertVictim(),
      })
      .returning({ id: schema.pageRevisions.id });
    return m.restorePageRevision.execute(actor, { pageId: id, revisionId: revision?.id ?? 0 });
  },
  'add a menu link': (actor) =>
    m.addMenuItem.execute(actor, { menu: 'footer', columnLabel: 'Follow', kind: 'feed', url: '/feed.xml', label: 'RSS' }),
  'move a menu link': async (actor) => m.moveMenuItem.execute(actor, { id: await insertMenuItem(), direction: 'up' }),
  'remove a menu link': async (actor) => m.removeMenuItem.execute(actor, { id: await insertMenuItem() }),
};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'permission-matrix-test-secret-0123456789';
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  m = {
    ...(await import('../../newsroom/articles')),
    ...(await import('../../newsroom/taxonomy')),
    ...(await import('../../newsroom/accounts')),
    ...(await import('../../newsroom/staff-sessions')),
    ...(await import('../../newsroom/settings')),
    ...(await import('../../newsroom/two-factor')),
    ...(await import('../../newsroom/front-page')),
    ...(await import('../../newsroom/notes')),
    ...(await import('../../newsroom/pages')),
    ...(await import('../../newsroom/menus')),
    ...(await import('../../newsroom/profiles')),
    ...(await import('../../newsroom/media')),
    ...(await import('../../newsroom/embeds')),
    ...(await import('../../newsroom/collaboration')),
  };
  pictureBytes = new Uint8Array(
    await (
      await import('sharp')
    )
      .default({ create: { width: 64, height: 48, channels: 3, background: '#5a7d9a' } })
      .png()
      .toBuffer(),
  );
  knownPasswordHash = await (await import('@/lib/passwords')).hashPassword(KNOWN_PASSWORD);
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  sectionId = section?.id ?? 0;
  for (const role of [...roles, 'author' as const]) {
    const key = userIds[role] ? 'other' : role;
    const [row] = await db
      .insert(schema.users)
      .values({ email: `${key}@x.test`, name: key, slug: key, role, passwordHash: 'x' })
      .returning({ id: schema.users.id });
    if (key === 'other') other = row?.id ?? 0;
    else userIds[role] = row?.id ?? 0;
  }
});

afterAll(() => cleanup());

describe('permission matrix (mutations called directly)', () => {
  it('covers every case', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(matrix).sort());
    for (const action of unaudited) expect(matrix, action).toHaveProperty([action]);
  });

  for (const [action, expected] of Object.entries(matrix)) {
    roles.forEach((role, index) => {
      const allowed = expected[index];
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, async () => {
        const auditBefore = await db.$count(schema.auditLog);
        const run = cases[action];
        if (!run) throw new Error(`no case for ${action}`);
        const result = await run(userIds[role] ?? 0);
        expect(result.ok).toBe(allowed);
        if (!allowed) expect(result).toMatchObject({ code: 'forbidden' });
        // Allowed changes are audited; refused ones leave no trace and no change.
        expect(await db.$count(schema.auditLog)).toBe(auditBefore + (allowed && !unaudited.has(action) ? 1 : 0));
      });
    });
  }

  it('refuses every mutation for anonymous callers', async () => {
    for (const [action, run] of Object.entries(cases)) {
      // Fixtures for the anonymous call are owned by another user.
      const result = await run(null as unknown as number);
      expect(result, action).toMatchObject({ ok: false, code: 'unauthenticated' });
    }
  });

  it('refuses a disabled user even with a valid id', async () => {
    const [row] = await db
      .insert(schema.users)
      .values({ email: 'gone@x.test', name: 'Gone', slug: 'gone', role: 'admin', passwordHash: 'x', disabled: true })
      .returning({ id: schema.users.id });
    const result = await m.createSection.execute(row?.id ?? 0, { name: 'Should not exist' });
    expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
  });
});

/**
 * What the editor area shows each role: the article form, its preview and its revisions (with the comparison)
 * all load the article through getArticleForStaff, and null is their 404.
 */
const visibleInEditor: Record<string, [boolean, boolean, boolean, boolean]> = {
  'own draft': [Y, Y, Y, Y],
  'own published article': [Y, Y, Y, Y],
  'someone else’s draft': [N, N, Y, Y],
  'someone else’s pending article': [N, N, Y, Y],
  'someone else’s published article': [N, N, Y, Y],
};

describe('which articles the editor area shows', () => {
  const fixtures: Record<string, (actorId: number) => Promise<{ id: number }>> = {
    'own draft': (actor) => insertArticle(actor, 'draft'),
    'own published article': (actor) => insertArticle(actor, 'published'),
    'someone else’s draft': () => insertArticle(other, 'draft'),
    'someone else’s pending article': () => insertArticle(other, 'pending'),
    'someone else’s published article': () => insertArticle(other, 'published'),
  };
  let editor: typeof import('@/db/editor');
  beforeAll(async () => {
    editor = await import('@/db/editor');
  });

  for (const [subject, expected] of Object.entries(visibleInEditor)) {
    roles.forEach((role, index) => {
      it(`${role} ${expected[index] ? 'sees' : 'gets a 404 for'} ${subject}`, async () => {
        const actor = { id: userIds[role] ?? 0, role };
        const article = await fixtures[subject]?.(actor.id);
        const shown = await editor.getArticleForStaff(actor, String(article?.id));
        expect(shown?.id ?? null).toBe(expected[index] ? article?.id : null);
      });
    });
  }

  it('shows every article a mutation lets the role touch', () => {
    const statuses: ArticleStatus[] = ['draft', 'pending', 'scheduled', 'published', 'archived', 'trashed'];
    for (const role of roles) {
      const actor = { id: 1, role };
      for (const authorId of [1, 2]) {
        for (const status of statuses) {
          for (const action of articleActions) {
            if (action !== 'create' && canOnArticle(actor, action, { authorId, status }))
              expect(canSeeArticle(actor, { authorId }), `${role} ${action} ${status}`).toBe(true);
          }
        }
      }
    }
  });

  it('shows a story scheduled for later in the related-stories panel only to editors, admins and its author', async () => {
    const own = await insertArticle(userIds.author ?? 0, 'published');
    const live = await insertArticle(other, 'published');
    const embargoed = await insertArticle(other, 'published');
    await db
      .update(schema.articles)
      .set({ status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000) })
      .where((await import('drizzle-orm')).eq(schema.articles.id, embargoed.id));
    await db.insert(schema.relatedArticles).values([
      { articleId: own.id, relatedId: embargoed.id, rank: 0, score: 2 },
      { articleId: own.id, relatedId: live.id, rank: 1, score: 1 },
    ]);
    const panelFor = async (role: UserRole) =>
      (await editor.listRelatedWithReasons({ id: userIds[role] ?? 0, role }, own.id)).map((item) => item.id);
    expect(await panelFor('author')).toEqual([live.id]);
    expect(await panelFor('editor')).toEqual([embargoed.id, live.id]);
    expect(await panelFor('admin')).toEqual([embargoed.id, live.id]);
    expect((await editor.listRelatedWithReasons({ id: other, role: 'author' }, own.id)).map((item) => item.id)).toEqual([
      embargoed.id,
      live.id,
    ]);
  });

  it('answers an id that is not a plain number as a missing article, whoever asks', async () => {
    const article = await insertArticle(other, 'published');
    const admin = { id: userIds.admin ?? 0, role: 'admin' as const };
    expect((await editor.getArticleForStaff(admin, String(article.id)))?.id).toBe(article.id);
    for (const id of [
      '',
      '0',
      '-1',
      `0${article.id}`,
      `${article.id}.0`,
      `0x${article.id.toString(16)}`,
      `${article.id}e0`,
      ' 1',
      '99999999999999999999',
    ]) {
      expect(await editor.getArticleForStaff(admin, id), JSON.stringify(id)).toBeNull();
    }
  });
});
