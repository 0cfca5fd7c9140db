/**
 * npm run bench:related -- --corpus FILE.jsonl [--holdout-only]
 *
 * Imports a labelled news corpus into a fresh temporary database with every article in ONE section and
 * no tags, so the labels are hidden from the ranking; computes related stories; reports precision@5 (the
 * share of related stories whose hidden label matches the article's) for Paradox's ranking and for the
 * baseline "newest in the same section", separately for the tuning split and the held-out split
 * (every fifth article by a hash of its id, never looked at while choosing weights), plus timings.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

function stableHash(value: string): number {
  return crypto.createHash('sha1').update(value).digest().readUInt32BE(0);
}

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, limit: { type: 'string' } } });
  const corpusPath = values.corpus ?? path.resolve('../shared/data/news-corpus.jsonl');
  if (!fs.existsSync(corpusPath)) {
    console.log(`Skipped: no corpus at ${corpusPath} (pass --corpus FILE.jsonl).`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-bench-related-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`;
  const { runMigrations } = await import('../db/migrate');
  const { getDb, closeDb } = await import('../db');
  const schema = await import('../db/schema');
  const { recomputeRelatedFor } = await import('../newsroom/related');
  const { slugify } = await import('../lib/slug');
  await runMigrations();
  const db = getDb();

  const lines = fs.readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean);
  const limit = values.limit ? Number(values.limit) : lines.length;
  const records = lines.slice(0, limit).map((line) => JSON.parse(line) as { id: number; category: string; title: string; body: string });

  // The corpus goes through the real importer, without its labels: one section, no tags.
  const { importJsonl } = await import('../newsroom/importers/jsonl');
  await db.insert(schema.users).values({ email: 'bench@x.invalid', name: 'Bench', slug: 'bench', role: 'author' });
  const labelBySlug = new Map<string, string>();
  const heldOutSlugs = new Set<string>();
  const base = Date.UTC(2026, 0, 1);
  const jsonl = records
    .map((record) => {
      // Publish times from a hash of the id, so neither ranking can read the label from the corpus order.
      const hash = stableHash(String(record.id));
      const slug = `${slugify(record.title).slice(0, 60)}-${record.id}`;
      labelBySlug.set(slug, record.category);
      if (hash % 5 === 0) heldOutSlugs.add(slug);
      return JSON.stringify({
        title: record.title,
        body: record.body,
        slug,
        published_at: new Date(base + (hash % (60 * 86_400)) * 1000).toISOString(),
      });
    })
    .join('\n');
  const jsonlPath = path.join(dir, 'corpus-unlabelled.jsonl');
  fs.writeFileSync(jsonlPath, jsonl);
  const importStart = performance.now();
  const report = await importJsonl(jsonlPath, {
    defaultCategory: 'news',
    defaultAuthorEmail: 'bench@x.invalid',
    now: new Date(base + 61 * 86_400_000),
  });
  if (report.skipped.length > 0)
    console.error(`${report.skipped.length} corpus lines were skipped, e.g. line ${report.skipped[0]?.line}: ${report.skipped[0]?.reason}`);
  const imported = await db.select({ id: schema.articles.id, slug: schema.articles.slug }).from(schema.articles);
  const label = new Map<number, string>();
  const holdout = new Set<number>();
  for (const row of imported) {
    const value = labelBySlug.get(row.slug);
    if (value) label.set(row.id, value);
    if (heldOutSlugs.has(row.slug)) holdout.add(row.id);
  }
  const importSeconds = (performance.now() - importStart) / 1000;

  const ids = [...label.keys()];
  const relatedStart = performance.now();
  await recomputeRelatedFor(ids, (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\rcomputing related stories ${done}/${total}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const relatedSeconds = (performance.now() - relatedStart) / 1000;

  const { sql } = await import('drizzle-orm');
  const lists = await db.all<{ articleId: number; relatedId: number; rank: number }>(
    sql`select article_id as articleId, related_id as relatedId, rank from related_articles where rank < 5 order by article_id, rank`,
  );
  const byArticle = new Map<number, number[]>();
  for (const row of lists) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row.relatedId]);

  const newest = await db.all<{ id: number; publishedAt: number }>(
    sql`select id, published_at as publishedAt from articles order by published_at desc, id desc`,
  );
  const precision = (pick: (id: number) => number[], subset: (id: number) => boolean) => {
    let hits = 0;
    let total = 0;
    for (const id of ids.filter(subset)) {
      const related = pick(id).slice(0, 5);
      total += 5;
      hits += related.filter((other) => label.get(other) === label.get(id)).length;
    }
    return total ? hits / total : 0;
  };
  const baseline = (id: number) =>
    newest
      .filter((row) => row.id !== id)
      .slice(0, 5)
      .map((row) => row.id);
  const ours = (id: number) => byArticle.get(id) ?? [];
  const isHoldout = (id: number) => holdout.has(id);
  const isTuning = (id: number) => !holdout.has(id);

  // `related:rebuild` ranks from memory (RelatedSnapshot): on real text its lists must be the ones above.
  const { rebuildRelatedLists } = await import('../newsroom/related');
  const storedRows = async () => {
    const rows = await db.all<{ articleId: number; row: string }>(
      sql`select article_id as articleId, group_concat(related_id || ' ' || score || ' ' || reason, '|') as row
          from (select * from related_articles order by article_id, rank) group by article_id`,
    );
    return new Map(rows.map((item) => [item.articleId, item.row]));
  };
  const perArticle = await storedRows();
  const rebuildStart = performance.now();
  await rebuildRelatedLists({ restart: true });
  const rebuildSeconds = (performance.now() - rebuildStart) / 1000;
  const rebuilt = await storedRows();
  const identicalLists = [...perArticle].filter(([id, row]) => rebuilt.get(id) === row).length;

  const results = {
    corpus: path.basename(corpusPath),
    articles: ids.length,
    heldOut: holdout.size,
    precisionAt5: {
      paradox: { tuning: precision(ours, isTuning), heldOut: precision(ours, isHoldout), all: precision(ours, () => true) },
      newestInSection: { all: precision(baseline, () => true) },
    },
    importSeconds,
    relatedSeconds,
    relatedMsPerArticle: (relatedSeconds * 1000) / ids.length,
    rebuild: { lists: perArticle.size, identicalToPerArticle: identicalLists, listsRebuilt: rebuilt.size, seconds: rebuildSeconds },
  };
  console.log(JSON.stringify(results, null, 2));
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/results/related-quality.json'), `${JSON.stringify(results, null, 2)}\n`);
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
