/**
 * Publishes every payload of the XSS corpus through the editor's save path (the saveArticle mutation
 * the article form's action calls, as the e2e editor), in its own section, dated years back so no
 * reader test sees it. Run in a child process by attack.setup.ts, against the e2e server's database;
 * the same payloads go through the JSONL importer's command there too.
 */
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '../../db';
import { saveArticle } from '../../newsroom/articles';
import { categories, users } from '../../db/schema';
import { createSection } from '../../newsroom/taxonomy';
import { loadXssCorpus } from '../../tests/fixtures/xss-corpus';
import { ATTACK_SECTION, corpusSaveSlug, CORPUS_PUBLISHED_AT } from './attack';
import { staff } from './staff';

async function main() {
  const db = getDb();
  const [editor] = await db.select({ id: users.id }).from(users).where(eq(users.email, staff.editor.email));
  if (!editor) throw new Error('The e2e editor account is missing');
  const created = await createSection.execute(editor.id, { name: 'Attack corpus', slug: ATTACK_SECTION });
  const [section] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, ATTACK_SECTION));
  if (!section) throw new Error(`Could not create the corpus section: ${JSON.stringify(created)}`);
  for (const entry of loadXssCorpus()) {
    const outcome = await saveArticle.execute(
      editor.id,
      {
        title: `Corpus ${entry.id}: ${entry.payload}`.slice(0, 200),
        slug: corpusSaveSlug(entry.id),
        summary: entry.payload.slice(0, 400),
        // A line of text first: a payload the sanitizer empties would otherwise meet the checklist's empty-body rule.
        body: `<p>Saved payload ${entry.id}</p>${entry.payload}`,
        categoryId: section.id,
        tagNames: ['Attack corpus'],
        featuredImageAlt: entry.payload.slice(0, 300),
        intent: 'publish',
      },
      new Date(CORPUS_PUBLISHED_AT.getTime() + entry.id * 60_000),
    );
    if (!outcome.ok) throw new Error(`Payload ${entry.id} was refused: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
