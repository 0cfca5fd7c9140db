/** npm run related:rebuild — recomputes every article's related stories, with a progress bar. */
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { listRelatableArticleIds, recomputeRelatedFor } from '../newsroom/related';
import { indexMissingArticles } from '../newsroom/search-index';
import { loadDotEnv } from './start';

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${rate.toFixed(0)}/s)`;
}

async function main() {
  loadDotEnv();
  await runMigrations();
  await indexMissingArticles();
  const ids = await listRelatableArticleIds();
  const started = Date.now();
  await recomputeRelatedFor(ids, (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${progressBar(done, total, started)}`);
    else if (done % 500 === 0 || done === total) console.log(`${done}/${total}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(`Recomputed related stories for ${ids.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
