import slugifyLibrary from '@sindresorhus/slugify';
import { removeEveryHiddenCharacter } from './text';

export const MAX_SLUG_LENGTH = 80;

/**
 * Turns a title into a URL slug: lowercase ASCII words joined by hyphens. Non-Latin scripts such as
 * Cyrillic and Greek are transliterated, so "Привет мир" becomes "privet-mir" rather than an empty slug.
 * Hidden characters go first: the library would turn an invisible one into a hyphen ("elec\u200Btion" → "elec-tion").
 */
export function slugify(input: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const slug = slugifyLibrary(removeEveryHiddenCharacter(input), { decamelize: false });
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary so a slug never ends mid-word or with a hyphen.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && slugPattern.test(value);
}

// The reserved first-level paths live beside the route matchers that need them without this module's imports.
export { isReservedPageSlug, isReservedSectionSlug, reservedSectionSlugs } from './reserved-paths';
