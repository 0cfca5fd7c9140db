/**
 * npm run test:soak -- --minutes N [--connections 32] [--port 3190] [--publish-every 3] [--hostile 1]
 *
 * A soak test of the production build: the demo newsroom on a fresh database, the production server
 * (as `npm start` runs it) serving it, 32 connections (autocannon) cycling through reader pages
 * (home, sections, articles, tags, authors, search) for N minutes, while an editor publishes a new story every few seconds through the
 * data layer's saveArticle mutation from this process (a second process writing the same database,
 * as another instance would) and checks it is live on the site within 2 seconds. Reports requests, latency,
 * errors, non-2xx and 5xx answers, publishes, and the server's memory (RSS) at start, end and peak.
 * With --hostile 1 (the default) a hostile client runs beside them (bench/lib/hostile-client.ts): stray
 * action posts, malformed addresses and bodies, and 20 wrong sign-ins a second against one account; the
 * report adds its answers, the server's restarts and uncaught errors, and whether the lockout held (at
 * most the allowed number of guesses verified, and the right password refused afterwards).
 * Writes JSON to bench/results/soak-<time>.json. Exits 1 on any error, 5xx, failed publish, restart or
 * broken lock.
 *
 * Only ever talks to 127.0.0.1, and stops by itself after N minutes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startHostileClient, tryRightPassword } from './lib/hostile-client';
import { projectRoot, residentMegabytes, startSite } from './lib/server';

function parseOptions() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '1' },
      connections: { type: 'string', default: '32' },
      port: { type: 'string', default: process.env.SOAK_PORT ?? '3190' },
      'publish-every': { type: 'string', default: '3' },
      hostile: { type: 'string', default: '1' },
    },
  });
  const minutes = Number(values.minutes);
  const connections = Number(values.connections);
  const port = Number(values.port);
  const publishEvery = Number(values['publish-every']);
  const hostile = values.hostile === '1';
  if (
    !(minutes > 0 && minutes <= 240) ||
    !(connections >= 1 && connections <= 512) ||
    !Number.isInteger(port) ||
    !(publishEvery >= 0.5) ||
    !['0', '1'].includes(values.hostile)
  ) {
    throw new Error('Usage: npm run test:soak -- --minutes N [--connections 32] [--port 3190] [--publish-every 3] [--hostile 1|0]');
  }
  return { minutes, connections, port, publishEvery, hostile };
}

/**
 * After the guessing: how many of the victim's guesses were checked against the password (each checked
 * wrong one is audited as "wrong password"), and whether the right password, sent now, signs in.
 */
