/**
 * A crawler walking distinct addresses at 8 connections while readers keep asking for the hot pages;
 * then whether the pages readers care most about (the front page, the newest stories) are still served
 * from Next's page cache, i.e. the crawl did not push them out.
 */
import autocannon from 'autocannon';
import { NonOkSamples } from './load';
import { watchMemory, type MemoryPeak } from './server';

export const CRAWL_CONNECTIONS = 8;
/** Readers during the crawl: a steady 100 requests a second over 4 connections, to the hot pages in turn. */
export const READER_CONNECTIONS = 4;
export const READER_RATE = 100;

export interface CrawlFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  non2xxSamples: string[];
  readers: { requests: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };
  memory: MemoryPeak;
}

function run(options: autocannon.Options): { instance: autocannon.Instance; done: Promise<autocannon.Result> } {
  let instance: autocannon.Instance | null = null;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  if (!instance) throw new Error('autocannon did not start');
  return { instance, done };
}

/** Walks every address in `urls` once, at CRAWL_CONNECTIONS, while readers ask for `hotPaths` in turn. */
export async function runCrawl(origin: string, urls: string[], hotPaths: string[], serverPid: number): Promise<CrawlFigures> {
  let next = 0;
  let readerNext = 0;
  const samples = new NonOkSamples();
  const memory = watchMemory(serverPid);
  const readers = run({
    url: `${origin}/`,
    connections: READER_CONNECTIONS,
    overallRate: READER_RATE,
    duration: 24 * 3600,
    requests: [{ setupRequest: (request) => ({ ...request, path: hotPaths[readerNext++ % hotPaths.length] ?? '/' }) }],
  });
  const started = performance.now();
  const crawl = run({
    url: `${origin}/`,
    connections: CRAWL_CONNECTIONS,
    amount: urls.length,
    timeout: 60,
    requests: [
      {
        setupRequest: (request, context) => samples.sent({ ...request, path: urls[next++ % urls.length] ?? '/' }, context),
        onResponse: (status, _body, context) => samples.answered(status, context),
      },
    ],
  });
  const crawled = await crawl.done;
  const seconds = (performance.now() - started) / 1000;
  readers.instance.stop();
  const read = await readers.done;
  return {
    requests: crawled.requests.total,
    seconds,
    requestsPerSecond: crawled.requests.total / Math.max(0.001, seconds),
    p50Ms: crawled.latency.p50,
    p99Ms: crawled.latency.p99,
    errors: crawled.errors + crawled.timeouts,
    non2xx: crawled.non2xx,
    non2xxSamples: samples.list,
    readers: {
      requests: read.requests.total,
      p50Ms: read.latency.p50,
      p99Ms: read.latency.p99,
      errors: read.errors + read.timeouts,
      non2xx: read.non2xx,
    },
    memory: memory.stop(),
  };
}

export interface CacheCheck {
  path: string;
  /**
   * Status and Next's `x-nextjs-cache` header: HIT or STALE when the page came from its page cache (STALE:
   * past its 30-second `revalidate`, served from the cache while it is rendered again behind it); MISS
   * when it had to be rendered because the cache no longer held it.
   */
  nextCache: string;
}

/**
 * Next's own answer for each page, past the production server's one-second memory copies (a conditional
 * request never comes from them; the made-up tag never matches, so the answer is a full 200).
 */
export async function checkPageCache(origin: string, paths: string[]): Promise<CacheCheck[]> {
  const checks: CacheCheck[] = [];
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`, { headers: { 'if-none-match': '"bench-never-matches"' } });
    await response.arrayBuffer();
    checks.push({ path, nextCache: `${response.status} ${response.headers.get('x-nextjs-cache') ?? 'no x-nextjs-cache header'}` });
  }
  return checks;
}
