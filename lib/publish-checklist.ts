import { countWords, htmlToPlainText } from './text';

/**
 * What the article form lists before a story goes public: what is missing or risky. 'block' items stop a
 * publish (the server refuses them too, through publishBlockers); 'warn' items are the editor's call.
 */
export type ChecklistLevel = 'block' | 'warn' | 'ok';

export interface ChecklistItem {
  key: 'title' | 'body' | 'summary' | 'image' | 'slug' | 'links';
  level: ChecklistLevel;
  text: string;
}

export interface ChecklistInput {
  title: string;
  summary: string;
  bodyHtml: string;
  featuredImageUrl: string;
  featuredImageAlt: string;
  slug: string;
  /** The story's address while it is live (its slug then), or null: a change of a live address is flagged. */
  liveSlug: string | null;
  /** Site paths in the body that lead to stories readers cannot see (asked of the server). */
  unpublishedLinks: readonly string[];
}

/** Longer headlines are cut short in search results and link previews. */
export const HEADLINE_WARNING_LENGTH = 70;

/** No words and no picture: nothing for a reader to read. */
export function isBodyEmpty(html: string): boolean {
  return htmlToPlainText(html) === '' && !/<img\b/i.test(html);
}

/** Site-relative links (`/section/slug`) in article HTML, once each: the ones that may lead to another story. */
export function internalLinkPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*\bhref="(\/[a-z0-9-]+\/[a-z0-9-]+)\/?"/gi)) {
    if (match[1]) paths.add(match[1].toLowerCase());
  }
  return [...paths];
}

export function publishChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const title = input.title.trim();
  if (!title) items.push({ key: 'title', level: 'block', text: 'Give the story a headline.' });
  else if (title.length > HEADLINE_WARNING_LENGTH) {
    items.push({
      key: 'title',
      level: 'warn',
      text: `The headline is ${title.length} characters: search results and link previews show about ${HEADLINE_WARNING_LENGTH}.`,
    });
  } else items.push({ key: 'title', level: 'ok', text: `Headline: ${title.length} characters.` });

  if (isBodyEmpty(input.bodyHtml)) items.push({ key: 'body', level: 'block', text: 'The body is empty: write the story first.' });
  else {
    const words = countWords(htmlToPlainText(input.bodyHtml));
    items.push({ key: 'body', level: 'ok', text: `Body: ${words} ${words === 1 ? 'word' : 'words'}.` });
  }

  if (!input.summary.trim()) {
    items.push({
      key: 'summary',
      level: 'warn',
      text: 'No summary: readers see it under the headline, in lists and when the story is shared.',
    });
  } else items.push({ key: 'summary', level: 'ok', text: 'Summary written.' });

  if (!input.featuredImageUrl) {
    items.push({ key: 'image', level: 'warn', text: 'No featured image: lists and link previews will show none.' });
  } else if (!input.featuredImageAlt.trim()) {
    items.push({ key: 'image', level: 'warn', text: 'The featured image has no alt text: describe it for readers who cannot see it.' });
  } else items.push({ key: 'image', level: 'ok', text: 'Featured image with alt text.' });

  if (input.liveSlug !== null && input.slug.trim() && input.slug.trim() !== input.liveSlug) {
    items.push({
      key: 'slug',
      level: 'warn',
      text: `The live story’s address changes from “${input.liveSlug}” to “${input.slug.trim()}”; the old address will redirect.`,
    });
  }

  if (input.unpublishedLinks.length > 0) {
    items.push({
      key: 'links',
      level: 'warn',
      text: `Links to stories readers cannot see: ${input.unpublishedLinks.join(', ')}.`,
    });
  }
  return items;
}

/** The blocking rules the server enforces on anything that goes (or stays) public, as field errors. */
export function publishBlockers(input: { title: string; bodyHtml: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.title.trim()) errors.title = 'Give the article a title.';
  if (isBodyEmpty(input.bodyHtml)) errors.body = 'The body is empty: write the story before publishing it.';
  return errors;
}
