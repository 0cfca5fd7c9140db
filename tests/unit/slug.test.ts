import { describe, expect, it } from 'vitest';
import { acceptsWrites, isListingPath } from '@/lib/reserved-paths';
import { isReservedSectionSlug, isValidSlug, slugify } from '@/lib/slug';

describe('slugify', () => {
  it('makes lowercase hyphenated ASCII from a headline', () => {
    expect(slugify('Port Averly Strike Ends After 12 Days!')).toBe('port-averly-strike-ends-after-12-days');
  });

  it('transliterates Cyrillic instead of dropping it', () => {
    expect(slugify('Привет, мир')).toBe('privet-mir');
  });

  it('folds accents and special letters', () => {
    expect(slugify('Zoë Brandt and Łukasz Nowak')).toBe('zoe-brandt-and-lukasz-nowak');
  });

  it('spells out ampersands and drops punctuation and quotes', () => {
    expect(slugify('“Profits & Losses” — a year on')).toBe('profits-and-losses-a-year-on');
  });

  it('cuts long titles on a word boundary without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40), 22);
    expect(slug).toBe('word-word-word-word');
    expect(slug.length).toBeLessThanOrEqual(22);
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});

describe('isValidSlug', () => {
  it('accepts what slugify produces and refuses the rest', () => {
    expect(isValidSlug('budget-2027-vote')).toBe(true);
    expect(isValidSlug('Budget')).toBe(false);
    expect(isValidSlug('two--hyphens')).toBe(false);
    expect(isValidSlug('-leading')).toBe(false);
    expect(isValidSlug('../etc/passwd')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
});

describe('reserved section slugs', () => {
  it('refuses paths the application owns', () => {
    for (const slug of ['login', 'editor', 'search', 'tag', 'author', 'api', 'feed', 'setup', 'Login']) {
      expect(isReservedSectionSlug(slug)).toBe(true);
    }
    expect(isReservedSectionSlug('world')).toBe(false);
  });

  it('tells section, tag and author listings from the application’s own paths', () => {
    for (const path of ['/world', '/front-pages', '/editorials', '/tag/budget', '/author/ana-lind'])
      expect(isListingPath(path), path).toBe(true);
    for (const path of [
      '/editor',
      '/search',
      '/front-page',
      '/sitemaps',
      '/og',
      '/feed.xml',
      '/world/feed.xml',
      '/world/some-story',
      '/tag',
      '/',
    ]) {
      expect(isListingPath(path), path).toBe(false);
    }
  });
});

describe('pages that take writes', () => {
  it('are sign-in, setup, invitations, the editor and route handlers; reader pages and files take none', () => {
    for (const path of ['/login', '/setup', '/invite/a-token', '/editor', '/editor/articles/3', '/api/auth/signout'])
      expect(acceptsWrites(path), path).toBe(true);
    for (const path of [
      '/',
      '/world',
      '/world/a-story',
      '/tag/x',
      '/author/x',
      '/search',
      '/favicon.svg',
      '/editorials',
      '/login-help',
      '/feed.xml',
    ]) {
      expect(acceptsWrites(path), path).toBe(false);
    }
  });
});
