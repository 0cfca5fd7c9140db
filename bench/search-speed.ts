/**
 * npm run bench:search -- [--articles N]   (default 20,000; --articles 100000 works)
 *
 * Builds a synthetic archive of N articles in a temporary database (a text generator, no copied
 * articles), then measures search latency (p50/p95 over 200 queries) and publish latency (an editor's
 * save with search indexing and the related-stories update, 40 publishes, after loading the term
 * statistics as a starting server does). Prints and writes JSON to
 * bench/results/search-speed.json. Timings are reported, never asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, rng, sentence, topics, zipfPick } from './lib/synthetic-text';

async function main() {
  const { values } = parseArgs({ options: { articles: { type: 'string' } } });
  const count = Number(values.articles ?? 20_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-bench-search-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`;
  const { runMigrations } = await import('../db/migrate');
  const { getDb, closeDb } = await import('../db');
  const schema = await import('../db/schema');
  const { sql } = await import('drizzle-orm');
  const { searchPublishedArticles } = await import('../db/search');
  const { saveArticle } = await import('../newsroom/articles');
  const { warmRelatedStatistics } = await import('../newsroom/related');
  await runMigrations();
  const db = getDb();
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'bench@x.invalid', name: 'Bench', slug: 'bench', role: 'editor', passwordHash: 'x' })
    .returning();
  if (!section || !editor) throw new Error('setup failed');

  const random = rng(42);
  const buildStart = performance.now();
  const now = Date.now();
  for (let start = 0; start < count; start += 1000) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const topic = topics[i % topics.length] ?? [];
        const title = `${sentence(random, topic).slice(0, 60)} ${i}`;
        const body = Array.from({ length: 6 }, () => sentence(random, topic)).join(' ');
        const [row] = await tx
          .insert(schema.articles)
          .values({
            slug: `bench-${i}`,
            title,
            summary: '',
            body: `<p>${body}</p>`,
            status: 'published',
            publishedAt: new Date(now - i * 60_000),
            authorId: editor.id,
            categoryId: section.id,
          })
          .returning({ id: schema.articles.id });
        await tx.run(sql`insert into article_search (rowid, title, summary, body) values (${row?.id}, ${title}, '', ${body})`);
      }
    });
    if (process.stderr.isTTY) process.stderr.write(`\rbuilding archive ${Math.min(count, start + 1000)}/${count}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const buildSeconds = (performance.now() - buildStart) / 1000;

  // Typical reader queries: one or two topic words, plus some hostile input.
  const queryRandom = rng(99);
  const queries = Array.from({ length: 190 }, (_, i) => {
    const topic = topics[i % topics.length] ?? [];
    return i % 3 === 0 ? `${zipfPick(topic, queryRandom)} ${zipfPick(topic, queryRandom)}` : zipfPick(topic, queryRandom);
  }).concat(['"unbalanced', 'NEAR(a b)', '***', 'a OR b', '-minus']);
  const searchTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const query = queries[i % queries.length] ?? 'news';
    const started = performance.now();
    await searchPublishedArticles({ query, page: 1 + (i % 3), pageSize: 10 });
    searchTimes.push(performance.now() - started);
  }

  // What a server does when it starts (instrumentation.ts), so the first publish is measured as a
  // running server would see it.
  const warmStart = performance.now();
  await warmRelatedStatistics();
  const termStatisticsLoadMs = performance.now() - warmStart;

  const publishTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const topic = topics[i % topics.length] ?? [];
    const started = performance.now();
    const result = await saveArticle.execute(editor.id, {
      title: `Bench publish ${i} ${topic[0] ?? ''}`,
      summary: sentence(random, topic),
      body: `<p>${Array.from({ length: 8 }, () => sentence(random, topic)).join(' ')}</p>`,
      categoryId: section.id,
      intent: 'publish',
    });
    publishTimes.push(performance.now() - started);
    if (!result.ok) throw new Error(result.message);
  }

  const results = {
    articles: count,
    buildSeconds,
    searchMs: { p50: percentile(searchTimes, 50), p95: percentile(searchTimes, 95) },
    publishMs: {
      first: publishTimes[0] ?? 0,
      p50: percentile(publishTimes, 50),
      p95: percentile(publishTimes, 95),
      max: Math.max(...publishTimes),
    },
    termStatisticsLoadMs,
  };
  console.log(JSON.stringify(results, null, 2));
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/results/search-speed.json'), `${JSON.stringify(results, null, 2)}\n`);
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
