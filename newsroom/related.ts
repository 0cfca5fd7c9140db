import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import {
  decodeTermFrequencies,
  distinctiveTerms,
  encodeTermFrequencies,
  moreLikeThisScore,
  surfaceForms,
  weightedTermFrequencies,
  type ArticleText,
} from '@/lib/related-terms';
import { turnEventLoop } from '@/lib/event-loop';
import { TermIndex, fts5Idf } from '@/lib/related-index';
import { getDb, type Database, type Transaction } from '@/db';
import { articleTags, articleTerms, articles, relatedArticles, relatedChanges, relatedPins, relatedRebuildRuns, tags } from '@/db/schema';
import {
  forEachIndexedArticle,
  readBm25Idfs,
  readCandidateFacts,
  readIndexedArticleIdsWithoutTerms,
  readIndexedTexts,
  readSearchIndexAverages,
  type CandidateFacts,
} from '@/db/related-snapshot';
import { isOrWillBePublic } from '@/db/visibility';

type Executor = Database | Transaction;

/** How many related stories each article keeps (the site shows up to this many). */
export const STORED_RELATED = 10;
// Measured on the tuning split: more query terms and candidates raised precision@5 from 0.906 (30/80)
// through 0.922 (50/150) to 0.930 (80/150); 120/200 added 0.003 for 20% more time.
const QUERY_TERMS = 80;
const CANDIDATES = 150;
// Candidates are found by the 15 strongest terms: at 100,000 articles FTS5 ranks half as many matches as
// with 25 (14,000 against 26,000 a list) for the same precision@5 (0.933 against 0.934, held out 0.924
// against 0.923; docs/related-and-search.md).
const RETRIEVAL_TERMS = 15;
// FTS5 ranks a few more than CANDIDATES, so that dropping the article itself and stories that cannot be
// shown still leaves CANDIDATES.
const RETRIEVAL_LIMIT = CANDIDATES + 20;

type Query = Array<{ term: string; weight: number }>;

/** An article's term counts and what ranking derives from them, so a candidate met again costs lookups only. */
interface TermProfile {
  frequencies: Map<string, number>;
  /** The counts' sum: the article's weighted length. */
  length: number;
  /** Its distinctive terms as a query, under the statistics it was weighed with (statisticsGeneration). */
  query: { generation: string; terms: Query } | null;
}

/**
 * Term profiles of recently ranked articles, so a candidate met again in the next rankings costs lookups
 * only. indexArticles() forgets an article whenever its text changes. About 50 KB each at news length:
 * 1,000 ranked a rebuild's lists as fast as 20,000 did, which held a gigabyte.
 */
const profileCache = new Map<number, TermProfile>();
const PROFILE_CACHE_LIMIT = 1_000;

// Average weighted length of recent candidate sets, for scoring a single candidate outside a full ranking.
let typicalLength = 300;

export function forgetArticleTerms(articleIds: number[]): void {
  for (const id of articleIds) profileCache.delete(id);
  articleCount = null;
}

// The archive's size, for idf: counted once per change rather than once per scored list.
let articleCount: number | null = null;

async function totalArticles(executor: Executor): Promise<number> {
  if (articleCount === null) {
    const [row] = await executor.all<{ total: number }>(sql`select count(*) as total from articles`);
    articleCount = Math.max(1, row?.total ?? 1);
  }
  return articleCount;
}

function remember(id: number, frequencies: Map<string, number>): TermProfile {
  if (profileCache.size >= PROFILE_CACHE_LIMIT) profileCache.clear();
  let length = 0;
  for (const count of frequencies.values()) length += count;
  const profile: TermProfile = { frequencies, length, query: null };
  profileCache.set(id, profile);
  return profile;
}

function profileOf(id: number, text: ArticleText): TermProfile {
  return profileCache.get(id) ?? remember(id, weightedTermFrequencies(text));
}

const emptyProfile = (): TermProfile => ({ frequencies: new Map(), length: 0, query: null });

/**
 * Stores the articles' term counts (article_terms) as they are indexed for search, from the same text, so
 * ranking reads a candidate's counts instead of tokenizing its text again.
 */
export async function storeArticleTerms(executor: Executor, rows: Array<ArticleText & { id: number }>): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const values = rows
      .slice(start, start + 200)
      .map((row) => ({ articleId: row.id, terms: encodeTermFrequencies(remember(row.id, weightedTermFrequencies(row)).frequencies) }));
    await executor
      .insert(articleTerms)
      .values(values)
      .onConflictDoUpdate({ target: articleTerms.articleId, set: { terms: sql`excluded.terms` } });
  }
}

/** Term profiles of the articles: from memory, else stored counts decoded, else (indexed before article_terms) tokenized. */
async function profilesOfMany(executor: Executor, ids: number[]): Promise<Map<number, TermProfile>> {
  const found = new Map<number, TermProfile>();
  for (const id of ids) {
    const cached = profileCache.get(id);
    if (cached) found.set(id, cached);
  }
  const uncached = ids.filter((id) => !found.has(id));
  for (let start = 0; start < uncached.length; start += 200) {
    const batch = uncached.slice(start, start + 200);
    const stored = await executor
      .select({ id: articleTerms.articleId, terms: articleTerms.terms })
      .from(articleTerms)
      .where(inArray(articleTerms.articleId, batch));
    for (const row of stored) found.set(row.id, remember(row.id, decodeTermFrequencies(row.terms)));
    const missing = batch.filter((id) => !found.has(id));
    if (missing.length === 0) continue;
    const texts = await readIndexedTexts(executor, missing);
    const byId = new Map(texts.map((row) => [row.id, row]));
    for (const id of missing) found.set(id, remember(id, weightedTermFrequencies(byId.get(id) ?? { title: '', summary: '', body: '' })));
  }
  return found;
}

