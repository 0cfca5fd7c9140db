import { compareQueryTerms, distinctiveWeight, lengthNorm, termScore } from './related-terms';

/**
 * Every article's term counts in typed arrays, for ranking a whole archive's related lists in one pass
 * (`npm run related:rebuild`). It answers the two questions a ranking asks the database, the same way:
 * which articles FTS5's bm25() ranks best for a query's strongest terms (bm25Matches), and how a candidate
 * uses a query's terms (moreLikeThis, the arithmetic of moreLikeThisScore). At 100,000 news-length
 * articles it holds about 25 million counts, each in both directions (about 300 MB of arrays).
 */

/** One article as the index reads it. */
export interface IndexedArticle {
  id: number;
  /** Its term counts as stored in article_terms (encodeTermFrequencies). */
  terms: string;
  /** Its row's token count in the full-text index, every column (FTS5's docsize): bm25()'s length. */
  tokens: number;
}

/** A query in the index's own term numbers, strongest term first, with its article's counts of them. */
export interface IndexedQuery {
  terms: Uint32Array;
  weights: Float64Array;
  counts: Uint32Array;
}

/** FTS5's bm25() constants (fts5_aux.c). */
const FTS5_K1 = 1.2;
const FTS5_B = 0.75;

function grow(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Uint32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class TermIndex {
  private readonly idList: number[] = [];
  private readonly positions = new Map<number, number>();
  private readonly lengthList: number[] = [];
  private readonly normList: number[] = [];
  private readonly termNumbers = new Map<string, number>();
  private readonly termNames: string[] = [];
  // Each article's terms in ascending term number, with their counts.
  private readonly forwardStart: number[] = [0];
  private forwardTerms = new Uint32Array(1 << 16);
  private forwardCounts: Uint16Array | Uint32Array<ArrayBuffer> = new Uint32Array(1 << 16);
  // Each term's articles in ascending position, with their counts (made by seal()).
  private postingStart = new Uint32Array(0);
  private postingArticles = new Uint32Array(0);
  private postingCounts: Uint16Array | Uint32Array = new Uint32Array(0);
  private queries: Array<IndexedQuery | undefined> = [];
  // Scratch for bm25Matches: a score per article, and which were touched.
  private scratchScores = new Float64Array(0);
  private scratchTouched = new Uint32Array(0);
  // Term number and count packed in one double, so a native numeric sort orders an article's terms.
  private packed = new Float64Array(1024);
  // One article's counts by term number (countsOf), zero elsewhere.
  private denseCounts = new Uint32Array(0);
  private sealed = false;

  /** @param averageTokens the full-text index's average row length (its averages record: tokens / rows) */
  constructor(private readonly averageTokens: number) {}

  /** Adds an article, in ascending id order; then seal(). */
  add(article: IndexedArticle): void {
    if (this.sealed) throw new Error('TermIndex is sealed');
    const previous = this.idList.at(-1);
    if (previous !== undefined && article.id <= previous) throw new Error('TermIndex takes articles in ascending id order');
    this.positions.set(article.id, this.idList.length);
    this.idList.push(article.id);
    // bm25()'s length part, k1·(1 − b + b·D/avgdl), computed as fts5_aux.c computes it.
    this.normList.push(FTS5_K1 * (1 - FTS5_B + (FTS5_B * article.tokens) / this.averageTokens));
    const parts = article.terms === '' ? [] : article.terms.split(' ');
    const pairs = parts.length >> 1;
    if (this.packed.length < pairs) this.packed = new Float64Array(pairs * 2);
    let length = 0;
    for (let pair = 0; pair < pairs; pair++) {
      const name = parts[pair * 2] ?? '';
      const tf = Number(parts[pair * 2 + 1]);
      let term = this.termNumbers.get(name);
      if (term === undefined) {
        term = this.termNames.length;
        this.termNumbers.set(name, term);
        this.termNames.push(name);
      }
      // Packed below as term·2^26 + count: both must fit, or a count would spill into the term.
      if (!(tf >= 0 && tf < 2 ** 26 && term < 2 ** 27)) throw new Error(`TermIndex cannot hold "${name} ${tf}" of article ${article.id}`);
      this.packed[pair] = term * 2 ** 26 + tf;
      length += tf;
    }
    this.lengthList.push(length);
    const sorted = this.packed.subarray(0, pairs).sort();
    const filled = this.forwardStart.at(-1) ?? 0;
    this.forwardTerms = grow(this.forwardTerms, filled + pairs);
    this.forwardCounts = grow(this.forwardCounts as Uint32Array<ArrayBuffer>, filled + pairs);
    for (let pair = 0; pair < pairs; pair++) {
      const value = sorted[pair] ?? 0;
      this.forwardTerms[filled + pair] = Math.floor(value / 2 ** 26);
      this.forwardCounts[filled + pair] = value % 2 ** 26;
    }
    this.forwardStart.push(filled + pairs);
  }

  /** Makes the postings: each term's articles, counted first, then filled in position order. */
  seal(): this {
    const filled = this.forwardStart.at(-1) ?? 0;
    this.forwardTerms = this.forwardTerms.slice(0, filled);
    // Counts in two bytes when they fit (news-length text: always), which saves a quarter of the memory.
    const fits = this.forwardCounts.subarray(0, filled).every((count) => count <= 0xffff);
    this.forwardCounts = fits ? Uint16Array.from(this.forwardCounts.subarray(0, filled)) : this.forwardCounts.slice(0, filled);
    const termCount = this.termNames.length;
    this.postingStart = new Uint32Array(termCount + 1);
    for (let index = 0; index < filled; index++) {
      const term = this.forwardTerms[index] ?? 0;
      this.postingStart[term + 1] = (this.postingStart[term + 1] ?? 0) + 1;
    }
    for (let term = 0; term < termCount; term++)
      this.postingStart[term + 1] = (this.postingStart[term + 1] ?? 0) + (this.postingStart[term] ?? 0);
    const next = this.postingStart.slice(0, termCount);
    this.postingArticles = new Uint32Array(filled);
    this.postingCounts = fits ? new Uint16Array(filled) : new Uint32Array(filled);
    for (let position = 0; position < this.idList.length; position++) {
      for (let index = this.forwardStart[position] ?? 0; index < (this.forwardStart[position + 1] ?? 0); index++) {
        const term = this.forwardTerms[index] ?? 0;
        const slot = next[term] ?? 0;
        next[term] = slot + 1;
        this.postingArticles[slot] = position;
        this.postingCounts[slot] = this.forwardCounts[index] ?? 0;
      }
    }
    this.queries = new Array<IndexedQuery | undefined>(this.idList.length);
    this.scratchScores = new Float64Array(this.idList.length);
    this.scratchTouched = new Uint32Array(this.idList.length);
    this.packed = new Float64Array(0);
    this.sealed = true;
    return this;
  }

  /** The article at a position. */
  idAt(position: number): number {
    return this.idList[position] ?? 0;
  }

  /** The sum of an article's counts (the weighted length moreLikeThisScore uses). */
  lengthAt(position: number): number {
    return this.lengthList[position] ?? 0;
  }

  get size(): number {
    return this.idList.length;
  }

  positionOf(articleId: number): number | undefined {
    return this.positions.get(articleId);
  }

  termNumber(term: string): number | undefined {
    return this.termNumbers.get(term);
  }

  termName(term: number): string {
    return this.termNames[term] ?? '';
  }

  /** An article's count of a term (0 when it lacks it). */
  countOf(position: number, term: number): number {
    let low = this.forwardStart[position] ?? 0;
    let high = (this.forwardStart[position + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.forwardTerms[middle] ?? 0;
      if (found === term) return this.forwardCounts[middle] ?? 0;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /**
   * The article's distinctive terms as a query: distinctiveTerms over its counts, kept once made. `df` is
   * the documentFrequency distinctiveTerms is given.
   */
  queryOf(position: number, df: (term: string) => number, totalDocuments: number, limit: number): IndexedQuery {
    const kept = this.queries[position];
    if (kept) return kept;
    const scored: Array<{ term: string; weight: number; number: number; count: number }> = [];
    for (let index = this.forwardStart[position] ?? 0; index < (this.forwardStart[position + 1] ?? 0); index++) {
      const number = this.forwardTerms[index] ?? 0;
      const term = this.termName(number);
      const count = this.forwardCounts[index] ?? 0;
      const weight = distinctiveWeight(count, df(term), totalDocuments);
      if (weight !== null) scored.push({ term, weight, number, count });
    }
    const best = scored.sort(compareQueryTerms).slice(0, limit);
    const query = {
      terms: Uint32Array.from(best, (item) => item.number),
      weights: Float64Array.from(best, (item) => item.weight),
      counts: Uint32Array.from(best, (item) => item.count),
    };
    this.queries[position] = query;
    return query;
  }

  /**
   * moreLikeThisScore of a query against an indexed article: the same terms in the same order, the same
   * arithmetic (lengthNorm, termScore), so the same score to the last bit. `matched` receives the terms met.
   * With `counts` (countsOf, for an article scored against many queries) each count is one lookup.
   */
  moreLikeThis(query: IndexedQuery, position: number, averageLength: number, matched?: number[], counts?: Uint32Array): number {
    let score = 0;
    const norm = lengthNorm(this.lengthAt(position), averageLength);
    for (let index = 0; index < query.terms.length; index++) {
      const term = query.terms[index] ?? 0;
      const tf = counts ? (counts[term] ?? 0) : this.countOf(position, term);
      if (tf === 0) continue;
      matched?.push(term);
      score += termScore(query.weights[index] ?? 0, tf, norm);
    }
    return score;
  }

  /** A query's score against its own article (moreLikeThis, with the counts the query keeps). */
  selfScore(query: IndexedQuery, position: number, averageLength: number): number {
    let score = 0;
    const norm = lengthNorm(this.lengthAt(position), averageLength);
    for (let index = 0; index < query.terms.length; index++) {
      const tf = query.counts[index] ?? 0;
      if (tf === 0) continue;
      score += termScore(query.weights[index] ?? 0, tf, norm);
    }
    return score;
  }

  /** An article's counts by term number, for moreLikeThis; hand them back with releaseCounts. */
  countsOf(position: number): Uint32Array {
    if (this.denseCounts.length < this.termNames.length) this.denseCounts = new Uint32Array(this.termNames.length);
    for (let index = this.forwardStart[position] ?? 0; index < (this.forwardStart[position + 1] ?? 0); index++)
      this.denseCounts[this.forwardTerms[index] ?? 0] = this.forwardCounts[index] ?? 0;
    return this.denseCounts;
  }

  releaseCounts(position: number): void {
    for (let index = this.forwardStart[position] ?? 0; index < (this.forwardStart[position + 1] ?? 0); index++)
      this.denseCounts[this.forwardTerms[index] ?? 0] = 0;
  }

  /**
   * The articles FTS5's bm25() ranks best for an OR of single-term phrases, best first, ties by the lower
   * id (the order SQLite keeps for equal keys under ORDER BY … LIMIT), with their scores (bm25() returns
   * them negated). Each phrase's `idf` is the one
   * fts5_aux.c computes from the index's row count and the phrase's; an article's count of a term is the
   * column-weighted count bm25(3, 2, 1) sums, which is what article_terms stores.
   */
  bm25Matches(phrases: Array<{ term: number; idf: number }>, limit: number): Array<{ position: number; score: number }> {
    if (!this.sealed) throw new Error('TermIndex is not sealed');
    const scores = this.scratchScores;
    const touched = this.scratchTouched;
    let touchedCount = 0;
    for (const { term, idf } of phrases) {
      for (let slot = this.postingStart[term] ?? 0; slot < (this.postingStart[term + 1] ?? 0); slot++) {
        const position = this.postingArticles[slot] ?? 0;
        const tf = this.postingCounts[slot] ?? 0;
        if (scores[position] === 0) touched[touchedCount++] = position;
        scores[position] = (scores[position] ?? 0) + idf * ((tf * (FTS5_K1 + 1.0)) / (tf + (this.normList[position] ?? 0)));
      }
    }
    // A bounded min-heap of the best `limit`: its root is the weakest kept.
    const heap: number[] = [];
    const weaker = (a: number, b: number) => (scores[a] ?? 0) < (scores[b] ?? 0) || (scores[a] === scores[b] && a > b);
    const siftDown = (start: number) => {
      let index = start;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let weakest = index;
        if (left < heap.length && weaker(heap[left] ?? 0, heap[weakest] ?? 0)) weakest = left;
        if (right < heap.length && weaker(heap[right] ?? 0, heap[weakest] ?? 0)) weakest = right;
        if (weakest === index) return;
        [heap[index], heap[weakest]] = [heap[weakest] ?? 0, heap[index] ?? 0];
        index = weakest;
      }
    };
    for (let index = 0; index < touchedCount; index++) {
      const position = touched[index] ?? 0;
      if (heap.length < limit) {
        heap.push(position);
        let child = heap.length - 1;
        while (child > 0) {
          const parent = (child - 1) >> 1;
          if (!weaker(heap[child] ?? 0, heap[parent] ?? 0)) break;
          [heap[child], heap[parent]] = [heap[parent] ?? 0, heap[child] ?? 0];
          child = parent;
        }
      } else if (limit > 0 && weaker(heap[0] ?? 0, position)) {
        heap[0] = position;
        siftDown(0);
      }
    }
    const best = heap
      .sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0))
      .map((position) => ({ position, score: scores[position] ?? 0 }));
    for (let index = 0; index < touchedCount; index++) scores[touched[index] ?? 0] = 0;
    return best;
  }
}

/**
 * fts5_aux.c's idf for a phrase found in `rowsWithPhrase` of `rows`: never below a millionth. For a term
 * the index has never seen; db/related-snapshot.ts has SQLite compute the others, to the last bit.
 */
export function fts5Idf(rows: number, rowsWithPhrase: number): number {
  const idf = Math.log((rows - rowsWithPhrase + 0.5) / (rowsWithPhrase + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}
