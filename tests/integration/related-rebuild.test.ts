import { spawnSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * `npm run related:rebuild` ranks in batches from stored term counts and can be stopped and resumed; its
 * lists must be exactly the ones the per-article computation stores from the articles' text.
 */
let cleanup: () => Promise<void>;
let related: typeof import('../../newsroom/related');
let db: import('@/db').Database;
let schema: typeof import('@/db/schema');
let relatableIds: number[] = [];
let editorId = 0;

async function storedLists() {
  const rows = await db.select().from(schema.relatedArticles);
  return rows
    .map((row) => `${row.articleId} ${row.rank} ${row.relatedId} ${row.score} ${row.reason}`)
    .sort()
    .join('\n');
}

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  related = await import('../../newsroom/related');
  const { seedSyntheticNewsroom } = await import('../../bench/lib/newsroom');
  // The benchmark's synthetic newsroom (generated text), small: lists are left empty by the seed.
  ({ editorId } = await seedSyntheticNewsroom({ articles: 240, relatedLimit: 0, now: Date.UTC(2026, 10, 1), log: () => undefined }));
  relatableIds = await related.listRelatableArticleIds();
  // An editor's pin and a READ MORE link, which lead their lists.
  const [first, second, third] = relatableIds;
  await db.insert(schema.relatedPins).values({ articleId: first ?? 0, relatedId: third ?? 0, position: 0 });
  const [target] = await db
    .select({ slug: schema.articles.slug })
    .from(schema.articles)
    .where(eqId(first ?? 0));
  await db
    .update(schema.articles)
    .set({ body: `<p>Plain words.</p><p class="read-more"><a href="/world/${target?.slug}">Read more</a></p>` })
    .where(eqId(second ?? 0));
});

function eqId(id: number) {
  return eq(schema.articles.id, id);
}

afterAll(() => cleanup());

