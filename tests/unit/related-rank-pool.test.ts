import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRankingPool } from '../../scripts/related-rank-pool';

/** `related:rebuild`'s ranking processes: one that dies stops the run with its reason, and nothing waits forever. */
describe('the ranking processes of related:rebuild', () => {
  it('a ranking process that dies fails the batch and every later one, with why', async () => {
    const pool = startRankingPool(2, path.resolve('tests/fixtures/rank-workers/dies-on-first-job.mjs'));
    try {
      const ids = Array.from({ length: 100 }, (_, index) => index + 1);
      await expect(pool.rankLists(ids)).rejects.toThrow('a ranking process stopped (exit code 3)');
      await expect(pool.rankLists(ids)).rejects.toThrow('a ranking process stopped (exit code 3)');
    } finally {
      pool.stop();
    }
  });
});
