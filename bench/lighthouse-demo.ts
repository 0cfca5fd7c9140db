/**
 * npm run bench:lighthouse -- [--port 3190] [--runs 3]
 *
 * Lighthouse 12 (mobile: simulated slow 4G, 4× slower CPU) on the demo newsroom as `npm start` serves
 * it — home, a section, an article, the search page and a page of results — each page's median run of
 * --runs, with the bar: Performance ≥ 95, Accessibility, Best Practices and SEO 100, CLS 0.
 * Result pages are kept out of search engines on purpose (noindex), so their SEO score is not held to
 * the bar. Prints a table and the findings of any audit that did not pass. Reported, never asserted.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { runLighthouse, type LighthousePage } from './lib/lighthouse';
import { findChromium } from '../scripts/chromium';
import { findReaderPages, startDemoNewsroom } from '../scripts/demo-server';

const PAGES = ['home', 'section', 'article', 'search', 'results'] as const;
/** Pages that ask search engines not to index them, by design (internal search results). */
const NOT_INDEXED: ReadonlySet<string> = new Set(['results']);

function meetsBar(page: LighthousePage): boolean {
  return (
    (page.performance ?? 0) >= 95 &&
    page.accessibility === 100 &&
    page.bestPractices === 100 &&
    (page.seo === 100 || NOT_INDEXED.has(page.name)) &&
    page.metrics.cumulativeLayoutShift === 0
  );
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '3190' }, runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1 (got "${values.runs}").`);
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found: set CHROMIUM_PATH.');
  const demo = await startDemoNewsroom(Number(values.port));
  try {
    const browser = await chromium.launch({ executablePath: chrome });
    const found = await findReaderPages(await browser.newPage(), demo.origin);
    await browser.close();
    const paths: Record<(typeof PAGES)[number], string> = {
      home: found.home!,
      section: found.section!,
      article: found.article!,
      search: '/search',
      results: found.search!,
    };
    const pages = PAGES.map((name) => ({ name, path: paths[name] }));
    // Every page once first, so each measured run meets a page the server has already rendered and cached.
    for (const page of pages) await fetch(demo.origin + page.path);
    const medians: LighthousePage[] = [];
    for (const page of pages) {
      const results: LighthousePage[] = [];
      for (let run = 0; run < runs; run++) results.push(...(await runLighthouse(demo.origin, [page], chrome)));
      results.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      medians.push(results[Math.floor(results.length / 2)]!);
    }
    console.log(`\nLighthouse 12, mobile, median of ${runs} run(s), ${new Date().toISOString().slice(0, 10)}:`);
    console.log('page      perf  a11y  best  seo   LCP ms  TBT ms  CLS    bar');
    for (const page of medians) {
      const { largestContentfulPaintMs: lcp, totalBlockingTimeMs: tbt, cumulativeLayoutShift: cls } = page.metrics;
      console.log(
        [
          page.name.padEnd(9),
          String(page.performance).padEnd(5),
          String(page.accessibility).padEnd(5),
          String(page.bestPractices).padEnd(5),
          String(page.seo).padEnd(5),
          String(Math.round(lcp ?? 0)).padEnd(7),
          String(Math.round(tbt ?? 0)).padEnd(7),
          String(cls).padEnd(6),
          meetsBar(page) ? 'met' : 'NOT met',
        ].join(' '),
      );
      for (const finding of page.findings) console.log(`    ${finding.category}: ${finding.title} ${finding.items.join(' | ')}`);
    }
  } finally {
    await demo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
