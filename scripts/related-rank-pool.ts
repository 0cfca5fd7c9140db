/**
 * Ranking processes for `npm run related:rebuild --workers N`: each batch is cut into small jobs that go to
 * whichever process is free, so N cores rank (each process holds its own snapshot of every article's
 * terms, and a file database serves concurrent readers). The parent keeps writing the batches.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RelatedListRanker, Scored } from '../newsroom/related';
import type { RankReply, RankRequest } from './related-rank-worker';

/** Lists per job: small enough that the processes finish a batch together. */
const JOB_SIZE = 20;

interface Job {
  articleIds: number[];
  done: number;
  resolve: (lists: Array<[number, Scored[]]>) => void;
  reject: (error: Error) => void;
}

export interface RankingPool {
  rankLists: RelatedListRanker;
  stop: () => void;
}

/** Starts `processes` ranking processes running `workerPath` (the ranking worker; tests pass others). */
export function startRankingPool(processes: number, workerPath = path.join(__dirname, 'related-rank-worker.ts')): RankingPool {
  const jobs = new Map<number, Job>();
  const waiting: number[] = [];
  const idle: ChildProcess[] = [];
  const busy = new Map<ChildProcess, number>();
  let nextJob = 0;
  let stopping = false;
  // Once a ranking process has died the pool ranks nothing more: the run stops, and the next continues.
  let broken: Error | null = null;
  let onJobProgress: (() => void) | null = null;

  const dispatch = () => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop();
      const job = waiting.shift();
      if (worker === undefined || job === undefined) break;
      busy.set(worker, job);
      worker.send({ job, articleIds: jobs.get(job)?.articleIds ?? [] } satisfies RankRequest);
    }
  };

  const workers = Array.from({ length: processes }, () => {
    // The parent's loader (tsx) and conditions, so the worker runs the same TypeScript.
    const worker = fork(workerPath, [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    worker.on('message', (message: RankReply) => {
      const job = jobs.get(message.job);
      if (!job) return;
      if (message.kind === 'progress') {
        job.done = message.count;
        onJobProgress?.();
        return;
      }
      jobs.delete(message.job);
      busy.delete(worker);
      idle.push(worker);
      if (message.kind === 'ranked') job.resolve(message.lists);
      else job.reject(new Error(`a ranking process failed: ${message.message}`));
      dispatch();
    });
    const fail = (error: Error) => {
      if (stopping || broken) return;
      broken = error;
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
      waiting.length = 0;
    };
    worker.on('exit', (code, signal) => fail(new Error(`a ranking process stopped (${signal ?? `exit code ${code}`})`)));
    // Sending to a process whose channel has closed: the same as its exit.
    worker.on('error', (error) => fail(new Error(`a ranking process failed: ${error.message}`)));
    idle.push(worker);
    return worker;
  });

  const rankLists: RelatedListRanker = async (articleIds, onRanked) => {
    if (broken) throw broken;
    const batchJobs: Job[] = [];
    const results: Array<Promise<Array<[number, Scored[]]>>> = [];
    for (let start = 0; start < articleIds.length; start += JOB_SIZE) {
      const id = nextJob++;
      results.push(
        new Promise((resolve, reject) => {
          const job: Job = { articleIds: articleIds.slice(start, start + JOB_SIZE), done: 0, resolve, reject };
          batchJobs.push(job);
          jobs.set(id, job);
        }),
      );
      waiting.push(id);
    }
    const report = () => onRanked?.(batchJobs.reduce((sum, job) => sum + job.done, 0));
    onJobProgress = report;
    const settled = results.map((result, index) =>
      result.then((lists) => {
        const job = batchJobs[index];
        if (job) job.done = job.articleIds.length;
        report();
        return lists;
      }),
    );
    dispatch();
    return new Map((await Promise.all(settled)).flat());
  };

  return {
    rankLists,
    stop: () => {
      stopping = true;
      for (const worker of workers) if (worker.connected) worker.disconnect();
    },
  };
}
