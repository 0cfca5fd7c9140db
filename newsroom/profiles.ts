import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { authorPath, EVERY_READER_PAGE, mediaKeyOf } from '@/lib/paths';
import { canCreateGuestProfile, canEditProfile } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import { cleanText } from '@/lib/text';
import { type Transaction } from '@/db';
import { articleBylines, bylineProfiles, media, users } from '@/db/schema';
import { defineMutation, forbidden, MutationError } from './guard';

/** Most bylines a story carries; more is a list of contributors, not a byline. */
export const MAX_BYLINES = 10;
const MAX_SOCIAL_LINKS = 6;

const webAddress = z
  .string()
  .trim()
  .max(300, 'Keep addresses under 300 characters.')
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'Enter a full address starting with https://.');

const profileFields = {
  name: z.string().transform(cleanText).pipe(z.string().min(1, 'Enter a name.').max(100, 'Keep the name under 100 characters.')),
  title: z.string().transform(cleanText).pipe(z.string().max(100, 'Keep the title under 100 characters.')).default(''),
  bio: z.string().transform(cleanText).pipe(z.string().max(1000, 'Keep the bio under 1,000 characters.')).default(''),
  websiteUrl: webAddress.default(''),
  publicEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address, or leave it empty.')
    .default(''),
  /** One address per line. */
  socialLinks: z
    .array(webAddress)
    .transform((links) => links.filter(Boolean))
    .pipe(z.array(z.string()).max(MAX_SOCIAL_LINKS, `Give at most ${MAX_SOCIAL_LINKS} social addresses.`))
    .default([]),
  /** An uploaded image's address (`/media/{key}`); empty for none. */
  photoUrl: z
    .string()
    .trim()
    .refine((value) => value === '' || mediaKeyOf(value) !== null, 'Upload the photo instead of linking it.')
    .default(''),
};

export const profileInputSchema = z.object(profileFields);
export type ProfileInput = z.infer<typeof profileInputSchema>;

async function uniqueProfileSlug(tx: Transaction, wanted: string): Promise<string> {
  const base = slugify(wanted) || 'contributor';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await tx.select({ id: bylineProfiles.id }).from(bylineProfiles).where(eq(bylineProfiles.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}

async function photoMediaId(tx: Transaction, photoUrl: string): Promise<number | null> {
  const key = mediaKeyOf(photoUrl);
  if (!key) return null;
  const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.key, key)).limit(1);
  if (!row)
    throw new MutationError('invalid', 'Please correct the highlighted fields.', {
      photoUrl: 'That photo is no longer stored. Upload it again.',
    });
  return row.id;
}

function columnsOf(input: ProfileInput, photo: number | null) {
  return {
    name: input.name,
    title: input.title,
    bio: input.bio,
    websiteUrl: input.websiteUrl,
    publicEmail: input.publicEmail,
    socialLinks: JSON.stringify(input.socialLinks),
    photoMediaId: photo,
  };
}

/**
 * The profile a staff account's stories are credited to, created from the account (its author slug, so
 * `/author/<slug>` stays the same) the first time it is needed. Runs in the caller's transaction.
 */
export async function ensureOwnProfile(tx: Transaction, userId: number, now: Date = new Date()): Promise<number> {
  const [existing] = await tx.select({ id: bylineProfiles.id }).from(bylineProfiles).where(eq(bylineProfiles.userId, userId)).limit(1);
  if (existing) return existing.id;
  const [user] = await tx.select({ name: users.name, slug: users.slug, bio: users.bio }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new Error(`no account ${userId} to make a profile for`);
  const slug = await uniqueProfileSlug(tx, user.slug);
  const [row] = await tx
    .insert(bylineProfiles)
    .values({ slug, name: user.name, bio: user.bio, userId, createdAt: now, updatedAt: now })
    .returning({ id: bylineProfiles.id });
  if (!row) throw new Error('profile insert returned no row');
  return row.id;
}

/** An article's byline profile ids, in order. */
export async function bylineProfileIdsOf(tx: Transaction, articleId: number): Promise<number[]> {
  const rows = await tx
    .select({ profileId: articleBylines.profileId })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, articleId))
    .orderBy(articleBylines.position);
  return rows.map((row) => row.profileId);
}