/**
 * Weights, chosen by measurement (`npm run bench:related`, tuned on part of the corpus and checked on the
 * rest): text similarity decides; shared tags and section refine; recency only breaks near-ties.
 */
export const relatedWeights = { sharedTag: 0.08, maxTagBonus: 0.24, sameSection: 0.05, recency: 0.03, recencyDays: 30 };

interface SourceArticle extends ArticleText {
  id: number;
  categoryId: number;
  publishedAt: Date | null;
  tagIds: number[];
}

async function loadSource(executor: Executor, articleId: number): Promise<SourceArticle | null> {
  const [row] = await executor
    .select({
      id: articles.id,
      title: articles.title,
      summary: articles.summary,
      categoryId: articles.categoryId,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!row) return null;
  const [text] = await executor.all<{ body: string }>(sql`select body from article_search where rowid = ${articleId}`);
  const tagRows = await executor.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId));
  return { ...row, body: text?.body ?? '', tagIds: tagRows.map((tag) => tag.tagId) };
}

/**
 * Document frequencies. One publish moves a term's count by one, which does not change a ranking, while
 * looking up every candidate's terms again would cost most of a publish; so counts are kept for ten
 * minutes. A server loads them all at start (warmRelatedStatistics) and then refreshes them in the
 * background, so even its first publish finds them in memory. Kept on globalThis: Next bundles the
 * server's start-up hook and its actions separately, and both must see the same table.
 */
interface DocumentFrequencyCache {
  counts: Map<string, number>;
  loadedAt: number;
  /** Loaded from the whole vocabulary, and so refreshed in the background rather than dropped. */
  complete: boolean;
  refreshing: Promise<void> | null;
  /** Counts up whenever counts are replaced or dropped, so queries weighed with the old ones are weighed again. */
  generation: number;
}
const DOCUMENT_FREQUENCY_TTL_MS = 10 * 60 * 1000;
const globalCaches = globalThis as typeof globalThis & { paradoxDocumentFrequencies?: DocumentFrequencyCache };
const documentFrequencyCache = (globalCaches.paradoxDocumentFrequencies ??= {
  counts: new Map(),
  loadedAt: Date.now(),
  complete: false,
  refreshing: null,
  generation: 0,
});

async function loadAllDocumentFrequencies(): Promise<void> {
  const rows = await getDb().all<{ term: string; doc: number }>(sql`select term, doc from article_search_terms`);
  documentFrequencyCache.counts = new Map(rows.map((row) => [row.term, row.doc]));
  documentFrequencyCache.loadedAt = Date.now();
  documentFrequencyCache.complete = true;
  documentFrequencyCache.generation++;
}

/**
 * Loads every term's document frequency (one pass over the FTS5 vocabulary: 0.7 s at 100,000 articles),
 * so publishing never waits for them. Called once when a server starts.
 */
export async function warmRelatedStatistics(): Promise<number> {
  documentFrequencyCache.refreshing ??= loadAllDocumentFrequencies().finally(() => {
    documentFrequencyCache.refreshing = null;
  });
  await documentFrequencyCache.refreshing;
  return documentFrequencyCache.counts.size;
}

/** Drops or refreshes counts older than ten minutes, and a partial table grown too large. */
function refreshDocumentFrequencies(): void {
  const cache = documentFrequencyCache;
  if (Date.now() - cache.loadedAt > DOCUMENT_FREQUENCY_TTL_MS) {
    if (cache.complete) {
      // A warmed server keeps answering from the old counts while fresh ones load.
      if (!cache.refreshing)
        void warmRelatedStatistics().catch((error: unknown) => console.error('Refreshing term statistics failed:', error));
    } else {
      cache.counts.clear();
      cache.loadedAt = Date.now();
      cache.generation++;
    }
  }
  if (!cache.complete && cache.counts.size > 500_000) {
    cache.counts.clear();
    cache.generation++;
  }
}

/** What a query weighed now depends on: the document frequencies and the archive's size. */
function statisticsGeneration(total: number): string {
  return `${documentFrequencyCache.generation}:${total}`;
}

/** Document frequencies of the terms, looked up (and kept) where memory lacks them; returns the lookup. */
async function documentFrequencies(executor: Executor, termLists: Iterable<Iterable<string>>): Promise<(term: string) => number> {
  const cache = documentFrequencyCache;
  refreshDocumentFrequencies();
  // After a full load only words new since then are missing, so this is a handful of lookups.
  const missingTerms = new Set<string>();
  for (const termList of termLists) for (const term of termList) if (!cache.counts.has(term)) missingTerms.add(term);
  const missing = [...missingTerms];
  for (let start = 0; start < missing.length; start += 400) {
    const batch = missing.slice(start, start + 400);
    const rows = await executor.all<{ term: string; doc: number }>(
      sql`select term, doc from article_search_terms where term in (${sql.join(
        batch.map((term) => sql`${term}`),
        sql`, `,
      )})`,
    );
    for (const term of batch) cache.counts.set(term, 0);
    for (const row of rows) cache.counts.set(row.term, row.doc);
  }
  return (term) => cache.counts.get(term) ?? 0;
}

