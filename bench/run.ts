/**
 * npm run bench -- [--articles 10000] [--duration 10] [--rounds 3] [--connections 16] [--related 2000]
 *                  [--port 3110] [--crawl 20000] [--skip-build] [--skip-lighthouse] [--cpu-prof]
 *
 * One run, all figures as ratios of the same machine at the same moment: builds the site, seeds a
 * synthetic newsroom into a temporary database (generated text, no copied articles), starts the
 * production server and loads it with autocannon — a hot article, long-tail articles (each request a
 * page not asked for before), home, a section's first and 50th page (the 50th also with an ignored query
 * that differs each request, so none is a repeat), the biggest tag and search — beside
 * a bare Node server returning the hot article's bytes from memory, the physical limit, and (when nginx
 * is installed) deploy/nginx/paradox.conf in front: the same bytes as a static file and the hot article
 * through its cache, then how soon a publish shows through it. Then publish
 * latency, the server's peak memory, the article page's weight and Lighthouse.
 *
 * Uncached targets (long-tail articles, search with a distinct query each request, a deep section page
 * rendered each time) are also given as a share of Next.js's own floor (bench/floor: a minimal app
 * rendering the article per request), each round of them right after a floor round, and then asked one
 * at a time beside it for the CPU a request costs (bench/lib/one-at-a-time.ts); then a crawl of
 * distinct addresses at 8 connections while readers ask for the hot pages (bench/lib/crawl.ts).
 * `--cpu-prof` instead runs only the floor and the long tail, with V8's CPU profiler on both servers,
 * and summarises the profiles side by side (bench/lib/cpu-profile.ts), with the site's database
 * statements timed by the clock beside them (bench/lib/statement-clock.mjs). Prints a table and writes
 * JSON and Markdown to bench/results/ (timestamped, and bench-latest.*). Timings are reported, never
 * asserted; the issue's targets are marked met or not met.
 */
import fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { startBareServer } from './lib/bare-server';
import { checkPageCache, runCrawl } from './lib/crawl';
import { planCrawl, type CrawlPools } from './lib/crawl-mix';
import { readStatementClock, summariseProfiles } from './lib/cpu-profile';
import { buildFloor, startFloor, type RunningFloor } from './lib/floor';
import { runLighthouse, type LighthousePage } from './lib/lighthouse';
import { findChromium } from '../scripts/chromium';
import { runLoad, type LoadTarget, type RoundFigures } from './lib/load';
import { measureOneAtATime } from './lib/one-at-a-time';
import { measurePageWeight } from './lib/page-weight';
import { evaluateGoals, fmt, pairedRatio, toMarkdown, type BenchReport, type CrawlReport, type TargetFigures } from './lib/report';
import { buildSite, projectRoot, startSite, watchMemory, type RunningSite } from './lib/server';
import { findNginx, NGINX_CACHE_LIFETIME_MS, writeNginxConfig } from '../scripts/nginx-site';
import { median, percentile, rng, sentence, topics, headline } from './lib/synthetic-text';

const DEEP_PAGE = 50;
const NGINX_STATIC_PATH = '/__bench/static.html';
const PUBLISHES = 20;
/** One request at a time: blocks alternated with the floor, and requests in each (bench/lib/one-at-a-time.ts). */
const ONE_AT_A_TIME_BLOCKS = 3;
const ONE_AT_A_TIME_REQUESTS = 100;

