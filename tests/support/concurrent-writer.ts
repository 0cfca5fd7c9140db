/**
 * A second (or third) writer process for the fault tests: saves and publishes articles through the
 * data layer's mutation as fast as it can, and prints what happened as one JSON line. Run with tsx:
 *   node --conditions=react-server --import tsx tests/support/concurrent-writer.ts LABEL COUNT AUTHOR_ID SECTION_ID
 */
import { closeDb } from '../../db';
import { saveArticle } from '../../newsroom/articles';

async function main() {
  const [label = 'writer', countText = '20', authorText = '0', sectionText = '0'] = process.argv.slice(2);
  const failures: string[] = [];
  let saved = 0;
  for (let n = 1; n <= Number(countText); n++) {
    const title = `Concurrent ${label} story ${n}`;
    try {
      const draft = await saveArticle.execute(Number(authorText), {
        title,
        summary: `Written by ${label}.`,
        body: `<p>${title} body text about harbour ferries.</p>`,
        categoryId: Number(sectionText),
        tagNames: [label],
      });
      if (!draft.ok) throw new Error(draft.message);
      const published = await saveArticle.execute(Number(authorText), {
        id: draft.result.id,
        expectedVersion: draft.result.version,
        title,
        summary: `Written by ${label}.`,
        body: `<p>${title} body text about harbour ferries, now live.</p>`,
        categoryId: Number(sectionText),
        tagNames: [label],
        intent: 'publish',
      });
      if (!published.ok) throw new Error(published.message);
      saved++;
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  process.stdout.write(`${JSON.stringify({ label, saved, failures })}\n`);
}

main()
  .catch((error: unknown) => {
    process.stdout.write(`${JSON.stringify({ fatal: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