/**
 * The profiles' distinctive terms as queries: weighed once per statistics generation and kept with the
 * profile, since a ranking weighs up to 150 candidates and the same ones come back in other rankings.
 */
async function queriesOf(executor: Executor, profiles: TermProfile[], total: number): Promise<Query[]> {
  refreshDocumentFrequencies();
  const generation = statisticsGeneration(total);
  const stale = profiles.filter((profile) => profile.query?.generation !== generation);
  if (stale.length > 0) {
    const df = await documentFrequencies(
      executor,
      stale.map((profile) => profile.frequencies.keys()),
    );
    for (const profile of stale)
      profile.query = { generation, terms: distinctiveTerms(profile.frequencies, (term) => df(term) || 1, total, QUERY_TERMS) };
  }
  return profiles.map((profile) => profile.query?.terms ?? []);
}

function ftsPhrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

export interface RelatedReason {
  terms: string[];
  tags: string[];
  sameSection: boolean;
  readMore?: boolean;
  pinned?: boolean;
}

/** One entry of a ranked list, as stored in related_articles. */
export interface Scored {
  relatedId: number;
  score: number;
  reason: RelatedReason;
}

/** Articles linked by the body's READ MORE blocks, in order. */
async function readMoreTargets(executor: Executor, articleId: number): Promise<number[]> {
  const [row] = await executor.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).limit(1);
  const slugs = [...(row?.body ?? '').matchAll(/<p class="read-more"><a href="\/[a-z0-9-]+\/([a-z0-9-]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  if (slugs.length === 0) return [];
  const found = await executor.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs));
  const bySlug = new Map(found.map((item) => [item.slug, item.id]));
  return slugs.map((slug) => bySlug.get(slug)).filter((id): id is number => id !== undefined && id !== articleId);
}

/** Ranks an article's related stories inside libSQL's FTS5 index and stores the top list. */
export async function computeRelatedFor(executor: Executor, articleId: number): Promise<Scored[]> {
  const list = await rankRelatedFor(executor, articleId);
  await storeRelatedList(executor, articleId, list);
  await noteRelatedChange(executor, articleId);
  return list;
}

/**
 * Numbers a change that reached related lists (related_changes), after every earlier one, so a rebuild
 * batch ranked before it ranks the lists it touched again (writeRelatedBatch). One statement under the
 * write lock, so two changes never share a number; in the change's own transaction, so it commits with it.
 */
async function noteRelatedChange(executor: Executor, articleId: number): Promise<void> {
  await executor
    .insert(relatedChanges)
    .values({ articleId, sequence: sql`(select coalesce(max(${relatedChanges.sequence}), 0) + 1 from ${relatedChanges})` })
    .onConflictDoUpdate({ target: relatedChanges.articleId, set: { sequence: sql`excluded.sequence` } });
}

/** The number of the latest change that reached related lists (0 before any). */
async function latestRelatedChange(executor: Executor): Promise<number> {
  const [row] = await executor.select({ latest: sql<number | null>`max(${relatedChanges.sequence})` }).from(relatedChanges);
  return row?.latest ?? 0;
}

/** Replaces an article's stored list. */
async function storeRelatedList(executor: Executor, articleId: number, list: Scored[]): Promise<void> {
  await executor.delete(relatedArticles).where(eq(relatedArticles.articleId, articleId));
  if (list.length > 0) {
    await executor
      .insert(relatedArticles)
      .values(
        list.map((item, rank) => ({ articleId, relatedId: item.relatedId, rank, score: item.score, reason: JSON.stringify(item.reason) })),
      );
  }
}

