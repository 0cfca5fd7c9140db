import { describe, expect, it } from 'vitest';
import { evaluateGoals, pairedRatio, type BenchReport, type TargetFigures } from '@/bench/lib/report';

describe("uncached targets as a share of Next.js's floor (bench/lib/report.ts)", () => {
  it('divides each round by the floor round run just before it, and takes the median', () => {
    // The machine slowed down in round 2: both sides saw it, so the ratio holds.
    expect(pairedRatio([50, 25, 52], [100, 50, 100])).toBeCloseTo(0.5);
    expect(pairedRatio([10, 30], [100, 100])).toBeCloseTo(0.2);
  });

  it('leaves out rounds without a floor round, and is 0 with none', () => {
    expect(pairedRatio([40, 80], [100])).toBeCloseTo(0.4);
    expect(pairedRatio([40], [0])).toBe(0);
    expect(pairedRatio([], [])).toBe(0);
  });

  const figures = (name: string, requestsPerSecond: number, p99Ms: number, ratioToFloor?: number): TargetFigures => ({
    name,
    path: '/',
    rounds: [],
    requestsPerSecond,
    p50Ms: p99Ms / 2,
    p99Ms,
    errors: 0,
    non2xx: 0,
    ratioToBare: 0,
    ratioToFloor,
  });

  const report = (targets: TargetFigures[], crawl: BenchReport['crawl']): Omit<BenchReport, 'goals'> => ({
    startedAt: '',
    command: '',
    machine: { cpu: '', cores: 2, memoryGb: 1, node: '', platform: '' },
    loadAverage: { start: [], beforeLoad: [], afterLoad: [] },
    settings: { articles: 100_000, connections: 16, durationSeconds: 10, rounds: 3, relatedLimit: 2000, build: true },
    newsroom: {} as BenchReport['newsroom'],
    targets,
    oneAtATime: [],
    floor: null,
    crawl,
    publish: { count: 0, p50Ms: 0, p95Ms: 0, maxMs: 0, visibleP50Ms: 0, visibleMaxMs: 0, includes: '' },
    nginxFreshness: null,
    memory: { peakMb: 100, peakProcessMb: 100, processes: 1 },
    articlePage: {} as BenchReport['articlePage'],
    lighthouse: null,
  });

  it("marks issue 21's floor targets met or not", () => {
    const goals = evaluateGoals(
      report(
        [
          figures('long-tail article', 160, 90, 0.55),
          figures('search, a distinct query each request', 100, 160, 0.45),
          figures('deep section page, rendered each time', 100, 80, 0.3),
        ],
        null,
      ),
    );
    const verdict = (start: string) => goals.find((goal) => goal.goal.startsWith(start))?.met;
    expect(verdict("long-tail article ≥ 0.5 × the floor's")).toBe(true);
    expect(verdict("search, a distinct query each request ≥ 0.4 × the floor's")).toBe(false);
    expect(verdict("deep section page, rendered each time ≥ 0.5 × the floor's")).toBe(false);
  });

  it('marks the crawl targets, and a front page the crawl pushed out of the cache as not met', () => {
    const crawl: NonNullable<BenchReport['crawl']> = {
      requests: 20_000,
      seconds: 100,
      requestsPerSecond: 200,
      p50Ms: 20,
      p99Ms: 80,
      errors: 0,
      non2xx: 0,
      non2xxSamples: [],
      readers: { requests: 10_000, p50Ms: 2, p99Ms: 12, errors: 0, non2xx: 0 },
      memory: { peakMb: 380, peakProcessMb: 380, processes: 1 },
      planned: { article: 14_000, section: 2_400, tag: 2_400, author: 1_200 },
      floorRequestsPerSecond: 300,
      ratioToFloor: 200 / 300,
      afterCrawl: [
        { path: '/', nextCache: '200 MISS' },
        { path: '/world/newest', nextCache: '200 HIT' },
        { path: '/world/older', nextCache: '200 STALE' },
      ],
    };
    const goals = evaluateGoals(report([], crawl));
    const verdict = (start: string) => goals.find((goal) => goal.goal.startsWith(start))?.met;
    expect(verdict('crawl ≥ 0.5')).toBe(true);
    expect(verdict("readers' hot-page p99")).toBe(true);
    expect(verdict('server RSS < 400 MB during the crawl')).toBe(true);
    expect(verdict('front page and newest stories')).toBe(false);
    // Past its lifetime but still answered from the cache (and refreshed behind it): not pushed out.
    const kept = evaluateGoals(report([], { ...crawl, afterCrawl: crawl.afterCrawl.filter((check) => check.path !== '/') }));
    expect(kept.find((goal) => goal.goal.startsWith('front page and newest stories'))?.met).toBe(true);
  });
});
