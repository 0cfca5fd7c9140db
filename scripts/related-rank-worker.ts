/**
 * One ranking process of `npm run related:rebuild --workers N` (started by scripts/related-rank-pool.ts):
 * ranks the lists it is sent with reads only, from its own snapshot of every article's terms and over
 * its own database connection, and sends them back. The parent writes them; this process never writes.
 */
import { closeDb } from '../db';
import { loadRelatedSnapshot, snapshotRanker, type RelatedListRanker, type Scored } from '../newsroom/related';
import { loadDotEnv } from './start';

export type RankRequest = { job: number; articleIds: number[] };
export type RankReply =
  | { job: number; kind: 'progress'; count: number }
  | { job: number; kind: 'ranked'; lists: Array<[number, Scored[]]> }
  | { job: number; kind: 'failed'; message: string };

function reply(message: RankReply): void {
  // The parent may be gone mid-job (it stopped); its disconnect then ends this process, quietly.
  if (process.connected) process.send?.(message, (error: Error | null) => void error);
}

async function main() {
  if (!process.send) throw new Error('scripts/related-rank-worker.ts is started by npm run related:rebuild, not by hand');
  loadDotEnv();
  // Taken at the first job, so after the parent noted the latest change (rebuildRelatedLists).
  let ranker: Promise<RelatedListRanker> | null = null;
  process.on('message', (request: RankRequest) => {
    void (async () => {
      try {
        ranker ??= loadRelatedSnapshot().then(snapshotRanker);
        const lists = await (
          await ranker
        )(request.articleIds, (count) => {
          // A tick every ten lists is enough for the progress bar.
          if (count % 10 === 0) reply({ job: request.job, kind: 'progress', count });
        });
        reply({ job: request.job, kind: 'ranked', lists: [...lists] });
      } catch (error) {
        reply({ job: request.job, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  // The parent closing the channel (it finished, or it died) ends this process.
  process.on('disconnect', () => void closeDb().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