/** An article's related list as computeRelatedFor would store it, reading only (empty when the article is gone). */
async function rankRelatedFor(executor: Executor, articleId: number): Promise<Scored[]> {
  const source = await loadSource(executor, articleId);
  if (!source) return [];

  const profile = profileOf(source.id, source);
  const total = await totalArticles(executor);
  const [query = []] = await queriesOf(executor, [profile], total);
  const forms = surfaceForms(`${source.title} ${source.summary} ${source.body}`);

  const scored = new Map<number, Scored>();
  if (query.length > 0) {
    // Candidates are found with the strongest terms only (an OR over all of them makes FTS5 score most of
    // a large archive); all the terms then score the candidates.
    const match = query
      .slice(0, RETRIEVAL_TERMS)
      .map(({ term }) => ftsPhrase(forms.get(term) ?? term))
      .join(' OR ');
    // Only stories that are or will be public are candidates; timing is checked when the list is read.
    // FTS5 ranks alone first (CROSS JOIN keeps that order), then only the winners are checked by key.
    const candidates = await executor.all<{ id: number; categoryId: number; publishedAt: number | null }>(sql`
      select ${articles.id} as id, ${articles.categoryId} as categoryId, ${articles.publishedAt} as publishedAt
      from (select rowid, bm25(article_search, 3.0, 2.0, 1.0) as score from article_search
            where article_search match ${match} order by score limit ${RETRIEVAL_LIMIT}) as m
      cross join ${articles} on ${articles.id} = m.rowid
      where ${articles.id} != ${articleId} and ${isOrWillBePublic()}
      order by m.score
      limit ${CANDIDATES}`);
    // Counts are read only for candidates not in memory yet.
    const known = await profilesOfMany(
      executor,
      candidates.map((candidate) => candidate.id),
    );
    const candidateProfiles = candidates.map((candidate) => known.get(candidate.id) ?? emptyProfile());
    const averageLength = candidateProfiles.reduce((sum, own) => sum + own.length, 0) / Math.max(1, candidateProfiles.length);
    if (candidateProfiles.length > 0) typicalLength = averageLength;
    const selfScore = moreLikeThisScore(query, profile.frequencies, profile.length, averageLength).score || 1;
    const candidateTags = await tagsOf(
      executor,
      candidates.map((candidate) => candidate.id),
    );
    // Similarity is measured both ways (how well the candidate matches this article's distinctive terms,
    // and this article the candidate's), which measured better than one way: 0.936 against 0.932.
    const reverseQueries = await queriesOf(executor, candidateProfiles, total);
    candidates.forEach((candidate, index) => {
      const own = candidateProfiles[index] ?? emptyProfile();
      const text = moreLikeThisScore(query, own.frequencies, own.length, averageLength);
      const reverseQuery = reverseQueries[index] ?? [];
      const reverseSelf = moreLikeThisScore(reverseQuery, own.frequencies, own.length, averageLength).score || 1;
      const reverse = moreLikeThisScore(reverseQuery, profile.frequencies, profile.length, averageLength).score;
      const similarity = similarityBothWays(text.score, selfScore, reverse, reverseSelf);
      scored.set(
        candidate.id,
        scoreCandidate(source, { ...candidate, tags: candidateTags.get(candidate.id) ?? [] }, similarity, text.matched.slice(0, 5), forms),
      );
    });
  }
  return leadWithPinsAndReadMore(executor, articleId, scored);
}

/**
 * Text similarity measured both ways: how well the candidate matches the article's distinctive terms, and
 * the article the candidate's, each against a perfect match of itself.
 */
function similarityBothWays(forward: number, forwardSelf: number, reverse: number, reverseSelf: number): number {
  return (forward / forwardSelf + reverse / reverseSelf) / 2;
}

/** A candidate's score and reason: its text similarity, refined by the tags and section it shares and how near in time it is. */
function scoreCandidate(
  source: SourceArticle,
  candidate: { id: number; categoryId: number; publishedAt: number | null; tags: Array<{ id: number; name: string }> },
  similarity: number,
  matchedTerms: string[],
  forms: Map<string, string>,
): Scored {
  const shared = candidate.tags.filter((tag) => source.tagIds.includes(tag.id));
  const sameSection = candidate.categoryId === source.categoryId;
  return {
    relatedId: candidate.id,
    score: relatedScore(similarity, shared.length, sameSection, source.publishedAt?.getTime() ?? null, candidate.publishedAt),
    reason: { terms: matchedTerms.map((term) => forms.get(term) ?? term), tags: shared.map((tag) => tag.name), sameSection },
  };
}

/** The ranking's score (relatedWeights): text similarity decides, shared tags and section refine, recency breaks near-ties. */
function relatedScore(
  similarity: number,
  sharedTags: number,
  sameSection: boolean,
  publishedAt: number | null,
  otherPublishedAt: number | null,
): number {
  const days = publishedAt && otherPublishedAt ? Math.abs(publishedAt - otherPublishedAt) / 86_400_000 : 0;
  return (
    similarity +
    Math.min(relatedWeights.maxTagBonus, sharedTags * relatedWeights.sharedTag) +
    (sameSection ? relatedWeights.sameSection : 0) +
    relatedWeights.recency * Math.exp(-days / relatedWeights.recencyDays)
  );
}

/** The stored list: editors' pins, then the body's READ MORE links, then the ranking. */
async function leadWithPinsAndReadMore(executor: Executor, articleId: number, scored: Map<number, Scored>): Promise<Scored[]> {
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score || b.relatedId - a.relatedId);
  const pins = await executor
    .select({ relatedId: relatedPins.relatedId })
    .from(relatedPins)
    .where(eq(relatedPins.articleId, articleId))
    .orderBy(relatedPins.position);
  const readMore = await readMoreTargets(executor, articleId);
  const first: Scored[] = [];
  for (const [kind, ids] of [
    ['pinned', pins.map((pin) => pin.relatedId)],
    ['readMore', readMore],
  ] as const) {
    for (const id of ids) {
      if (first.some((item) => item.relatedId === id)) continue;
      const existing = scored.get(id);
      first.push({
        relatedId: id,
        score: existing?.score ?? 0,
        reason: { ...(existing?.reason ?? { terms: [], tags: [], sameSection: false }), [kind]: true },
      });
    }
  }
  return [...first, ...ranked.filter((item) => !first.some((f) => f.relatedId === item.relatedId))].slice(0, STORED_RELATED);
}