async function lockoutOutcome(victim: { email: string; password: string }, victimId: number) {
  const { getDb } = await import('../db');
  const schema = await import('../db/schema');
  const { ACCOUNT_FAILURE_LIMIT } = await import('../newsroom/sign-in-throttle');
  const { and, eq, like, count } = await import('drizzle-orm');
  const port = Number(process.env.PORT);
  await tryRightPassword(port, victim.email, victim.password);
  const audited = (action: string, summary: string) =>
    getDb()
      .select({ n: count() })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.targetId, victimId), like(schema.auditLog.summary, summary)));
  const [[wrong], [signedIn]] = await Promise.all([audited('auth.signInFailed', '%wrong password%'), audited('auth.signIn', '%')]);
  return { limit: ACCOUNT_FAILURE_LIMIT, passwordsVerified: wrong?.n ?? 0, rightPasswordSignedIn: (signedIn?.n ?? 0) > 0 };
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
  const { createAccountUnguarded } = await import('../newsroom/accounts');
  const { getDb, closeDb } = await import('../db');
  const schema = await import('../db/schema');
  const { saveArticle } = await import('../newsroom/articles');
  const { getLatestArticles } = await import('../db/articles');
  const { listSections } = await import('../db/sections');
  const { eq } = await import('drizzle-orm');

  ensureBuild();
  await prepareDatabase();
  const editor = await createAccountUnguarded(
    { email: 'soak-editor@paradox.test', name: 'Soak Editor', role: 'editor', password: crypto.randomBytes(18).toString('base64url') },
    { via: 'cli' },
  );
  const victim = { email: 'soak-victim@paradox.test', password: crypto.randomBytes(18).toString('base64url') };
  const victimAccount = await createAccountUnguarded({ ...victim, name: 'Soak Victim', role: 'author' }, { via: 'cli' });

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
  const serverLog = { listening: 0, uncaught: 0, errors: 0 };
  const server = await startSite(options.port, process.env.DATABASE_URL ?? '', {
    onLogLine: (line) => {
      if (line.includes('"msg":"listening"')) serverLog.listening++;
      if (line.includes('"msg":"uncaught exception"')) serverLog.uncaught++;
      if (line.includes('"level":"error"') || line.includes('"level":"fatal"')) serverLog.errors++;
    },
  });
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
          const [row] = await getDb()
            .select({ slug: schema.articles.slug })
            .from(schema.articles)
            .where(eq(schema.articles.id, outcome.result.id));
          const section = sections.find((candidate) => candidate.id === sectionId);
          const page = await fetch(`${base}/${section?.slug}/${row?.slug}`);
          // Written by another process, as another instance would: the server's page cache learns of it
          // from the database within its poll interval, and the promise is "everywhere within 2 seconds".
          let onHome = false;
          for (const deadline = Date.now() + 2000; !onHome && Date.now() < deadline;) {
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

    const hostileClient = options.hostile ? startHostileClient(options.port, victim.email) : null;
    console.log(
      `Soaking ${base} for ${options.minutes} minute(s): ${options.connections} connections over ${paths.length} reader pages, a publish every ${options.publishEvery} s${hostileClient ? ', and a hostile client' : ''}…`,
    );
    const result = await autocannon({
      url: base,
      connections: options.connections,
      duration: options.minutes * 60,
      timeout: 30,
      requests: paths.map((pagePath) => ({ method: 'GET' as const, path: pagePath })),
    });
    clearInterval(publishing);
    publishing = undefined;
    const hostile = hostileClient ? await hostileClient.stop() : null;
    const lockout = hostile ? await lockoutOutcome(victim, victimAccount.id) : null;
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
      server: { restarts: server.child.exitCode !== null || server.child.signalCode !== null ? 1 : serverLog.listening - 1, ...serverLog },
      hostile,
      lockout,
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
server          ${report.server.restarts} restarts, ${serverLog.uncaught} uncaught exceptions, ${serverLog.errors} error lines${
      hostile && lockout
        ? `
hostile client  ${hostile.requests} requests (${hostile.signInGuesses} sign-in guesses), ${hostile.status5xx} 5xx, ${hostile.shed} shed (503 with Retry-After), ${hostile.unanswered} unanswered, statuses ${JSON.stringify(hostile.statusCodes)}
lockout         ${lockout.passwordsVerified} guesses verified (limit ${lockout.limit}); right password afterwards ${lockout.rightPasswordSignedIn ? 'SIGNED IN' : 'refused'}`
        : ''
    }
written to      ${path.relative(projectRoot, file)}`);
    if (publishes.failures.length > 0) console.log(`publish failures: ${publishes.failures.join(' | ')}`);
    const hostileFailed = hostile !== null && (hostile.status5xx > 0 || hostile.unanswered > 0);
    const lockBroken = lockout !== null && (lockout.passwordsVerified > lockout.limit || lockout.rightPasswordSignedIn);
    const failed =
      report.errors > 0 ||
      report.status5xx > 0 ||
      report.non2xx > 0 ||
      publishes.failed > 0 ||
      publishes.notVisible > 0 ||
      report.server.restarts > 0 ||
      serverLog.uncaught > 0 ||
      hostileFailed ||
      lockBroken;
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
