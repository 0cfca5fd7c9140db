/**
 * npm run related:rebuild [-- --restart] [-- --workers N] — recomputes every article's related stories,
 * with a progress bar (or a line every few seconds when not on a terminal). Stopped halfway, it continues
 * where it stopped the next time; --restart starts over. The lists are ranked in this process from every
 * article's terms held in memory (about 800 MB resident at 100,000 articles), or by N processes with a copy each
 * (--workers N), and written by this one.
 */
import { parseArgs } from 'node:util';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { rebuildRelatedLists, type RebuildProgress } from '../newsroom/related';
import { indexMissingArticles } from '../newsroom/search-index';
import { startRankingPool, type RankingPool } from './related-rank-pool';
import { loadDotEnv } from './start';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`;
}

/** "[####....] 1200/100000 (41/s, 40 min left)": the rate counts only this invocation's lists. */
function progressLine(progress: RebuildProgress, started: number, bar: boolean): string {
  const width = 30;
  const share = progress.done / Math.max(1, progress.total);
  const rate = (progress.done - progress.resumedAt) / Math.max(0.001, (Date.now() - started) / 1000);
  const left = rate > 0 ? (progress.total - progress.done) / rate : Number.POSITIVE_INFINITY;
  const filled = Math.round(share * width);
  const counts = `${progress.done}/${progress.total} (${rate.toFixed(0)}/s, ${duration(left)} left)`;
  return bar ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts}` : counts;
}

async function main() {
  const { values } = parseArgs({ options: { restart: { type: 'boolean', default: false }, workers: { type: 'string' } } });
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error('--workers takes a whole number from 1 to 64');
  loadDotEnv();
  await runMigrations();
  await indexMissingArticles();
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  let rankingStarted: number | null = null;
  // With one worker the lists are ranked in this process.
  pool = workers > 1 ? startRankingPool(workers) : null;
  const result = await rebuildRelatedLists({
    restart: values.restart,
    rankLists: pool?.rankLists,
    onProgress: (progress) => {
      // The rate counts ranking only, not the term counts and statistics loaded before it.
      rankingStarted ??= Date.now();
      if (progress.done === progress.resumedAt && progress.done > 0)
        console.log(`Continuing a stopped rebuild at ${progress.done}/${progress.total} (--restart starts over).`);
      if (tty) {
        // Redrawn at most ten times a second.
        if (Date.now() - lastLine > 100 || progress.done === progress.total) {
          lastLine = Date.now();
          process.stderr.write(`\r${progressLine(progress, rankingStarted, true)}`);
        }
      } else if (Date.now() - lastLine > 5000 || progress.done === progress.total) {
        lastLine = Date.now();
        console.log(progressLine(progress, rankingStarted, false));
      }
    },
  });
  if (tty) process.stderr.write('\n');
  console.log(
    `Recomputed related stories for ${result.done - result.resumedAt} articles in ${duration((Date.now() - started) / 1000)}${result.resumedAt > 0 ? ` (${result.total} in all, with the stopped run's)` : ''}${workers > 1 ? `, ranked by ${workers} processes` : ''}.`,
  );
}

let pool: RankingPool | null = null;

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    pool?.stop();
    return closeDb();
  });