/**
 * What `npm run related:rebuild` ranks from: every article's term counts in memory (lib/related-index.ts)
 * with the facts a ranking reads of a candidate, loaded once, so a list costs no full-text query and no
 * candidate reads. Its lists are the ones rankRelatedFor makes (tests/integration/related-rebuild.test.ts).
 */
export interface RelatedSnapshot {
  index: TermIndex;
  /** The full-text index's row count: bm25()'s N. */
  searchRows: number;
  /** bm25()'s idf of each term in the full-text index (readBm25Idfs). */
  bm25Idfs: Map<string, number>;
  facts: Map<number, CandidateFacts>;
  /** The archive's size, for idf (totalArticles). */
  total: number;
  /** Document frequencies as loaded when the snapshot was taken. */
  documentFrequencies: Map<string, number>;
}

/** Reads the snapshot: 7–9 s at 100,000 articles, and the rebuild then peaks at about 800 MB (docs/performance.md). */
export async function loadRelatedSnapshot(): Promise<RelatedSnapshot> {
  const db = getDb();
  await warmRelatedStatistics();
  const { rows, averageTokens } = await readSearchIndexAverages(db);
  const index = new TermIndex(averageTokens);
  await forEachIndexedArticle(db, (article) => index.add(article));
  index.seal();
  const facts = await readCandidateFacts(db);
  const bm25Idfs = await readBm25Idfs(db, rows);
  // A copy: rankings outside the snapshot add to the shared table as new words come.
  const documentFrequencies = new Map(documentFrequencyCache.counts);
  return { index, searchRows: rows, bm25Idfs, facts, total: await totalArticles(db), documentFrequencies };
}

/** rankRelatedFor from a snapshot: the same candidates, the same scores, the same list. */
async function rankFromSnapshot(executor: Executor, snapshot: RelatedSnapshot, articleId: number): Promise<Scored[]> {
  const { index, facts, total, documentFrequencies } = snapshot;
  const position = index.positionOf(articleId);
  // Not in the full-text index when the snapshot was taken: ranked the usual way.
  if (position === undefined) return rankRelatedFor(executor, articleId);
  const source = await loadSource(executor, articleId);
  if (!source) return [];
  const df = (term: string) => documentFrequencies.get(term) ?? 0;
  const queryOf = (at: number) => index.queryOf(at, (term) => df(term) || 1, total, QUERY_TERMS);
  const query = queryOf(position);
  const scored = new Map<number, Scored>();
  if (query.terms.length > 0) {
    const phrases = [...query.terms.subarray(0, RETRIEVAL_TERMS)].map((term) => {
      const name = index.termName(term);
      return { term, idf: snapshot.bm25Idfs.get(name) ?? fts5Idf(snapshot.searchRows, df(name)) };
    });
    const candidates = index
      .bm25Matches(phrases, RETRIEVAL_LIMIT)
      .map((match) => match.position)
      .filter((at) => index.idAt(at) !== articleId && facts.get(index.idAt(at))?.relatable)
      .slice(0, CANDIDATES);
    const averageLength = candidates.reduce((sum, at) => sum + index.lengthAt(at), 0) / Math.max(1, candidates.length);
    if (candidates.length > 0) typicalLength = averageLength;
    const selfScore = index.selfScore(query, position, averageLength) || 1;
    const forms = surfaceForms(`${source.title} ${source.summary} ${source.body}`);
    // The source is scored against every candidate's query: its counts by term number, once.
    const sourceCounts = index.countsOf(position);
    try {
      for (const at of candidates) {
        const id = index.idAt(at);
        const candidate = facts.get(id);
        if (!candidate) continue;
        const matched: number[] = [];
        const text = index.moreLikeThis(query, at, averageLength, matched);
        const reverseQuery = queryOf(at);
        const reverseSelf = index.selfScore(reverseQuery, at, averageLength) || 1;
        const reverse = index.moreLikeThis(reverseQuery, position, averageLength, undefined, sourceCounts);
        const similarity = similarityBothWays(text, selfScore, reverse, reverseSelf);
        const matchedTerms = matched.slice(0, 5).map((term) => index.termName(term));
        scored.set(id, scoreCandidate(source, { id, ...candidate }, similarity, matchedTerms, forms));
      }
    } finally {
      index.releaseCounts(position);
    }
  }
  return leadWithPinsAndReadMore(executor, articleId, scored);
}

/** Ranks lists from a snapshot, with reads only (what `related:rebuild` and its ranking processes use). */
export function snapshotRanker(snapshot: RelatedSnapshot): RelatedListRanker {
  return rankEach((executor, articleId) => rankFromSnapshot(executor, snapshot, articleId));
}