function positiveInteger(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} takes a whole number of at least 1 (got "${value}").`);
  return number;
}

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      related: { type: 'string' },
      port: { type: 'string' },
      crawl: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
    },
  });
  const articles = positiveInteger(values.articles, 10_000, '--articles');
  if (articles < 200) throw new Error('--articles takes at least 200 (a deep section page needs a few hundred stories).');
  return {
    articles,
    durationSeconds: positiveInteger(values.duration, 10, '--duration'),
    rounds: positiveInteger(values.rounds, 3, '--rounds'),
    connections: positiveInteger(values.connections, 16, '--connections'),
    // Related stories cost ~30 ms of CPU an article to compute; every list the run reads is computed.
    relatedLimit: values.related === 'all' ? Number.MAX_SAFE_INTEGER : positiveInteger(values.related, 2000, '--related'),
    port: positiveInteger(values.port, 3110, '--port'),
    crawl: positiveInteger(values.crawl, 20_000, '--crawl'),
    cpuProfile: values['cpu-prof'],
    build: !values['skip-build'],
    lighthouse: !values['skip-lighthouse'],
  };
}

const log = (message: string) => console.log(message);
const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

/** Follows a listing's "older stories" links from page one to page `page` (or the last page). */
async function followCursor(origin: string, basePath: string, page: number): Promise<{ path: string; page: number }> {
  let current = basePath;
  let reached = 1;
  const pattern = new RegExp(`href="(${basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?before=[^"]+)"`);
  while (reached < page) {
    const response = await fetch(`${origin}${current}`);
    if (!response.ok) throw new Error(`${current} answered ${response.status}`);
    const next = pattern.exec(await response.text())?.[1]?.replace(/&amp;/g, '&');
    if (!next) break;
    current = next;
    reached++;
  }
  return { path: current, page: reached };
}

