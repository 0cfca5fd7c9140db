import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { articleNoteKindLabels, articleNoteKinds } from '@/lib/article-notes';
import { articlePath, CORRECTIONS_PATH } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { removeHiddenCharacters } from '@/lib/text';
import { isVisibleToReaders } from '@/db/visibility';
import { articleNotes, articles, categories } from '@/db/schema';
import { defineMutation, forbidden, MutationError } from './guard';

export const MAX_NOTE_CHARS = 2000;

/** Plain text: hidden characters go, line breaks stay (they separate paragraphs), trailing space trimmed. */
export const plainTextField = (emptyMessage: string, what = 'A note', max = MAX_NOTE_CHARS) =>
  z
    .string()
    .transform((value) => removeHiddenCharacters(value.replace(/\r\n?/g, '\n')).trim())
    .pipe(z.string().min(1, emptyMessage).max(max, `${what} must be at most ${max} characters.`));

const noteBody = plainTextField('Write what the note says.');

export const addArticleNote = defineMutation({
  name: 'article.addNote',
  input: z.object({
    articleId: z.coerce.number().int().positive(),
    kind: z.enum(articleNoteKinds, { message: 'Choose what kind of note this is.' }),
    body: noteBody,
  }),
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'addArticleNotes')) forbidden('Only editors and administrators can add corrections and notes.');
    const [article] = await tx
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        status: articles.status,
        publishedAt: articles.publishedAt,
        sectionSlug: categories.slug,
      })
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(eq(articles.id, input.articleId))
      .limit(1);
    if (!article) throw new MutationError('not_found', 'That article no longer exists.');
    if (!isVisibleToReaders(article, now)) {
      throw new MutationError('invalid', 'Notes are for published stories; edit a draft directly.');
    }
    const [row] = await tx
      .insert(articleNotes)
      .values({ articleId: article.id, kind: input.kind, body: input.body, createdBy: actor.id, createdAt: now })
      .returning({ id: articleNotes.id });
    if (!row) throw new Error('note insert returned no row');
    // Not a new version of the text: only its modification time moves, for feeds, sitemaps and dateModified.
    await tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, article.id));
    return {
      result: { id: row.id },
      audit: {
        action: 'article.addNote',
        targetType: 'article',
        targetId: article.id,
        summary: `${articleNoteKindLabels[input.kind]} on ${article.title}: ${input.body}`,
      },
      revalidate: [articlePath(article), CORRECTIONS_PATH],
    };
  },
});
