/**
 * npm run test:soak -- --minutes N [--connections 32] [--port 3190] [--publish-every 3]
 *
 * A soak test of the production build: the demo newsroom on a fresh database, the production server
 * (as `npm start` runs it) serving it, 32 connections (autocannon) cycling through reader pages
 * (home, sections, articles, tags, authors, search) for N minutes, while an editor publishes a new story every few seconds through the
 * data layer's saveArticle mutation from this process (a second process writing the same database,
 * as another instance would) and checks it is live on the site within 2 seconds. Reports requests, latency,
 * errors, non-2xx and 5xx answers, publishes, and the server's memory (RSS) at start, end and peak.
 * Writes JSON to bench/results/soak-<time>.json. Exits 1 on any error, 5xx or failed publish.
 *
 * Only ever talks to 127.0.0.1, and stops by itself after N minutes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectRoot, residentMegabytes, startSite } from './lib/server';

function parseOptions() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '1' },
      connections: { type: 'string', default: '32' },
      port: { type: 'string', default: process.env.SOAK_PORT ?? '3190' },
      'publish-every': { type: 'string', default: '3' },
    },
  });
  const minutes = Number(values.minutes);
  const connections = Number(values.connections);
  const port = Number(values.port);
  const publishEvery = Number(values['publish-every']);
  if (!(minutes > 0 && minutes <= 240) || !(connections >= 1 && connections <= 512) || !Number.isInteger(port) || !(publishEvery >= 0.5)) {
    throw new Error('Usage: npm run test:soak -- --minutes N [--connections 32] [--port 3190] [--publish-every 3]');
  }
  return { minutes, connections, port, publishEvery };
}

async function main() {
  const options = parseOptions();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-soak-'));
  const base = `http://127.0.0.1:${options.port}`;
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(dataDir, 'site.db')}`,
    SEED_DEMO: '1',
    PORT: String(options.port),
    SITE_URL: `http://localhost:${options.port}`,
    AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
  });

  const { ensureBuild, prepareDatabase } = await import('../scripts/start');
  const { createAccountUnguarded } = await import('../db/users');
  const { getDb, closeDb } = await import('../db');
  const schema = await import('../db/schema');
  const { saveArticle } = await import('../db/article-mutations');
  const { getLatestArticles } = await import('../db/articles');
  const { listSections } = await import('../db/sections');
  const { eq } = await import('drizzle-orm');

  ensureBuild();
  await prepareDatabase();
  const editor = await createAccountUnguarded({ email: 'soak-editor@paradox.test', name: 'Soak Editor', role: 'editor', password: crypto.randomBytes(18).toString('base64url') }, { via: 'cli' });

  const sections = await listSections();
  const latest = await getLatestArticles(20);
  const tagRows = await getDb().select({ slug: schema.tags.slug }).from(schema.tags).limit(5);
  const authorRows = await getDb().select({ slug: schema.users.slug }).from(schema.users).limit(3);
  const paths = [
    '/',
    ...sections.map((section) => `/${section.slug}`),
    ...latest.map((article) => `/${article.sectionSlug}/${article.slug}`),
    ...tagRows.map((tag) => `/tag/${tag.slug}`),
    ...authorRows.map((author) => `/author/${author.slug}`),
    '/search?q=harbour',
    '/search?q=port+strike',
    '/search?q=council&section=politics',
  ];
  const sectionId = sections[0]?.id;
  if (!sectionId) throw new Error('The demo newsroom has no section');


  const publishes = { ok: 0, failed: 0, notVisible: 0, failures: [] as string[] };
  let publishing: NodeJS.Timeout | undefined;
  const rssSamples: number[] = [];
  let sampling: NodeJS.Timeout | undefined;
  const server = await startSite(options.port, process.env.DATABASE_URL ?? '');
  const serverPid = server.child.pid ?? 0;
  try {
    // Warm every page once, so the start figure is a served server's, not a cold one's.
    for (const pagePath of paths) await fetch(`${base}${pagePath}`).then((response) => response.arrayBuffer());
    const rssStart = residentMegabytes(serverPid);
    sampling = setInterval(() => {
      const rss = residentMegabytes(serverPid);
      if (rss !== null) rssSamples.push(rss);
    }, 5000);

    let storyNumber = 0;
    let publishInFlight = false;
    publishing = setInterval(() => {
      if (publishInFlight) return;
      publishInFlight = true;
      storyNumber++;
      const title = `Soak desk story ${storyNumber} ${Date.now().toString(36)}`;
      void (async () => {
        try {
          const outcome = await saveArticle.execute(editor.id, {
            title,
            summary: `Published by the soak test, number ${storyNumber}.`,
            body: `<p>${title}: the harbour ferries ran late again, and the council promised a review.</p>`,
            categoryId: sectionId,
            tagNames: ['Soak'],
            intent: 'publish',
          });
          if (!outcome.ok) throw new Error(outcome.message);
          const [row] = await getDb().select({ slug: schema.articles.slug }).from(schema.articles).where(eq(schema.articles.id, outcome.result.id));
          const section = sections.find((candidate) => candidate.id === sectionId);
          const page = await fetch(`${base}/${section?.slug}/${row?.slug}`);
          // Written by another process, as another instance would: the server's page cache learns of it
          // from the database within its poll interval, and the promise is "everywhere within 2 seconds".
          let onHome = false;
          for (const deadline = Date.now() + 2000; !onHome && Date.now() < deadline; ) {
            onHome = (await (await fetch(`${base}/`)).text()).includes(title);
            if (!onHome) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          if (page.status !== 200 || !onHome) publishes.notVisible++;
          publishes.ok++;
        } catch (error) {
          publishes.failed++;
          if (publishes.failures.length < 10) publishes.failures.push(error instanceof Error ? error.message : String(error));
        } finally {
          publishInFlight = false;
        }
      })();
    }, options.publishEvery * 1000);

    console.log(`Soaking ${base} for ${options.minutes} minute(s): ${options.connections} connections over ${paths.length} reader pages, a publish every ${options.publishEvery} s…`);
    const result = await autocannon({
      url: base,
      connections: options.connections,
      duration: options.minutes * 60,
      timeout: 30,
      requests: paths.map((pagePath) => ({ method: 'GET' as const, path: pagePath })),
    });
    clearInterval(publishing);
    publishing = undefined;
    while (publishInFlight) await new Promise((resolve) => setTimeout(resolve, 100));
    const rssEnd = residentMegabytes(serverPid);
    clearInterval(sampling);
    sampling = undefined;

    const report = {
      minutes: options.minutes,
      connections: options.connections,
      pages: paths.length,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      statusCodes: result.statusCodeStats ?? {},
      publishes,
      serverRssMb: { start: rssStart, end: rssEnd, peak: rssSamples.length > 0 ? Math.max(...rssSamples) : rssEnd },
      machine: { cpus: os.cpus().length, node: process.version },
      finishedAt: new Date().toISOString(),
    };
    const resultsDir = path.join(projectRoot, 'bench', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `soak-${report.finishedAt.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

    console.log(`
requests        ${report.requests} (${report.requestsPerSecond}/s)
latency         p50 ${report.latencyMs.p50} ms · p97.5 ${report.latencyMs.p97_5} ms · p99 ${report.latencyMs.p99} ms · max ${report.latencyMs.max} ms
errors          ${report.errors} (timeouts ${report.timeouts})
non-2xx         ${report.non2xx} (5xx: ${report.status5xx})
publishes       ${publishes.ok} ok, ${publishes.failed} failed, ${publishes.notVisible} not visible within 2 s
server RSS      start ${report.serverRssMb.start ?? 'n/a'} MB · end ${report.serverRssMb.end ?? 'n/a'} MB · peak ${report.serverRssMb.peak ?? 'n/a'} MB
written to      ${path.relative(projectRoot, file)}`);
    if (publishes.failures.length > 0) console.log(`publish failures: ${publishes.failures.join(' | ')}`);
    const failed = report.errors > 0 || report.status5xx > 0 || report.non2xx > 0 || publishes.failed > 0 || publishes.notVisible > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (publishing) clearInterval(publishing);
    if (sampling) clearInterval(sampling);
    await server.stop();
    await closeDb();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