function summarise(name: string, target: LoadTarget, rounds: RoundFigures[], bareRps: number, note?: string): TargetFigures {
  const requestsPerSecond = median(rounds.map((round) => round.requestsPerSecond));
  const empty = rounds.filter((round) => round.requests === 0).length;
  const emptyNote = empty > 0 ? `no request completed in ${empty} round(s): each took longer than the round` : undefined;
  return {
    name,
    path: typeof target.path === 'string' ? target.path : `${target.path()} …`,
    note: [note, emptyNote].filter(Boolean).join('; ') || undefined,
    rounds,
    requestsPerSecond,
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    // A round in which no request completed has no latency to show: it fails any latency target.
    p99Ms: rounds.some((round) => round.requests === 0) ? Number.POSITIVE_INFINITY : Math.max(...rounds.map((round) => round.p99Ms)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    ratioToBare: bareRps > 0 ? requestsPerSecond / bareRps : 0,
  };
}

async function main() {
  const settings = options();
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  log(
    `Load average now ${loadAtStart.join(' / ')} on ${os.cpus().length} cores${loadAtStart[0] !== undefined && loadAtStart[0] > os.cpus().length ? ' — the machine is busy; figures will be low and noisy' : ''}.`,
  );

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-bench-'));
  const databaseUrl = `file:${path.join(workDir, 'bench.db')}`;
  process.env.DATABASE_URL = databaseUrl;
  let site: RunningSite | null = null;
  let bare: ChildProcess | null = null;
  let nginx: RunningNginx | null = null;
  let floor: RunningFloor | null = null;
  const cleanUp = async () => {
    bare?.kill();
    await floor?.stop();
    nginx?.child.kill('SIGQUIT');
    await site?.stop();
    const { closeDb } = await import('../db');
    await closeDb();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  try {
    const { runMigrations } = await import('../db/migrate');
    const { seedSyntheticNewsroom } = await import('./lib/newsroom');
    await runMigrations();
    const now = Date.now();
    log(`Seeding ${settings.articles.toLocaleString('en-GB')} articles…`);
    const newsroom = await seedSyntheticNewsroom({ articles: settings.articles, relatedLimit: settings.relatedLimit, now, log });
    log(
      `  ${newsroom.seconds.articles.toFixed(1)} s articles, ${newsroom.seconds.searchIndex.toFixed(1)} s search index, ${newsroom.seconds.related.toFixed(1)} s related stories`,
    );

    let buildSeconds: number | null = null;
    if (settings.build) {
      log('Building (next build)…');
      buildSeconds = buildSite(databaseUrl);
    } else if (!fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
      throw new Error('--skip-build was given but there is no build: run `npm run build` first.');
    }

    const floorBuildSeconds = buildFloor(log);
    const profileDir = path.join(projectRoot, 'bench', 'results', 'profiles', startedAt.toISOString().replace(/[:.]/g, '-'));
    const profileArguments = (name: string) =>
      settings.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, name)}`, '--cpu-prof-interval=500'] : [];

    // Profiling: the site's statements are also timed by the clock, since the profile overstates them.
    const statementClockFile = path.join(profileDir, 'statement-clock.json');
    const statementClock: { nodeArguments: string[]; env: Record<string, string> } = settings.cpuProfile
      ? {
          nodeArguments: ['--import', pathToFileURL(path.join(projectRoot, 'bench', 'lib', 'statement-clock.mjs')).href],
          env: { PARADOX_STATEMENT_CLOCK: statementClockFile },
        }
      : { nodeArguments: [], env: {} };
    if (settings.cpuProfile) fs.mkdirSync(profileDir, { recursive: true });

    log(`Starting the production server on port ${settings.port}…`);
    site = await startSite(settings.port, databaseUrl, {
      nodeArguments: [...profileArguments('site'), ...statementClock.nodeArguments],
      env: statementClock.env,
    });
    const { origin } = site;

    // The floor renders the hot article's own text: what the site's article page shows, from memory.
    const { getDb } = await import('../db');
    const hotSlug = newsroom.hotArticlePath.split('/').pop() ?? '';
    const [hotRow] = await getDb().all<{ title: string; summary: string; body: string; author: string; publishedAt: number }>(sql`
      select a.title as title, a.summary as summary, a.body as body, u.name as author, a.published_at as publishedAt
      from articles a join users u on u.id = a.author_id where a.slug = ${hotSlug}`);
    if (!hotRow) throw new Error('the hot article is not in the database');
    floor = await startFloor(
      settings.port + 3,
      {
        title: hotRow.title,
        summary: hotRow.summary,
        byline: hotRow.author,
        published: new Date(hotRow.publishedAt).toISOString(),
        sections: newsroom.sections.map((section) => section.name),
        body: hotRow.body,
      },
      workDir,
      profileArguments('floor'),
    );

    const hotResponse = await fetch(`${origin}${newsroom.hotArticlePath}`);
    if (!hotResponse.ok) throw new Error(`the hot article answered ${hotResponse.status}`);
    const hotHtml = Buffer.from(await hotResponse.arrayBuffer());
    bare = await startBareServer(hotHtml, settings.port + 1, workDir);
    const bareOrigin = `http://127.0.0.1:${settings.port + 1}`;
    nginx = await startNginx(workDir, settings.port + 2, settings.port, hotHtml);
    if (!nginx) log('nginx skipped: not installed (apt-get install -y nginx-light).');

    const biggestSection = newsroom.sections.reduce((best, section) => (section.articles > best.articles ? section : best));
    const deep = await followCursor(origin, `/${biggestSection.slug}`, DEEP_PAGE);
    const tag = newsroom.tags[0];
    if (!tag) throw new Error('no tags');

    let tailIndex = 0;
    const tailPath = () => newsroom.longTailPaths[tailIndex++ % newsroom.longTailPaths.length] ?? '/';
    // The same deep page with a query the site ignores, different each request: never a repeat, so
    // never answered from the production server's one-second memory copies. The page's own cost.
    let deepIndex = 0;
    const deepRenderedPath = () => `${deep.path}${deep.path.includes('?') ? '&' : '?'}bench=${deepIndex++}`;
    // A distinct query each request: two of a topic's 20 most used words (60 × 190 pairs), shuffled.
    const searchQueries = distinctSearchQueries();
    let searchIndex = 0;
    const searchPath = () => `/search?q=${encodeURIComponent(searchQueries[searchIndex++ % searchQueries.length] ?? 'news')}`;
    let floorIndex = 0;
    const floorPath = () => newsroom.longTailPaths[floorIndex++ % newsroom.longTailPaths.length] ?? '/floor';
    const floorTarget = {
      name: 'Next.js floor (bench/floor, rendered per request)',
      origin: floor.origin,
      target: { name: 'floor', path: floorPath },
    };
    const allTargets: Array<{ name: string; origin: string; target: LoadTarget; warm: boolean; uncached?: boolean }> = [
      { name: 'bare Node server', origin: bareOrigin, target: { name: 'bare', path: newsroom.hotArticlePath }, warm: true },
      { name: 'hot article', origin, target: { name: 'hot', path: newsroom.hotArticlePath }, warm: true },
      { name: 'long-tail article', origin, target: { name: 'tail', path: tailPath }, warm: false, uncached: true },
      { name: 'home', origin, target: { name: 'home', path: '/' }, warm: true },
      { name: 'section page 1', origin, target: { name: 'section', path: `/${biggestSection.slug}` }, warm: true },
      { name: 'deep section page', origin, target: { name: 'deep', path: deep.path }, warm: true },
      {
        name: 'deep section page, rendered each time',
        origin,
        target: { name: 'deep-rendered', path: deepRenderedPath },
        warm: true,
        uncached: true,
      },
      { name: 'tag page', origin, target: { name: 'tag', path: `/tag/${tag.slug}` }, warm: true },
      { name: 'search, a distinct query each request', origin, target: { name: 'search', path: searchPath }, warm: true, uncached: true },
      ...(nginx
        ? [
            { name: 'nginx static file', origin: nginx.origin, target: { name: 'nginx-static', path: NGINX_STATIC_PATH }, warm: true },
            {
              name: 'hot article via nginx',
              origin: nginx.origin,
              target: { name: 'nginx-hot', path: newsroom.hotArticlePath },
              warm: true,
            },
          ]
        : []),
    ];
    // Profiling: the floor and the long tail only, so each profile is one kind of render.
    const targets = settings.cpuProfile ? allTargets.filter((item) => item.name === 'long-tail article') : allTargets;

    const loadBefore = loadAverage();
    const memory = watchMemory(site.child.pid ?? 0);
    log('Warming up…');
    // Profiling leaves the warm-up out, so the profiles hold only the rounds (and each server's start).
    for (const item of settings.cpuProfile ? [] : [floorTarget, ...targets.filter((candidate) => candidate.warm)]) {
      await runLoad(item.origin, item.target, {
        connections: settings.connections,
        durationSeconds: Math.min(2, settings.durationSeconds),
      });
    }
    const rounds = new Map<string, RoundFigures[]>([floorTarget, ...targets].map((item) => [item.name, []]));
    const statementsBefore = settings.cpuProfile ? await readStatementClock(statementClockFile, site.child.pid ?? 0) : null;
    // Each uncached target's rounds, and the floor round run just before each of them.
    const pairedFloor = new Map<string, number[]>();
    const roundLine = (round: number, name: string, figures: RoundFigures) =>
      log(
        `  round ${round}/${settings.rounds} ${name.slice(0, 24).padEnd(24)} ${fmt(figures.requestsPerSecond).padStart(8)} req/s  p50 ${fmt(figures.p50Ms)} ms  p99 ${fmt(figures.p99Ms)} ms  errors ${figures.errors}  non-2xx ${figures.non2xx}`,
      );
    for (let round = 1; round <= settings.rounds; round++) {
      for (const item of targets) {
        if (item.uncached) {
          const floorFigures = await runLoad(floorTarget.origin, floorTarget.target, {
            connections: settings.connections,
            durationSeconds: settings.durationSeconds,
          });
          rounds.get(floorTarget.name)?.push(floorFigures);
          pairedFloor.set(item.name, [...(pairedFloor.get(item.name) ?? []), floorFigures.requestsPerSecond]);
          roundLine(round, 'floor', floorFigures);
        }
        const figures = await runLoad(item.origin, item.target, {
          connections: settings.connections,
          durationSeconds: settings.durationSeconds,
        });
        rounds.get(item.name)?.push(figures);
        roundLine(round, item.name, figures);
      }
    }
    const memoryPeak = memory.stop();
    if (settings.cpuProfile) {
      const statementsAfter = await readStatementClock(statementClockFile, site.child.pid ?? 0);
      log('Writing the CPU profiles…');
      await floor.stop();
      await site.stop();
      floor = null;
      site = null;
      const requestsOf = (name: string) => (rounds.get(name) ?? []).reduce((sum, one) => sum + one.requests, 0);
      const requests = { floor: requestsOf(floorTarget.name), site: requestsOf('long-tail article') };
      const statements = statementsBefore && {
        statements: statementsAfter.statements - statementsBefore.statements,
        milliseconds: statementsAfter.milliseconds - statementsBefore.milliseconds,
      };
      const summary = summariseProfiles(path.join(profileDir, 'floor'), path.join(profileDir, 'site'), projectRoot, requests, statements);
      fs.writeFileSync(path.join(profileDir, 'summary.md'), summary);
      console.log(`\n${summary}`);
      console.log(`Profiles in ${path.relative(projectRoot, profileDir)} (open them in Chrome's DevTools, Performance tab).`);
      return;
    }
    const loadAfter = loadAverage();
    const bareRps = median((rounds.get('bare Node server') ?? []).map((round) => round.requestsPerSecond));
    const tailRequests = tailIndex;
    const withRelated = Math.min(tailRequests, newsroom.relatedComputed);
    const notes: Record<string, string> = {
      'long-tail article': `${tailRequests.toLocaleString('en-GB')} requests over ${Math.min(tailRequests, newsroom.longTailPaths.length).toLocaleString('en-GB')} different articles${tailRequests > newsroom.longTailPaths.length ? ' (the pool ran out: later requests repeat pages)' : ', none asked for twice'}; ${withRelated.toLocaleString('en-GB')} of them with related stories computed`,
      'deep section page': `page ${deep.page}, reached by following the "older stories" links; repeats within a second come from the server's memory copy`,
      'deep section page, rendered each time': `the same page with a different ignored query each request, so every one is rendered`,
      'tag page': `the most used tag, ${tag.articles.toLocaleString('en-GB')} public articles`,
      'search, a distinct query each request': `${Math.min(searchIndex, searchQueries.length).toLocaleString('en-GB')} different two-word queries${searchIndex > searchQueries.length ? ' (the pool ran out: later requests repeat queries)' : ', none asked twice'}`,
      [floorTarget.name]: `bench/floor with the project's next and react: the hot article's text rendered per request from memory (force-dynamic, no database), one round before each round of an uncached target`,
      'bare Node server': `the hot article's ${hotHtml.length.toLocaleString('en-GB')} bytes from memory, plain node:http`,
      'nginx static file': `the same bytes as a file, served by nginx (deploy/nginx/paradox.conf, ${nginx?.workers ?? 0} workers)`,
      'hot article via nginx': 'through deploy/nginx/paradox.conf: its 5-second page cache in front of the production server',
    };
    const targetFigures = targets.map((item) => {
      const figures = summarise(item.name, item.target, rounds.get(item.name) ?? [], bareRps, notes[item.name]);
      if (!item.uncached) return figures;
      const ratioToFloor = pairedRatio(
        figures.rounds.map((one) => one.requestsPerSecond),
        pairedFloor.get(item.name) ?? [],
      );
      return { ...figures, ratioToFloor };
    });
    targetFigures.splice(
      1,
      0,
      summarise(floorTarget.name, floorTarget.target, rounds.get(floorTarget.name) ?? [], bareRps, notes[floorTarget.name]),
    );

    log('One request at a time…');
    // A failure here leaves this table out of the report rather than losing the whole run.
    const oneAtATime = await measureOneAtATime(
      { origin: floor.origin, pid: floor.child.pid ?? 0, target: floorTarget.target },
      targets
        .filter((item) => item.uncached)
        .map((item) => ({ name: item.name, origin: item.origin, pid: site?.child.pid ?? 0, target: item.target })),
      { blocks: ONE_AT_A_TIME_BLOCKS, perBlock: ONE_AT_A_TIME_REQUESTS },
    ).catch((error: unknown) => {
      log(`  skipped: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    for (const item of oneAtATime)
      log(
        `  ${item.name.slice(0, 38).padEnd(38)} ${fmt(item.cpuMsPerRequest)} ms CPU a request, the floor ${fmt(item.floorCpuMsPerRequest)} ms: ${item.ratioToFloor.toFixed(2)} ×`,
      );

    const crawl = await crawlWhileReading(
      origin,
      floorTarget,
      settings,
      newsroom.hotArticlePath,
      `/${biggestSection.slug}`,
      site.child.pid ?? 0,
    );

    log('Publishing…');
    const publish = await measurePublishes(origin, newsroom.editorId, biggestSection.id);
    const nginxFreshness = nginx ? await measureFreshnessThroughNginx(nginx.origin, newsroom.editorId, biggestSection.id) : null;

    log('Weighing the article page…');
    const articlePage = await measurePageWeight(origin, newsroom.hotArticlePath);

    let lighthouse: LighthousePage[] | null = null;
    if (settings.lighthouse) {
      const chrome = findChromium();
      if (!chrome) {
        log('Lighthouse skipped: no Chromium (set CHROME_PATH or CHROMIUM_PATH, or apt-get install chromium).');
      } else {
        log('Lighthouse (mobile)…');
        lighthouse = await runLighthouse(
          origin,
          [
            { name: 'article', path: newsroom.hotArticlePath },
            { name: 'home', path: '/' },
            { name: 'section', path: `/${biggestSection.slug}` },
          ],
          chrome,
        );
      }
    }

    const partial: Omit<BenchReport, 'goals'> = {
      startedAt: startedAt.toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGb: os.totalmem() / 1024 ** 3,
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      loadAverage: { start: loadAtStart, beforeLoad: loadBefore, afterLoad: loadAfter },
      settings: {
        articles: settings.articles,
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        rounds: settings.rounds,
        relatedLimit: settings.relatedLimit,
        build: settings.build,
      },
      newsroom: {
        visibleArticles: newsroom.visibleArticles,
        sections: newsroom.sections.length,
        tags: newsroom.tags.length,
        authors: 40,
        hotArticlePath: newsroom.hotArticlePath,
        deepSectionPage: deep,
        tagPage: { path: `/tag/${tag.slug}`, articles: tag.articles },
        longTail: {
          requests: tailRequests,
          distinctPages: Math.min(tailRequests, newsroom.longTailPaths.length),
          pool: newsroom.longTailPaths.length,
          withRelatedStories: withRelated,
        },
        seedSeconds: { ...newsroom.seconds, relatedLists: newsroom.relatedComputed },
        buildSeconds,
      },
      targets: targetFigures,
      oneAtATime,
      floor: { buildSeconds: floorBuildSeconds, article: newsroom.hotArticlePath },
      crawl,
      publish,
      nginxFreshness,
      memory: memoryPeak,
      articlePage,
      lighthouse,
    };
    const report: BenchReport = { ...partial, goals: evaluateGoals(partial) };
    const markdown = toMarkdown(report);
    const resultsDir = path.join(projectRoot, 'bench', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    for (const name of [`bench-${stamp}`, 'bench-latest']) {
      fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(resultsDir, `${name}.md`), markdown);
    }
    console.log(`\n${markdown}`);
    console.log(`Written to bench/results/bench-${stamp}.{json,md} and bench/results/bench-latest.{json,md}.`);
  } finally {
    await cleanUp();
  }
}

interface RunningNginx {
  child: ChildProcess;
  origin: string;
  workers: number;
}

/**
 * deploy/nginx/paradox.conf in front of the production server, plus one location serving the hot
 * article's bytes as a static file: nginx's own limit, the yardstick for the cached page through it.
 */
async function startNginx(workDir: string, port: number, upstreamPort: number, hotHtml: Buffer): Promise<RunningNginx | null> {
  const binary = findNginx();
  if (!binary) return null;
  const dir = path.join(workDir, 'nginx');
  fs.mkdirSync(dir, { recursive: true });
  // nginx's workers run as an unprivileged user and read and write here.
  fs.chmodSync(dir, 0o777);
  fs.chmodSync(workDir, 0o755);
  const staticFile = path.join(dir, 'static.html');
  fs.writeFileSync(staticFile, hotHtml);
  const workers = os.cpus().length;
  const config = writeNginxConfig({
    dir,
    listenPort: port,
    upstreamPorts: [upstreamPort],
    workerProcesses: workers,
    accessLog: false,
    extraLocations: `    location = ${NGINX_STATIC_PATH} { alias ${staticFile}; default_type text/html; }\n\n`,
  });
  const child = spawn(binary, ['-c', config, '-p', dir], { stdio: 'inherit' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${path.join(dir, 'error.log')}`);
    try {
      if ((await fetch(`${origin}${NGINX_STATIC_PATH}`)).ok) return { child, origin, workers };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('nginx did not answer');
}

/**
 * Stale pages through nginx: an editor publishes (through the data layer, from this process, as
 * another instance would), and the front page is fetched through nginx until it shows the story.
 * The promise is the cache's stated lifetime (5 s) on top of the instances' own 2 s.
 */
async function measureFreshnessThroughNginx(
  nginxOrigin: string,
  editorId: number,
  sectionId: number,
): Promise<NonNullable<BenchReport['nginxFreshness']>> {
  const { saveArticle } = await import('../newsroom/articles');
  const times: number[] = [];
  const limitMs = NGINX_CACHE_LIFETIME_MS + 2_000;
  for (let i = 0; i < 5; i++) {
    // Cached first, so the publish lands on a page nginx holds.
    await (await fetch(`${nginxOrigin}/`)).arrayBuffer();
    const title = `Freshness check ${i} ${Date.now().toString(36)}`;
    const result = await saveArticle.execute(editorId, {
      title,
      summary: '',
      body: `<p>${title}.</p>`,
      categoryId: sectionId,
      tagNames: [],
      intent: 'publish',
    });
    if (!result.ok) throw new Error(`publish failed: ${result.message}`);
    const started = performance.now();
    let seenAfter = Number.POSITIVE_INFINITY;
    while (performance.now() - started < limitMs + 5_000) {
      const sent = performance.now() - started;
      if ((await (await fetch(`${nginxOrigin}/`)).text()).includes(title)) {
        seenAfter = sent;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    times.push(seenAfter);
    // Let nginx's copy age differently for the next publish.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
  }
  return { publishes: times.length, limitMs, seenAfterMs: times };
}

/**
 * An editor publishing new stories through the data layer's own mutation (save, search index, related
 * stories of the article and its neighbours, audit), against the running server's database; then how
 * long until the new article's page answers. Revalidation happens inside the server's action, which
 * this cannot call: a publish made here revalidates nothing.
 */
async function measurePublishes(origin: string, editorId: number, sectionId: number): Promise<BenchReport['publish']> {
  const { saveArticle } = await import('../newsroom/articles');
  const { warmRelatedStatistics } = await import('../newsroom/related');
  // As a starting server does (instrumentation.ts), so the first publish is not a cold one.
  await warmRelatedStatistics();
  const random = rng(2024);
  const publishTimes: number[] = [];
  const visibleTimes: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const topic = topics[i % topics.length] ?? [];
    const started = performance.now();
    const result = await saveArticle.execute(editorId, {
      title: `${headline(random, topic, 8)} ${i}`,
      summary: sentence(random, topic),
      body: Array.from({ length: 8 }, () => `<p>${sentence(random, topic)} ${sentence(random, topic)} ${sentence(random, topic)}</p>`).join(
        '\n',
      ),
      categoryId: sectionId,
      tagNames: [headline(random, topic, 1)],
      intent: 'publish',
    });
    publishTimes.push(performance.now() - started);
    if (!result.ok) throw new Error(`publish failed: ${result.message}`);
    const articlePath = result.revalidate.find(
      (candidate) => candidate.split('/').length === 3 && candidate.endsWith(`/${result.result.slug}`),
    );
    const visibleStarted = performance.now();
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await fetch(`${origin}${articlePath ?? '/'}`);
      await response.arrayBuffer();
      if (response.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    visibleTimes.push(performance.now() - visibleStarted);
  }
  return {
    count: PUBLISHES,
    p50Ms: percentile(publishTimes, 50),
    p95Ms: percentile(publishTimes, 95),
    maxMs: Math.max(...publishTimes),
    visibleP50Ms: percentile(visibleTimes, 50),
    visibleMaxMs: Math.max(...visibleTimes),
    includes:
      "data-layer saveArticle: validation, save, revision, search index, related stories of the article and its neighbours, audit — not the server action's revalidation",
  };
}

/** Every pair of a topic's 20 most used words, shuffled: thousands of queries, each asked once. */
function distinctSearchQueries(): string[] {
  const queries: string[] = [];
  for (const topic of topics) {
    const frequent = topic.slice(0, 20);
    for (let a = 0; a < frequent.length; a++) for (let b = a + 1; b < frequent.length; b++) queries.push(`${frequent[a]} ${frequent[b]}`);
  }
  const random = rng(7);
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queries[i], queries[j]] = [queries[j] as string, queries[i] as string];
  }
  return queries;
}

/**
 * The addresses a crawler may ask for, from the database: every public story, and every listing page
 * (sections, tags, authors; the first pages and each older page by its cursor, as the "older stories"
 * links give them).
 */
async function crawlPools(): Promise<CrawlPools> {
  const { getDb } = await import('../db');
  const { encodeCursor } = await import('../lib/pagination');
  const { LISTING_PAGE_SIZE } = await import('../lib/listing');
  const { articlePath, authorPath, sectionPath, tagPath } = await import('../lib/paths');
  const now = Date.now();
  const db = getDb();
  const rows = await db.all<{ id: number; slug: string; publishedAt: number; section: string }>(sql`
    select a.id as id, a.slug as slug, a.published_at as publishedAt, c.slug as section
    from articles a join categories c on c.id = a.category_id
    where a.status = 'published' and a.published_at <= ${now} order by a.published_at desc, a.id desc`);
  const bylineRows = await db.all<{ id: number; publishedAt: number; author: string }>(sql`
    select a.id as id, a.published_at as publishedAt, p.slug as author
    from article_bylines b join articles a on a.id = b.article_id join byline_profiles p on p.id = b.profile_id
    where a.status = 'published' and a.published_at <= ${now} order by a.published_at desc, a.id desc`);
  const tagRows = await db.all<{ id: number; publishedAt: number; tag: string }>(sql`
    select a.id as id, a.published_at as publishedAt, t.slug as tag
    from article_tags at join articles a on a.id = at.article_id join tags t on t.id = at.tag_id
    where a.status = 'published' and a.published_at <= ${now} order by a.published_at desc, a.id desc`);
  const listingPages = (items: Array<{ id: number; publishedAt: number; key: string }>, basePath: (key: string) => string) => {
    const byKey = new Map<string, Array<{ id: number; publishedAt: number }>>();
    for (const item of items) {
      const list = byKey.get(item.key);
      if (list) list.push(item);
      else byKey.set(item.key, [item]);
    }
    const pages: string[] = [];
    for (const [key, list] of byKey) {
      pages.push(basePath(key));
      for (let last = LISTING_PAGE_SIZE - 1; last < list.length - 1; last += LISTING_PAGE_SIZE) {
        const item = list[last];
        if (item) pages.push(`${basePath(key)}?before=${encodeURIComponent(encodeCursor(item))}`);
      }
    }
    return pages;
  };
  return {
    article: rows.map((row) => articlePath({ sectionSlug: row.section, slug: row.slug })),
    section: listingPages(
      rows.map((row) => ({ id: row.id, publishedAt: row.publishedAt, key: row.section })),
      sectionPath,
    ),
    tag: listingPages(
      tagRows.map((row) => ({ id: row.id, publishedAt: row.publishedAt, key: row.tag })),
      tagPath,
    ),
    author: listingPages(
      bylineRows.map((row) => ({ id: row.id, publishedAt: row.publishedAt, key: row.author })),
      authorPath,
    ),
  };
}

/**
 * One floor round, then the crawl with readers on the hot pages, then Next's answer for the front page
 * and the newest stories (fetched once before the crawl, and not among the readers' pages but the first).
 */
async function crawlWhileReading(
  origin: string,
  floorTarget: { origin: string; target: LoadTarget },
  settings: { crawl: number; connections: number; durationSeconds: number },
  hotArticlePath: string,
  sectionPagePath: string,
  serverPid: number,
): Promise<CrawlReport> {
  const pools = await crawlPools();
  const plan = planCrawl(pools, settings.crawl, rng(31));
  const newest = pools.article.slice(0, 5);
  for (const page of ['/', ...newest]) await (await fetch(`${origin}${page}`)).arrayBuffer();
  const floorRound = await runLoad(floorTarget.origin, floorTarget.target, {
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
  });
  log(`Crawling ${plan.urls.length.toLocaleString('en-GB')} addresses at 8 connections while readers ask for the hot pages…`);
  const figures = await runCrawl(origin, plan.urls, ['/', hotArticlePath, sectionPagePath], serverPid);
  // Past the production server's one-second memory copies.
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  const afterCrawl = await checkPageCache(origin, ['/', ...newest]);
  log(
    `  crawl ${fmt(figures.requestsPerSecond)} req/s (floor ${fmt(floorRound.requestsPerSecond)}), p99 ${fmt(figures.p99Ms)} ms; readers p99 ${fmt(figures.readers.p99Ms)} ms; peak RSS ${fmt(figures.memory.peakMb)} MB`,
  );
  return {
    ...figures,
    planned: plan.counts,
    floorRequestsPerSecond: floorRound.requestsPerSecond,
    ratioToFloor: floorRound.requestsPerSecond > 0 ? figures.requestsPerSecond / floorRound.requestsPerSecond : 0,
    afterCrawl,
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