/** A guest contributor's profile (no account), in the caller's transaction: the guard's mutation and the importers. */
export async function insertGuestProfile(
  tx: Transaction,
  input: ProfileInput & { slug?: string },
  now: Date,
): Promise<{ id: number; slug: string }> {
  const slug = await uniqueProfileSlug(tx, input.slug || input.name);
  const [row] = await tx
    .insert(bylineProfiles)
    .values({ slug, ...columnsOf(input, await photoMediaId(tx, input.photoUrl)), userId: null, createdAt: now, updatedAt: now })
    .returning({ id: bylineProfiles.id, slug: bylineProfiles.slug });
  if (!row) throw new Error('profile insert returned no row');
  return row;
}

/**
 * A list of byline profile ids as given: each must exist and appear once. Returns them in the same order;
 * a refusal names the field the editor's picker fills.
 */
export async function checkBylines(tx: Transaction, profileIds: number[]): Promise<number[]> {
  const refuse = (message: string): never => {
    throw new MutationError('invalid', 'Please correct the highlighted fields.', { bylineProfileIds: message });
  };
  if (profileIds.length === 0) refuse('Credit the story to at least one byline.');
  if (profileIds.length > MAX_BYLINES) refuse(`A story carries at most ${MAX_BYLINES} bylines.`);
  if (new Set(profileIds).size !== profileIds.length) refuse('Each byline can appear only once.');
  const found = await tx.select({ id: bylineProfiles.id }).from(bylineProfiles).where(inArray(bylineProfiles.id, profileIds));
  if (found.length !== profileIds.length) refuse('One of those bylines no longer exists. Reload and choose again.');
  return profileIds;
}

export const createGuestProfile = defineMutation({
  name: 'profile.createGuest',
  input: profileInputSchema,
  async run({ tx, actor, now }, input) {
    if (!canCreateGuestProfile(actor)) forbidden('Only editors can add guest contributors.');
    const row = await insertGuestProfile(tx, input, now);
    return {
      result: row,
      audit: { action: 'profile.createGuest', targetType: 'profile', targetId: row.id, summary: `${input.name} (/author/${row.slug})` },
      // Nothing is bylined to it yet, so no page shows it.
      revalidate: [],
    };
  },
});

export const updateProfile = defineMutation({
  name: 'profile.update',
  input: z.object({ id: z.coerce.number().int().positive(), ...profileFields }),
  async run({ tx, actor, now }, input) {
    const [profile] = await tx
      .select({ id: bylineProfiles.id, slug: bylineProfiles.slug, name: bylineProfiles.name, userId: bylineProfiles.userId })
      .from(bylineProfiles)
      .where(eq(bylineProfiles.id, input.id))
      .limit(1);
    if (!profile) throw new MutationError('not_found', 'That profile no longer exists.');
    if (!canEditProfile(actor, profile)) forbidden('You can edit only your own profile.');
    const { id: _id, ...fields } = input;
    await tx
      .update(bylineProfiles)
      .set({ ...columnsOf(fields, await photoMediaId(tx, fields.photoUrl)), updatedAt: now })
      .where(eq(bylineProfiles.id, profile.id));
    const [bylined] = await tx
      .select({ id: articleBylines.articleId })
      .from(articleBylines)
      .where(eq(articleBylines.profileId, profile.id))
      .limit(1);
    // A new name shows on every card, article, feed and search result carrying it: a rare change that
    // refreshes every reader page. Title, bio, photo and links show only on the author page.
    const renamed = profile.name !== input.name;
    return {
      result: { id: profile.id, slug: profile.slug },
      audit: {
        action: 'profile.update',
        targetType: 'profile',
        targetId: profile.id,
        summary: renamed ? `${profile.name} → ${input.name}` : input.name,
      },
      revalidate: bylined ? [authorPath(profile.slug), ...(renamed ? [EVERY_READER_PAGE] : [])] : [],
    };
  },
});
