import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { mediaPath } from '@/lib/paths';
import { getDb, type Database, type Transaction } from './index';
import { articleBylines, bylineProfiles, media, users } from './schema';
import { hasPubliclyVisibleStory } from './visibility';

/** One name in a byline: what a card, a feed or structured data needs. */
export interface Byline {
  id: number;
  slug: string;
  name: string;
}

/** Public author profile: only what an author page shows, never the account behind it. */
export interface AuthorProfile extends Byline {
  title: string;
  bio: string;
  /** The uploaded photo's address (`/media/{key}`), or null. */
  photoUrl: string | null;
  websiteUrl: string;
  publicEmail: string;
  socialLinks: string[];
}

/** A profile as the editor's Profiles screen shows it: guests and staff, public story or not. */
export interface EditableProfile extends AuthorProfile {
  userId: number | null;
}

export function parseSocialLinks(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];
  } catch {
    return [];
  }
}

const profileColumns = {
  id: bylineProfiles.id,
  slug: bylineProfiles.slug,
  name: bylineProfiles.name,
  title: bylineProfiles.title,
  bio: bylineProfiles.bio,
  photoKey: media.key,
  websiteUrl: bylineProfiles.websiteUrl,
  publicEmail: bylineProfiles.publicEmail,
  socialLinks: bylineProfiles.socialLinks,
  userId: bylineProfiles.userId,
};

type ProfileRow = {
  [K in keyof typeof profileColumns]: K extends 'photoKey' | 'userId'
    ? K extends 'photoKey'
      ? string | null
      : number | null
    : K extends 'id'
      ? number
      : string;
};

function toProfile({ photoKey, socialLinks, ...row }: ProfileRow): EditableProfile {
  return { ...row, photoUrl: photoKey ? mediaPath(photoKey) : null, socialLinks: parseSocialLinks(socialLinks) };
}

function profileQuery(db: Database | Transaction = getDb()) {
  return db.select(profileColumns).from(bylineProfiles).leftJoin(media, eq(media.id, bylineProfiles.photoMediaId));
}

/**
 * An author page's profile, or null for a profile without a public story bylined to it, so the staff roster
 * and the guest list are not published (`/author/<any profile>`).
 */
export async function getAuthorBySlug(slug: string, now: Date = new Date()): Promise<AuthorProfile | null> {
  const [row] = await profileQuery()
    .where(and(eq(bylineProfiles.slug, slug), hasPubliclyVisibleStory(bylineProfiles.id, now)))
    .limit(1);
  if (!row) return null;
  const { userId: _owner, ...profile } = toProfile(row);
  return profile;
}

/** Each article's bylines, in order, for a set of articles read together (one indexed query). */
export async function bylinesByArticle(articleIds: number[], db: Database | Transaction = getDb()): Promise<Map<number, Byline[]>> {
  const byArticle = new Map<number, Byline[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .select({ articleId: articleBylines.articleId, id: bylineProfiles.id, slug: bylineProfiles.slug, name: bylineProfiles.name })
    .from(articleBylines)
    .innerJoin(bylineProfiles, eq(bylineProfiles.id, articleBylines.profileId))
    .where(inArray(articleBylines.articleId, [...new Set(articleIds)]))
    .orderBy(articleBylines.articleId, articleBylines.position);
  for (const { articleId, ...byline } of rows) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), byline]);
  return byArticle;
}

/** Rows with their bylines attached, in the same order. */
export async function withBylines<T extends { id: number }>(rows: T[]): Promise<Array<T & { bylines: Byline[] }>> {
  const bylines = await bylinesByArticle(rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, bylines: bylines.get(row.id) ?? [] }));
}

/** The profile a staff account owns, if any. */
export async function getProfileOfUser(userId: number): Promise<EditableProfile | null> {
  const [row] = await profileQuery().where(eq(bylineProfiles.userId, userId)).limit(1);
  return row ? toProfile(row) : null;
}

export async function getProfileForEditing(id: number): Promise<EditableProfile | null> {
  const [row] = await profileQuery().where(eq(bylineProfiles.id, id)).limit(1);
  return row ? toProfile(row) : null;
}

export interface ProfileListItem extends Byline {
  title: string;
  /** The owning account's name, or null for a guest. */
  accountName: string | null;
}

/** Every profile, by name: the Profiles screen and the byline picker. */
export function listProfiles(limit = 2000): Promise<ProfileListItem[]> {
  return getDb()
    .select({
      id: bylineProfiles.id,
      slug: bylineProfiles.slug,
      name: bylineProfiles.name,
      title: bylineProfiles.title,
      accountName: users.name,
    })
    .from(bylineProfiles)
    .leftJoin(users, eq(users.id, bylineProfiles.userId))
    .orderBy(asc(sql`${bylineProfiles.name} collate nocase`), asc(bylineProfiles.id))
    .limit(limit);
}
