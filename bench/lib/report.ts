/** The benchmark's figures, the issue's targets, and the tables printed and written to bench/results/. */
import type { CrawlFigures, CacheCheck } from './crawl';
import type { CrawlKind } from './crawl-mix';
import type { LighthousePage } from './lighthouse';
import type { RoundFigures } from './load';
import type { OneAtATimeFigures } from './one-at-a-time';
import type { MemoryPeak } from './server';
import type { PageWeight } from './page-weight';

export interface TargetFigures {
  name: string;
  path: string;
  note?: string;
  rounds: RoundFigures[];
  /** Median over rounds. */
  requestsPerSecond: number;
  /** Median over rounds. */
  p50Ms: number;
  /** The worst round's p99: a target is met only if every round met it. */
  p99Ms: number;
  errors: number;
  non2xx: number;
  ratioToBare: number;
  /**
   * Uncached targets only: the median over rounds of this round's req/s over the floor round run just
   * before it, so both sides of each ratio saw the machine in the same state.
   */
  ratioToFloor?: number;
}

/** The median of each target round's req/s over the floor round paired with it. */
export function pairedRatio(target: readonly number[], floor: readonly number[]): number {
  const ratios = target.flatMap((value, index) => {
    const base = floor[index];
    return base !== undefined && base > 0 ? [value / base] : [];
  });
  if (ratios.length === 0) return 0;
  const sorted = [...ratios].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface CrawlReport extends CrawlFigures {
  planned: Record<CrawlKind, number>;
  /** The floor's req/s in a round just before the crawl. */
  floorRequestsPerSecond: number;
  ratioToFloor: number;
  /** After the crawl: the front page and the newest stories, as Next answered them. */
  afterCrawl: CacheCheck[];
}

export interface BenchReport {
  startedAt: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  loadAverage: { start: number[]; beforeLoad: number[]; afterLoad: number[] };
  settings: { articles: number; connections: number; durationSeconds: number; rounds: number; relatedLimit: number; build: boolean };
  newsroom: {
    visibleArticles: number;
    sections: number;
    tags: number;
    authors: number;
    hotArticlePath: string;
    deepSectionPage: { path: string; page: number };
    tagPage: { path: string; articles: number };
    longTail: { requests: number; distinctPages: number; pool: number; withRelatedStories: number };
    seedSeconds: { articles: number; searchIndex: number; related: number; relatedLists: number };
    buildSeconds: number | null;
  };
  targets: TargetFigures[];
  /** The uncached targets' CPU a request, asked one at a time, beside the floor's. */
  oneAtATime: OneAtATimeFigures[];
  /** Next.js's floor: bench/floor, the article page's text rendered per request from memory. */
  floor: { buildSeconds: number; article: string } | null;
  crawl: CrawlReport | null;
  publish: { count: number; p50Ms: number; p95Ms: number; maxMs: number; visibleP50Ms: number; visibleMaxMs: number; includes: string };
  /** Through nginx: how long after each publish the front page showed the story; null without nginx. */
  nginxFreshness: { publishes: number; limitMs: number; seenAfterMs: number[] } | null;
  memory: MemoryPeak;
  articlePage: PageWeight;
  lighthouse: LighthousePage[] | null;
  goals: Goal[];
}

export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

const GHOST_ARTICLE_RPS = 67;

export function evaluateGoals(report: Omit<BenchReport, 'goals'>): Goal[] {
  const goals: Goal[] = [];
  const target = (name: string) => report.targets.find((item) => item.name === name);
  const bare = target('bare Node server');
  const hot = target('hot article');
  const atScale = report.settings.articles >= 100_000;
  const scaleNote = atScale
    ? undefined
    : `measured at ${report.settings.articles.toLocaleString('en-GB')} articles; the target is for 100,000`;
  if (hot && bare) {
    goals.push({
      goal: 'hot article ≥ 0.10 × bare server req/s',
      measured: `${hot.ratioToBare.toFixed(3)} × (${fmt(hot.requestsPerSecond)} / ${fmt(bare.requestsPerSecond)} req/s)`,
      met: hot.ratioToBare >= 0.1,
    });
    goals.push({
      goal: `hot article ≥ 30 × Ghost 5 (${30 * GHOST_ARTICLE_RPS} req/s)`,
      measured: `${fmt(hot.requestsPerSecond)} req/s (${(hot.requestsPerSecond / GHOST_ARTICLE_RPS).toFixed(1)} ×)`,
      met: hot.requestsPerSecond >= 30 * GHOST_ARTICLE_RPS,
    });
    goals.push({
      goal: 'hot article p99 < 50 ms at 16 connections',
      measured: `${fmt(hot.p99Ms)} ms`,
      met: hot.p99Ms < 50 && hot.errors + hot.non2xx === 0,
    });
  }
  const tail = target('long-tail article');
  if (tail)
    goals.push({
      goal: 'long-tail article p99 < 100 ms',
      measured: `${fmt(tail.p99Ms)} ms`,
      met: tail.p99Ms < 100 && tail.errors + tail.non2xx === 0,
      note: scaleNote,
    });
  for (const name of [
    'home',
    'section page 1',
    'deep section page',
    'deep section page, rendered each time',
    'tag page',
    'search, a distinct query each request',
  ]) {
    const item = target(name);
    if (item)
      goals.push({
        goal: `${name} p99 < 100 ms at 100,000 articles`,
        measured: `${fmt(item.p99Ms)} ms`,
        met: item.p99Ms < 100 && item.errors + item.non2xx === 0,
        note: scaleNote,
      });
  }
  const floorGoals: Array<[string, number, number]> = [
    ['long-tail article', 0.5, 100],
    ['search, a distinct query each request', 0.4, 150],
    ['deep section page, rendered each time', 0.5, 100],
  ];
  for (const [name, share, p99] of floorGoals) {
    const item = target(name);
    if (!item || item.ratioToFloor === undefined) continue;
    goals.push({
      goal: `${name} ≥ ${share} × the floor's req/s, p99 < ${p99} ms`,
      measured: `${item.ratioToFloor.toFixed(2)} ×, p99 ${fmt(item.p99Ms)} ms`,
      met: item.ratioToFloor >= share && item.p99Ms < p99 && item.errors + item.non2xx === 0,
      note: scaleNote,
    });
  }
  if (report.crawl) {
    const crawl = report.crawl;
    const crawlScale =
      crawl.requests < 20_000 ? `a ${crawl.requests.toLocaleString('en-GB')}-address crawl; the target is for 20,000` : undefined;
    const notes = [scaleNote, crawlScale].filter(Boolean).join('; ') || undefined;
    goals.push({
      goal: "crawl ≥ 0.5 × the floor's req/s",
      measured: `${crawl.ratioToFloor.toFixed(2)} × (${fmt(crawl.requestsPerSecond)} / ${fmt(crawl.floorRequestsPerSecond)} req/s), p99 ${fmt(crawl.p99Ms)} ms`,
      met: crawl.ratioToFloor >= 0.5 && crawl.errors + crawl.non2xx === 0,
      note: notes,
    });
    goals.push({
      goal: "readers' hot-page p99 < 30 ms during the crawl",
      measured: `${fmt(crawl.readers.p99Ms)} ms`,
      met: crawl.readers.p99Ms < 30 && crawl.readers.errors + crawl.readers.non2xx === 0,
      note: notes,
    });
    goals.push({
      goal: 'server RSS < 400 MB during the crawl',
      measured: `${fmt(crawl.memory.peakMb)} MB`,
      met: crawl.memory.peakMb < 400,
      note: notes,
    });
    goals.push({
      goal: 'front page and newest stories still in the page cache after the crawl',
      measured: crawl.afterCrawl.map((check) => `${check.path}: ${check.nextCache}`).join(', '),
      met: crawl.afterCrawl.every((check) => check.nextCache === '200 HIT' || check.nextCache === '200 STALE'),
      note: notes,
    });
  }
  const nginxStatic = target('nginx static file');
  const nginxHot = target('hot article via nginx');
  if (nginxStatic && nginxHot) {
    const ratio = nginxStatic.requestsPerSecond > 0 ? nginxHot.requestsPerSecond / nginxStatic.requestsPerSecond : 0;
    goals.push({
      goal: 'hot article through nginx ≥ 0.5 × nginx static file req/s',
      measured: `${ratio.toFixed(2)} × (${fmt(nginxHot.requestsPerSecond)} / ${fmt(nginxStatic.requestsPerSecond)} req/s)`,
      met: ratio >= 0.5 && nginxHot.errors + nginxHot.non2xx === 0,
    });
  }
  if (report.nginxFreshness) {
    const worst = Math.max(...report.nginxFreshness.seenAfterMs);
    goals.push({
      goal: `through nginx, a publish is on the front page within the cache lifetime + 2 s (${fmt(report.nginxFreshness.limitMs)} ms)`,
      measured: `${report.nginxFreshness.seenAfterMs.map((ms) => fmt(ms)).join(', ')} ms`,
      met: worst <= report.nginxFreshness.limitMs,
    });
  }
  goals.push({
    goal: 'publish < 300 ms at 100,000 articles (p95)',
    measured: `p50 ${fmt(report.publish.p50Ms)} ms, p95 ${fmt(report.publish.p95Ms)} ms`,
    met: report.publish.p95Ms < 300,
    note: scaleNote,
  });
  goals.push({ goal: 'server RSS < 400 MB under load', measured: `${fmt(report.memory.peakMb)} MB`, met: report.memory.peakMb < 400 });
  goals.push({
    goal: 'article page JavaScript ≤ 120 KB gzipped',
    measured: `${(report.articlePage.javascriptGzipBytes / 1024).toFixed(1)} KB`,
    met: report.articlePage.javascriptGzipBytes <= 120 * 1024,
  });
  if (report.lighthouse) {
    for (const page of report.lighthouse) {
      const met = (page.performance ?? 0) >= 95 && page.accessibility === 100 && (page.bestPractices ?? 0) >= 95 && page.seo === 100;
      goals.push({
        goal: `Lighthouse ${page.name}: Perf ≥ 95, A11y 100, BP ≥ 95, SEO 100`,
        measured: `${page.performance} / ${page.accessibility} / ${page.bestPractices} / ${page.seo}`,
        met,
      });
    }
  } else {
    goals.push({ goal: 'Lighthouse scores', measured: 'not run', met: null });
  }
  return goals;
}

export function fmt(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return Math.round(value).toLocaleString('en-GB');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'NOT met');

export function toMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine, settings, newsroom } = report;
  lines.push(`# Paradox benchmark — ${report.startedAt}`, '');
  lines.push(`Command: \`${report.command}\``, '');
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(0)} GB, Node ${machine.node}. ` +
      `Load average (1/5/15 min) at start ${report.loadAverage.start.map((v) => v.toFixed(2)).join(' / ')}, ` +
      `before load ${report.loadAverage.beforeLoad.map((v) => v.toFixed(2)).join(' / ')}, after ${report.loadAverage.afterLoad.map((v) => v.toFixed(2)).join(' / ')}.`,
    '',
  );
  lines.push(
    `Archive: ${settings.articles.toLocaleString('en-GB')} articles (${newsroom.visibleArticles.toLocaleString('en-GB')} public), ${newsroom.sections} sections, ${newsroom.tags} tags, ${newsroom.authors} authors. ` +
      `Load: ${settings.connections} connections, ${settings.durationSeconds} s per target, targets alternated over ${settings.rounds} round(s).`,
    '',
  );
  lines.push(
    '| target | req/s (median) | p50 ms | p99 ms (worst round) | errors / non-2xx | × bare server | × floor (uncached) |',
    '|---|---|---|---|---|---|---|',
  );
  for (const item of report.targets) {
    lines.push(
      `| ${item.name} | ${fmt(item.requestsPerSecond)} | ${fmt(item.p50Ms)} | ${fmt(item.p99Ms)} | ${item.errors} / ${item.non2xx} | ${item.ratioToBare.toFixed(3)} | ${item.ratioToFloor === undefined ? '' : item.ratioToFloor.toFixed(2)} |`,
    );
  }
  lines.push('');
  for (const item of report.targets) if (item.note) lines.push(`- **${item.name}** (\`${item.path}\`): ${item.note}`);
  for (const item of report.targets) {
    const samples = [...new Set(item.rounds.flatMap((round) => round.non2xxSamples ?? []))].slice(0, 5);
    if (samples.length > 0) lines.push(`- **${item.name}**: not 2xx, for example ${samples.map((sample) => `\`${sample}\``).join(', ')}`);
  }
  lines.push('');
  if (report.oneAtATime.length > 0) {
    lines.push(
      '| one request at a time | server CPU a request, ms | the floor, ms | floor ÷ target | wall ms a request | non-2xx |',
      '|---|---|---|---|---|---|',
    );
    for (const item of report.oneAtATime)
      lines.push(
        `| ${item.name} | ${fmt(item.cpuMsPerRequest)} | ${fmt(item.floorCpuMsPerRequest)} | ${item.ratioToFloor.toFixed(2)} | ${fmt(item.wallMsPerRequest)} | ${item.non2xx} |`,
      );
    lines.push(
      '',
      `Each: ${report.oneAtATime[0]?.requests ?? 0} requests in blocks alternated with the floor's; CPU read from /proc (user + system, all the server's processes), the median block.`,
      '',
    );
  }
  if (report.crawl) {
    const { crawl } = report;
    const planned = Object.entries(crawl.planned)
      .map(([kind, count]) => `${count.toLocaleString('en-GB')} ${kind}`)
      .join(', ');
    lines.push(
      `Crawl: ${crawl.requests.toLocaleString('en-GB')} distinct addresses (${planned}) at 8 connections in ${crawl.seconds.toFixed(1)} s: ` +
        `${fmt(crawl.requestsPerSecond)} req/s (${crawl.ratioToFloor.toFixed(2)} × the floor's ${fmt(crawl.floorRequestsPerSecond)}), p50 ${fmt(crawl.p50Ms)} ms, p99 ${fmt(crawl.p99Ms)} ms, ` +
        `errors ${crawl.errors}, non-2xx ${crawl.non2xx}${crawl.non2xxSamples.length > 0 ? ` (${crawl.non2xxSamples.join(', ')})` : ''}. Readers meanwhile (${crawl.readers.requests.toLocaleString('en-GB')} requests to the hot pages): p50 ${fmt(crawl.readers.p50Ms)} ms, p99 ${fmt(crawl.readers.p99Ms)} ms. ` +
        `Server peak RSS ${fmt(crawl.memory.peakMb)} MB. After the crawl: ${crawl.afterCrawl.map((check) => `\`${check.path}\` ${check.nextCache}`).join(', ')}.`,
      '',
    );
  }
  const { publish, memory, articlePage } = report;
  lines.push(
    `Publish (${publish.count} publishes; ${publish.includes}): p50 ${fmt(publish.p50Ms)} ms, p95 ${fmt(publish.p95Ms)} ms, slowest ${fmt(publish.maxMs)} ms; ` +
      `the new article's page answered after a further ${fmt(publish.visibleP50Ms)} ms (p50), ${fmt(publish.visibleMaxMs)} ms at most.`,
    '',
    `Server memory: peak ${fmt(memory.peakMb)} MB resident over ${memory.processes} process(es) (largest process ${fmt(memory.peakProcessMb)} MB).`,
    '',
    `Article page: HTML ${(articlePage.htmlBytes / 1024).toFixed(1)} KB (${(articlePage.htmlGzipBytes / 1024).toFixed(1)} KB gzipped, of which ${(articlePage.inlineScriptBytes / 1024).toFixed(1)} KB inline script before compression); ` +
      `JavaScript ${articlePage.scripts.length} files, ${(articlePage.javascriptBytes / 1024).toFixed(1)} KB, ${(articlePage.javascriptGzipBytes / 1024).toFixed(1)} KB gzipped` +
      `${articlePage.legacyOnlyScripts.length > 0 ? ` (not counting ${articlePage.legacyOnlyScripts.length} \`nomodule\` polyfill file(s) that modern browsers skip)` : ''}.`,
    '',
  );
  if (report.lighthouse) {
    lines.push(
      '| Lighthouse 12 (mobile) | Performance | Accessibility | Best Practices | SEO | LCP ms | TBT ms | CLS |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const page of report.lighthouse) {
      const m = page.metrics;
      lines.push(
        `| ${page.name} (\`${page.path}\`) | ${page.performance} | ${page.accessibility} | ${page.bestPractices} | ${page.seo} | ${fmt(m.largestContentfulPaintMs ?? NaN)} | ${fmt(m.totalBlockingTimeMs ?? NaN)} | ${m.cumulativeLayoutShift?.toFixed(3) ?? '–'} |`,
      );
    }
    lines.push('');
    const findings = report.lighthouse.flatMap((page) => page.findings.map((finding) => ({ page: page.name, ...finding })));
    if (findings.length > 0) {
      lines.push('Audits that did not pass:', '');
      for (const finding of findings) {
        lines.push(
          `- ${finding.page} · ${finding.category} · \`${finding.id}\` (${finding.title}), score ${finding.score}${finding.items.length ? `: ${finding.items.map((item) => `\`${item.replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 160)}\``).join(', ')}` : ''}`,
        );
      }
      lines.push('');
    }
  }
  lines.push('| target (issues 6 and 21) | measured | |', '|---|---|---|');
  for (const goal of report.goals)
    lines.push(`| ${goal.goal} | ${goal.measured}${goal.note ? ` (${goal.note})` : ''} | ${verdict(goal.met)} |`);
  lines.push('');
  return lines.join('\n');
}