async function tagsOf(executor: Executor, ids: number[]): Promise<Map<number, Array<{ id: number; name: string }>>> {
  const map = new Map<number, Array<{ id: number; name: string }>>();
  if (ids.length === 0) return map;
  const rows = await executor
    .select({ articleId: articleTags.articleId, id: tags.id, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    // The order readCandidateFacts reads them in, which reasons list them in.
    .orderBy(articleTags.articleId, articleTags.tagId);
  for (const row of rows) map.set(row.articleId, [...(map.get(row.articleId) ?? []), { id: row.id, name: row.name }]);
  return map;
}

async function queryFor(executor: Executor, source: SourceArticle) {
  const profile = profileOf(source.id, source);
  const total = await totalArticles(executor);
  const [query = []] = await queriesOf(executor, [profile], total);
  const { frequencies, length } = profile;
  const selfScore = moreLikeThisScore(query, frequencies, length, typicalLength).score || 1;
  return { source, frequencies, length, query, selfScore };
}

/**
 * Offers `candidateId` to `ownerId`'s stored list: scored the same way as a full ranking, it takes its
 * place if it beats the list's weakest entry. Cheap (no candidate search), so a publish can update the
 * lists it enters without recomputing them.
 */
async function offerToList(executor: Executor, ownerId: number, candidateQuery: Awaited<ReturnType<typeof queryFor>>): Promise<void> {
  const candidate = candidateQuery.source;
  const candidateId = candidate.id;
  const owner = await loadSource(executor, ownerId);
  if (!owner) return;
  const ownerQuery = await queryFor(executor, owner);
  const { query, selfScore } = ownerQuery;
  // Both ways, as in the full ranking.
  const text = moreLikeThisScore(query, candidateQuery.frequencies, candidateQuery.length, typicalLength);
  const reverse = moreLikeThisScore(candidateQuery.query, ownerQuery.frequencies, ownerQuery.length, typicalLength);
  const similarity = similarityBothWays(text.score, selfScore, reverse.score, candidateQuery.selfScore);
  const ownerTags = new Set(owner.tagIds);
  const sharedIds = candidate.tagIds.filter((id) => ownerTags.has(id));
  const shared = sharedIds.length > 0 ? await executor.select({ name: tags.name }).from(tags).where(inArray(tags.id, sharedIds)) : [];
  const sameSection = owner.categoryId === candidate.categoryId;
  const score = relatedScore(
    similarity,
    shared.length,
    sameSection,
    owner.publishedAt?.getTime() ?? null,
    candidate.publishedAt?.getTime() ?? null,
  );
  const current = await executor
    .select({ relatedId: relatedArticles.relatedId, score: relatedArticles.score, reason: relatedArticles.reason })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, ownerId))
    .orderBy(relatedArticles.rank);
  const entries = current
    .filter((entry) => entry.relatedId !== candidateId)
    .map((entry) => ({ ...entry, parsed: JSON.parse(entry.reason) as RelatedReason }));
  const fixed = entries.filter((entry) => entry.parsed.pinned || entry.parsed.readMore);
  const ranked = entries.filter((entry) => !entry.parsed.pinned && !entry.parsed.readMore);
  if (text.matched.length > 0) {
    const forms = surfaceForms(`${owner.title} ${owner.summary} ${owner.body}`);
    const reason: RelatedReason = {
      terms: text.matched.slice(0, 5).map((term) => forms.get(term) ?? term),
      tags: shared.map((tag) => tag.name),
      sameSection,
    };
    ranked.push({ relatedId: candidateId, score, reason: JSON.stringify(reason), parsed: reason });
    ranked.sort((a, b) => b.score - a.score || b.relatedId - a.relatedId);
  }
  const list = [...fixed, ...ranked].slice(0, STORED_RELATED);
  await executor.delete(relatedArticles).where(eq(relatedArticles.articleId, ownerId));
  if (list.length > 0) {
    await executor
      .insert(relatedArticles)
      .values(
        list.map((entry, rank) => ({ articleId: ownerId, relatedId: entry.relatedId, rank, score: entry.score, reason: entry.reason })),
      );
  }
}

/**
 * After an article is published, changed, unpublished or deleted, with bounded work: its own list is
 * recomputed (one candidate search), it is offered to the lists of its new neighbours, and re-scored in
 * the lists that already hold it. When it can no longer be shown it leaves those lists, which are then
 * recomputed (at most 20).
 */
export async function updateRelatedAfterChange(executor: Executor, articleId: number): Promise<void> {
  const [row] = await executor.select({ status: articles.status }).from(articles).where(eq(articles.id, articleId)).limit(1);
  const holders = await executor
    .select({ articleId: relatedArticles.articleId })
    .from(relatedArticles)
    .where(eq(relatedArticles.relatedId, articleId))
    .limit(20);
  const relatable = row !== undefined && (row.status === 'published' || row.status === 'scheduled');
  if (!relatable) {
    await executor.delete(relatedArticles).where(eq(relatedArticles.relatedId, articleId));
    await executor.delete(relatedArticles).where(eq(relatedArticles.articleId, articleId));
    await noteRelatedChange(executor, articleId);
    for (const holder of holders) await computeRelatedFor(executor, holder.articleId);
    return;
  }
  const own = await computeRelatedFor(executor, articleId);
  const owners = new Set([...own.map((item) => item.relatedId), ...holders.map((holder) => holder.articleId)]);
  // The article's own terms are the same in every offer: loaded and weighed once.
  const source = owners.size > 0 ? await loadSource(executor, articleId) : null;
  if (!source) return;
  const candidateQuery = await queryFor(executor, source);
  for (const owner of owners) await offerToList(executor, owner, candidateQuery);
}