describe('related:rebuild', () => {
  it('stores exactly the lists the per-article computation stores from the text, and continues a stopped run', async () => {
    // Today's computation: one list per transaction, every article's term counts tokenized from its text.
    await db.delete(schema.articleTerms);
    related.forgetArticleTerms(relatableIds);
    await related.recomputeRelatedFor(relatableIds);
    const perArticle = await storedLists();
    expect(perArticle.split('\n').length).toBeGreaterThan(relatableIds.length * 5);

    // A rebuild stopped after its first batch of 50 (as if killed) …
    await db.delete(schema.relatedArticles);
    related.forgetArticleTerms(relatableIds);
    const stop = new Error('stopped');
    const seen: number[] = [];
    await expect(
      related.rebuildRelatedLists({
        batchSize: 50,
        onProgress: (progress) => {
          seen.push(progress.done);
          // The first list of the second batch: the first 50 are written.
          if (progress.done === 51) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(seen).toEqual(Array.from({ length: 52 }, (_, index) => index));
    // … term counts were stored for every indexed article before ranking.
    const terms = await db.select({ id: schema.articleTerms.articleId }).from(schema.articleTerms);
    expect(terms.length).toBeGreaterThanOrEqual(relatableIds.length);

    // … continues after the 50 it wrote instead of starting over.
    related.forgetArticleTerms(relatableIds);
    const resumed: number[] = [];
    const result = await related.rebuildRelatedLists({ batchSize: 50, onProgress: (progress) => resumed.push(progress.done) });
    expect(resumed[0]).toBe(50);
    expect(result).toEqual({ done: relatableIds.length, total: relatableIds.length, resumedAt: 50 });
    expect(await storedLists()).toBe(perArticle);

    // A finished run is not continued: the next one starts over, and so does --restart.
    const again: number[] = [];
    await related.rebuildRelatedLists({ batchSize: 100, onProgress: (progress) => again.push(progress.done) });
    expect(again[0]).toBe(0);
    await expect(
      related.rebuildRelatedLists({
        batchSize: 100,
        onProgress: (progress) => {
          if (progress.done === 101) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const restarted: number[] = [];
    await related.rebuildRelatedLists({ restart: true, batchSize: 100, onProgress: (progress) => restarted.push(progress.done) });
    expect(restarted[0]).toBe(0);
    expect(await storedLists()).toBe(perArticle);
  });

  it.each([
    { ranking: 'by FTS5', storyAt: 20 },
    { ranking: 'from a snapshot', storyAt: 30 },
  ])(
    'a publish, an unpublish or a trash while a batch is being ranked $ranking is not overwritten by its write',
    async ({ ranking, storyAt }) => {
      // A snapshot is taken before the changes, as `related:rebuild` takes it when it starts.
      const rankBatch = async (ids: number[]) =>
        ranking === 'by FTS5'
          ? related.rankRelatedBatch(ids)
          : related.rankRelatedBatch(ids, undefined, related.snapshotRanker(await related.loadRelatedSnapshot()));
      const articles = await import('../../newsroom/articles');
      const listsHolding = async (id: number) =>
        (
          await db
            .select({ id: schema.relatedArticles.articleId })
            .from(schema.relatedArticles)
            .where(eq(schema.relatedArticles.relatedId, id))
        )
          .map((row) => row.id)
          .sort((a, b) => a - b);
      const listOf = async (id: number) =>
        (await db.select().from(schema.relatedArticles).where(eq(schema.relatedArticles.articleId, id))).map((row) => row.relatedId);

      // A follow-up to one story, with its words, still a draft.
      const storyId = relatableIds[storyAt] ?? 0;
      const [story] = await db.select().from(schema.articles).where(eqId(storyId));
      if (!story) throw new Error('no story');
      const saved = await articles.saveArticle.execute(editorId, {
        title: `${story.title} again`,
        summary: story.summary,
        body: story.body,
        categoryId: story.categoryId,
        intent: 'save',
      });
      if (!saved.ok) throw new Error(saved.message);
      const followUp = saved.result.id;

      // A batch of every list is ranked, then the follow-up is published before the batch is written.
      const ranked = await rankBatch(await related.listRelatableArticleIds());
      expect(ranked.lists.get(storyId)?.some((item) => item.relatedId === followUp)).toBe(false);
      expect((await articles.publishArticle.execute(editorId, { id: followUp })).ok).toBe(true);
      const neighbours = await listsHolding(followUp);
      expect(neighbours).toContain(storyId);
      expect(await related.writeRelatedBatch(ranked)).toBeGreaterThanOrEqual(neighbours.length);
      // Its neighbours' lists are as the per-article computation stores them now: the story's own (which a
      // ranking made before the publish lacked) holds it. (A neighbour the publish offered it to may drop it,
      // as a full ranking does when its strongest terms do not find it.)
      expect(await listsHolding(followUp)).toContain(storyId);
      const written = await storedLists();
      await related.recomputeRelatedFor(neighbours);
      expect(await storedLists()).toBe(written);

      // Ranked again; meanwhile the follow-up is unpublished and the story trashed: neither is listed after the write.
      const rankedAgain = await rankBatch(await related.listRelatableArticleIds());
      expect(rankedAgain.lists.get(storyId)?.some((item) => item.relatedId === followUp)).toBe(true);
      expect((await articles.unpublishArticle.execute(editorId, { id: followUp })).ok).toBe(true);
      expect((await articles.trashArticle.execute(editorId, { id: storyId })).ok).toBe(true);
      await related.writeRelatedBatch(rankedAgain);
      expect(await listsHolding(followUp)).toEqual([]);
      expect(await listsHolding(storyId)).toEqual([]);
      expect(await listOf(followUp)).toEqual([]);
      expect(await listOf(storyId)).toEqual([]);
    },
  );

  it("ranks candidates from memory as FTS5's bm25() ranks them: the same articles, order and scores", async () => {
    const { sql } = await import('drizzle-orm');
    const { surfaceForms } = await import('@/lib/related-terms');
    const { fts5Idf } = await import('@/lib/related-index');
    // After the publishes, unpublish and trash above.
    const ids = (await related.listRelatableArticleIds()).slice(0, 40);
    // Two more rows of the first article's text: three equal scores, which SQLite keeps in row order.
    const copies = [900_001, 900_002];
    const [original] = await db
      .select()
      .from(schema.articles)
      .where(eqId(ids[0] ?? 0));
    if (!original) throw new Error('no article');
    for (const copy of copies) {
      await db.insert(schema.articles).values({ ...original, id: copy, slug: `${original.slug}-${copy}` });
      await db.run(
        sql`insert into article_search(rowid, title, summary, body) select ${copy}, title, summary, body from article_search where rowid = ${ids[0] ?? 0}`,
      );
    }
    await related.storeMissingArticleTerms();
    const snapshot = await related.loadRelatedSnapshot();
    const { index } = snapshot;
    let compared = 0;
    let ties = 0;
    for (const id of ids) {
      const [row] = await db.all<{ title: string; summary: string; body: string }>(
        sql`select title, summary, body from article_search where rowid = ${id}`,
      );
      // Fifteen of the article's words, as a ranking's query would name them.
      const words = [...surfaceForms(`${row?.title} ${row?.summary} ${row?.body}`)].filter((_, at) => at % 7 === id % 7).slice(0, 15);
      const fts = await db.all<{ id: number; score: number }>(sql`
        select rowid as id, bm25(article_search, 3.0, 2.0, 1.0) as score from article_search
        where article_search match ${words.map(([, word]) => `"${word}"`).join(' OR ')} order by score limit 170`);
      const phrases = words.map(([stem]) => ({
        term: index.termNumber(stem) ?? -1,
        idf: snapshot.bm25Idfs.get(stem) ?? fts5Idf(snapshot.searchRows, 0),
      }));
      const fromMemory = index.bm25Matches(phrases, 170);
      expect(fromMemory.map((match) => [index.idAt(match.position), -match.score])).toEqual(fts.map((match) => [match.id, match.score]));
      compared += fts.length;
      ties += fts.filter((match, at) => at > 0 && match.score === fts[at - 1]?.score).length;
    }
    // Most of the archive matches: the order decides which 170 become candidates.
    expect(compared).toBeGreaterThan(40 * 160);
    expect(ties).toBeGreaterThan(0);
    for (const copy of copies) {
      await db.run(sql`delete from article_search where rowid = ${copy}`);
      await db.delete(schema.articles).where(eqId(copy));
    }
  });

  it("counts every term as FTS5's tokenizer counts it, so bm25() reads the counts the ranking stores", async () => {
    const { sql } = await import('drizzle-orm');
    const { weightedTermFrequencies } = await import('@/lib/related-terms');
    // The search index's own tokenizer, in a table of the same columns.
    const [index] = await db.all<{ sql: string }>(sql`select sql from sqlite_master where name = 'article_search'`);
    await db.run(sql.raw((index?.sql ?? '').replace(/`?article_search`?/, 'tokenizer_check')));
    await db.run(sql`create virtual table tokenizer_check_terms using fts5vocab(tokenizer_check, 'instance')`);
    const texts = [
      {
        title: "O'Sullivan's MPs back the MP",
        summary: 'UK PCs of the 1990s, and 1990 itself',
        body: 'Saying it says what he said; Café CAFÉ cafés, ﬁnance x2 e-mail.',
      },
      {
        title: 'Ages aged: the age of ties and lies',
        summary: 'Dies, died, dying',
        body: `Don't, won't, rock'n'roll; Ŝtraße naïve coöperate 20th; ${'abcdefghij'.repeat(6)}nesses, twice: ${'abcdefghij'.repeat(6)}nesses.`,
      },
      {
        title: 'Cafe\u0301 society',
        summary: 'Ελληνικά νέα και ειδήσεις',
        body: 'हिन्दी समाचार, Türkçe haberler, Ångström, Øresund, Łódź, ǅemal.',
      },
    ];
    for (const [at, text] of texts.entries())
      await db.run(
        sql`insert into tokenizer_check(rowid, title, summary, body) values (${at + 1}, ${text.title}, ${text.summary}, ${text.body})`,
      );
    const instances = await db.all<{ doc: number; term: string; col: string }>(sql`select doc, term, col from tokenizer_check_terms`);
    for (const [at, text] of texts.entries()) {
      const ours = weightedTermFrequencies(text);
      const weight: Record<string, number> = { title: 3, summary: 2, body: 1 };
      const fts = new Map<string, number>();
      for (const row of instances.filter((item) => item.doc === at + 1 && ours.has(item.term)))
        fts.set(row.term, (fts.get(row.term) ?? 0) + (weight[row.col] ?? 0));
      expect(new Map([...ours].sort()), text.title).toEqual(new Map([...fts].sort()));
      expect(ours.size).toBeGreaterThan(3);
    }
    await db.run(sql`drop table tokenizer_check_terms`);
    await db.run(sql`drop table tokenizer_check`);
  });

  it('a server stores the term counts migration 0024 dropped when it starts, and only those', async () => {
    const { warmUpAfterStart } = await import('../../newsroom/maintenance');
    const countsNow = async () => (await db.select().from(schema.articleTerms)).map((row) => `${row.articleId} ${row.terms}`).sort();
    const before = await countsNow();
    expect(before.length).toBeGreaterThan(100);
    await db.delete(schema.articleTerms);
    const logged: string[] = [];
    await warmUpAfterStart((message) => logged.push(message));
    expect(await countsNow()).toEqual(before);
    expect(logged.at(-1)).toMatch(new RegExp(`^Stored term counts for ${before.length} article\\(s\\) in \\d+ ms\\.$`));
    // Nothing missing: nothing stored.
    await warmUpAfterStart((message) => logged.push(message));
    expect(logged.filter((message) => message.startsWith('Stored term counts'))).toHaveLength(1);
  });

  it('`npm run related:rebuild -- --workers 2` ranks in two processes and stores the lists one process stores', async () => {
    // Both sides read the statistics as they are now, after the publishes above.
    await related.warmRelatedStatistics();
    related.forgetArticleTerms(await related.listRelatableArticleIds());
    await related.rebuildRelatedLists({ restart: true });
    const inOneProcess = await storedLists();
    expect(inOneProcess.split('\n').length).toBeGreaterThan(relatableIds.length * 4);

    await db.delete(schema.relatedArticles);
    const run = spawnSync('npm', ['run', '--silent', 'related:rebuild', '--', '--workers', '2'], { encoding: 'utf8', env: process.env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Recomputed related stories for \d+ articles in .*, ranked by 2 processes\./);
    expect(await storedLists()).toBe(inOneProcess);
  }, 60_000);
});
