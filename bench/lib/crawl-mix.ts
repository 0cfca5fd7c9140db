/**
 * The addresses a search engine's crawler walks on a news site, in its proportions. Pure: no I/O.
 *
 * A crawler finds a news site's stories mostly through its sitemaps and asks for story pages far more
 * than for anything else; it walks listing pages (sections, tags, authors, their older pages) to discover
 * links, less often the deeper they go since they change less. The shares below (70% stories, 12% section
 * pages, 12% tag pages, 6% author pages) are that shape, rounded; each address is asked for once.
 */
export type CrawlKind = 'article' | 'section' | 'tag' | 'author';

export const CRAWL_SHARES: Record<CrawlKind, number> = { article: 0.7, section: 0.12, tag: 0.12, author: 0.06 };

export type CrawlPools = Record<CrawlKind, string[]>;

export interface CrawlPlan {
  urls: string[];
  counts: Record<CrawlKind, number>;
}

const KINDS: CrawlKind[] = ['article', 'section', 'tag', 'author'];

/**
 * `count` distinct addresses (fewer when the pools hold fewer), each kind by its share; a kind whose pool
 * runs short leaves its place to the others, in proportion. Shuffled with `random`, as a crawler
 * interleaves them.
 */
export function planCrawl(pools: CrawlPools, count: number, random: () => number): CrawlPlan {
  const distinct = Object.fromEntries(KINDS.map((kind) => [kind, [...new Set(pools[kind])]])) as CrawlPools;
  const total = Math.min(
    Math.max(0, Math.floor(count)),
    KINDS.reduce((sum, kind) => sum + distinct[kind].length, 0),
  );
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<CrawlKind, number>;
  let left = total;
  // Hand out the shares; what a short pool cannot take goes round again to the kinds that still have room.
  while (left > 0) {
    const open = KINDS.filter((kind) => counts[kind] < distinct[kind].length);
    const shareSum = open.reduce((sum, kind) => sum + CRAWL_SHARES[kind], 0);
    let given = 0;
    for (const kind of open) {
      const want = Math.max(1, Math.floor((left * CRAWL_SHARES[kind]) / shareSum));
      const take = Math.min(want, distinct[kind].length - counts[kind], left - given);
      counts[kind] += take;
      given += take;
      if (given === left) break;
    }
    left -= given;
  }
  const urls: string[] = [];
  for (const kind of KINDS) urls.push(...shuffled(distinct[kind], random).slice(0, counts[kind]));
  return { urls: shuffled(urls, random), counts };
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