/** Recomputes the lists of the given articles (the importer, `related:rebuild`). */
export async function recomputeRelatedFor(articleIds: number[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const db = getDb();
  for (let index = 0; index < articleIds.length; index++) {
    const id = articleIds[index];
    // One transaction per list: readers never see it half-written, and instances starting at once on a
    // new database (both computing every list) cannot interleave their rows.
    if (id !== undefined) await db.transaction((tx) => computeRelatedFor(tx, id));
    onProgress?.(index + 1, articleIds.length);
    if (index % 16 === 15) await turnEventLoop();
  }
}

export interface RebuildProgress {
  /** Lists ranked in this run, counting those done before it was stopped. */
  done: number;
  total: number;
  /** Lists done before this invocation (a resumed run), for the rate. */
  resumedAt: number;
}

/** How many lists are ranked before they are written in one short transaction. */
export const REBUILD_BATCH = 500;

/**
 * `npm run related:rebuild`: every list again, in article id order, REBUILD_BATCH lists a time. A batch is
 * ranked with reads only, from a snapshot of every article's terms in memory (RelatedSnapshot), then
 * written in one short transaction together with the run's progress (related_rebuild_runs), so editors'
 * saves never wait behind the ranking and a stopped run continues after the last batch it wrote.
 * `restart` abandons an unfinished run and starts over.
 */
export async function rebuildRelatedLists(
  options: {
    restart?: boolean;
    batchSize?: number;
    onProgress?: (progress: RebuildProgress) => void;
    /** Who ranks each batch: this process by default, or other processes (`related:rebuild --workers`). */
    rankLists?: RelatedListRanker;
  } = {},
): Promise<RebuildProgress> {
  const db = getDb();
  const batchSize = options.batchSize ?? REBUILD_BATCH;
  await warmRelatedStatistics();
  await storeMissingArticleTerms();
  const [unfinished] = await db
    .select()
    .from(relatedRebuildRuns)
    .where(isNull(relatedRebuildRuns.finishedAt))
    .orderBy(desc(relatedRebuildRuns.id))
    .limit(1);
  if (options.restart) await db.delete(relatedRebuildRuns).where(isNull(relatedRebuildRuns.finishedAt));
  const run = unfinished && !options.restart ? unfinished : (await db.insert(relatedRebuildRuns).values({}).returning()).find(Boolean);
  if (!run) throw new Error('could not record the rebuild run');
  const remaining = (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isOrWillBePublic(), gt(articles.id, run.lastArticleId)))
      .orderBy(articles.id)
  ).map((row) => row.id);
  // Ranked from a snapshot of every article's terms taken now (or by rankLists, each process taking its
  // own after this): a change after this number reaches the batches as they are written (writeRelatedBatch).
  const snapshotAfterChange = await latestRelatedChange(db);
  const rankLists = options.rankLists ?? (remaining.length > 0 ? snapshotRanker(await loadRelatedSnapshot()) : rankRelatedLists);
  const progress: RebuildProgress = { done: run.done, total: run.done + remaining.length, resumedAt: run.done };
  options.onProgress?.(progress);
  for (let start = 0; start < remaining.length; start += batchSize) {
    const batch = remaining.slice(start, start + batchSize);
    // Shown as ranked; a stopped run loses at most the batch it had not written yet.
    const ranked = await rankRelatedBatch(
      batch,
      (count) => options.onProgress?.({ ...progress, done: progress.done + count }),
      rankLists,
      snapshotAfterChange,
    );
    progress.done += batch.length;
    await writeRelatedBatch(ranked, async (tx) => {
      await tx
        .update(relatedRebuildRuns)
        .set({ lastArticleId: batch.at(-1) ?? run.lastArticleId, done: progress.done })
        .where(eq(relatedRebuildRuns.id, run.id));
    });
  }
  await db.update(relatedRebuildRuns).set({ finishedAt: new Date() }).where(eq(relatedRebuildRuns.id, run.id));
  return progress;
}

/** A rebuild batch's lists, ranked with reads only, and the latest change to related lists before the ranking. */
export interface RankedRelatedBatch {
  lists: Map<number, Scored[]>;
  rankedAfterChange: number;
}

/**
 * Ranks lists with reads only, calling `onRanked` with the count so far; what a rebuild hands to its
 * ranking processes (scripts/related-rank-worker.ts), each with its own connection.
 */
export type RelatedListRanker = (articleIds: number[], onRanked?: (count: number) => void) => Promise<Map<number, Scored[]>>;

/**
 * The lists of the articles, ranked here with reads only. An article that can no longer have related
 * stories gets an empty list.
 */
export const rankRelatedLists: RelatedListRanker = rankEach(rankRelatedFor);

/** A ranker that ranks each list with `rankOne`, reads only; an article that cannot have related stories gets none. */
function rankEach(rankOne: (executor: Executor, articleId: number) => Promise<Scored[]>): RelatedListRanker {
  return async (articleIds, onRanked) => {
    const db = getDb();
    const relatable = await relatableAmong(db, articleIds);
    const lists = new Map<number, Scored[]>();
    for (const id of articleIds) {
      lists.set(id, relatable.has(id) ? await rankOne(db, id) : []);
      onRanked?.(lists.size);
      if (lists.size % 16 === 0) await turnEventLoop();
    }
    return lists;
  };
}

