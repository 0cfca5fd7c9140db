import { describe, expect, it } from 'vitest';
import { CRAWL_SHARES, planCrawl, type CrawlPools } from '@/bench/lib/crawl-mix';
import { rng } from '@/bench/lib/synthetic-text';

const pool = (prefix: string, size: number) => Array.from({ length: size }, (_, i) => `/${prefix}/${i}`);
const kindOf = (url: string) => url.split('/')[1];

describe("the crawl's addresses (bench/lib/crawl-mix.ts)", () => {
  const pools: CrawlPools = {
    article: pool('article', 5000),
    section: pool('section', 1000),
    tag: pool('tag', 1000),
    author: pool('author', 500),
  };

  it('asks for each address once, in the shares a crawler walks them', () => {
    const plan = planCrawl(pools, 2000, rng(1));
    expect(plan.urls).toHaveLength(2000);
    expect(new Set(plan.urls).size).toBe(2000);
    expect(plan.counts).toEqual({ article: 1400, section: 240, tag: 240, author: 120 });
    for (const [kind, share] of Object.entries(CRAWL_SHARES))
      expect(plan.urls.filter((url) => kindOf(url) === kind)).toHaveLength(Math.round(2000 * share));
  });

  it('interleaves the kinds rather than walking one after another', () => {
    const first = planCrawl(pools, 2000, rng(1)).urls.slice(0, 100);
    expect(new Set(first.map(kindOf)).size).toBe(4);
  });

  it('gives a short pool’s place to the others and stops at what exists', () => {
    const small: CrawlPools = {
      article: pool('article', 100),
      section: pool('section', 1000),
      tag: pool('tag', 5),
      author: pool('author', 0),
    };
    const plan = planCrawl(small, 500, rng(2));
    expect(plan.urls).toHaveLength(500);
    expect(new Set(plan.urls).size).toBe(500);
    expect(plan.counts.article).toBe(100);
    expect(plan.counts.tag).toBe(5);
    expect(plan.counts.author).toBe(0);
    expect(plan.counts.section).toBe(395);
    expect(planCrawl(small, 10_000, rng(3)).urls).toHaveLength(1105);
  });

  it('counts an address listed twice once', () => {
    const plan = planCrawl({ article: ['/a', '/a', '/b'], section: [], tag: [], author: [] }, 10, rng(4));
    expect(plan.urls.sort()).toEqual(['/a', '/b']);
  });
});