/**
 * Ranks the lists of a batch of articles with reads only (`related:rebuild`), here or by `rankLists`,
 * noting the latest change to related lists the ranking includes, so the batch's write can tell what
 * came after.
 */
export async function rankRelatedBatch(
  articleIds: number[],
  onRanked?: (count: number) => void,
  rankLists: RelatedListRanker = rankRelatedLists,
  /** The latest change the rankers' data includes (a snapshot's); by default, the latest now. */
  rankedAfterChange?: number,
): Promise<RankedRelatedBatch> {
  rankedAfterChange ??= await latestRelatedChange(getDb());
  const ranked = await rankLists(articleIds, onRanked);
  // In the batch's order, whatever order the rankers finished in.
  const lists = new Map<number, Scored[]>();
  for (const id of articleIds) {
    const list = ranked.get(id);
    if (!list) throw new Error(`the ranking returned no list for article ${id}`);
    lists.set(id, list);
  }
  return { lists, rankedAfterChange };
}

/**
 * Writes a ranked batch in one short transaction, with `alsoInTransaction` (the run's progress). A change
 * that reached related lists while the batch was being ranked (a publish, an unpublish, a trash) is not
 * overwritten by a ranking made before it: the lists of the batch it can have changed (the changed
 * article's own, those that hold it now, those the ranking gave it to) are ranked again inside the
 * transaction, where no other change can come between, as a batch ranked after the change would have them.
 * Returns how many lists were ranked again.
 */
export async function writeRelatedBatch(
  batch: RankedRelatedBatch,
  alsoInTransaction?: (tx: Transaction) => Promise<void>,
): Promise<number> {
  return getDb().transaction(async (tx) => {
    const lists = new Map(batch.lists);
    const stale = await listsChangedSince(tx, batch);
    const relatable = await relatableAmong(tx, [...stale]);
    for (const id of stale) lists.set(id, relatable.has(id) ? await rankRelatedFor(tx, id) : []);
    for (const [id, list] of lists) await storeRelatedList(tx, id, list);
    await alsoInTransaction?.(tx);
    return stale.size;
  });
}

/** The batch's lists that a change since its ranking began can have made stale. */
async function listsChangedSince(tx: Transaction, batch: RankedRelatedBatch): Promise<Set<number>> {
  const changed = (
    await tx.select({ id: relatedChanges.articleId }).from(relatedChanges).where(gt(relatedChanges.sequence, batch.rankedAfterChange))
  ).map((row) => row.id);
  if (changed.length === 0) return new Set();
  const changedIds = new Set(changed);
  const batchIds = [...batch.lists.keys()];
  const stale = new Set(changed.filter((id) => batch.lists.has(id)));
  for (const [id, list] of batch.lists) if (list.some((item) => changedIds.has(item.relatedId))) stale.add(id);
  for (let start = 0; start < changed.length; start += 500) {
    const holders = await tx
      .selectDistinct({ id: relatedArticles.articleId })
      .from(relatedArticles)
      .where(and(inArray(relatedArticles.relatedId, changed.slice(start, start + 500)), inArray(relatedArticles.articleId, batchIds)));
    for (const holder of holders) stale.add(holder.id);
  }
  return stale;
}

/** Those of the articles that can have related stories (public, or scheduled to be). */
async function relatableAmong(executor: Executor, articleIds: number[]): Promise<Set<number>> {
  const found = new Set<number>();
  for (let start = 0; start < articleIds.length; start += 500) {
    const rows = await executor
      .select({ id: articles.id })
      .from(articles)
      .where(and(inArray(articles.id, articleIds.slice(start, start + 500)), isOrWillBePublic()));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/**
 * Stores term counts for indexed articles that have none (indexed before article_terms existed, or before
 * migration 0024 made them again); returns how many. A server does this at start beside its requests.
 */
export async function storeMissingArticleTerms(): Promise<number> {
  const db = getDb();
  const missing = await readIndexedArticleIdsWithoutTerms(db);
  let stored = 0;
  for (let start = 0; start < missing.length; start += 50) {
    const batch = missing.slice(start, start + 50);
    stored += await db.transaction(async (tx) => {
      const rows = await readIndexedTexts(tx, batch);
      await storeArticleTerms(tx, rows);
      return rows.length;
    });
    // A batch is about 25 ms of tokenizing: requests are answered between batches.
    await turnEventLoop();
  }
  return stored;
}

/** Ids of every article that can have related stories. */
export async function listRelatableArticleIds(): Promise<number[]> {
  const rows = await getDb().select({ id: articles.id }).from(articles).where(isOrWillBePublic()).orderBy(articles.id);
  return rows.map((item) => item.id);
}

/**
 * After an import into a site that may already have articles: each imported article gets its own list
 * and is offered to its neighbours' lists (and leaves every list when it is not public), exactly as a
 * publish from the editor does, one article per transaction.
 */
export async function refreshRelatedAfterImport(articleIds: number[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const db = getDb();
  for (let index = 0; index < articleIds.length; index++) {
    const id = articleIds[index];
    if (id !== undefined) await db.transaction((tx) => updateRelatedAfterChange(tx, id));
    onProgress?.(index + 1, articleIds.length);
    if (index % 16 === 15) await turnEventLoop();
  }
}
