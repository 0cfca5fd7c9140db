import { stemmer } from 'stemmer';

/**
 * Term statistics for "related stories": an article is summarised by its most distinctive terms, and a
 * candidate is scored by how strongly it uses them (a weighted BM25 "more like this"). Pure functions,
 * so the ranking can be unit-tested and benchmarked without a database.
 */

// Common English words that say nothing about a story's subject, and what an apostrophe leaves of a
// contraction (FTS5 splits "don't" into "don" and "t").
const stopwords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves said says say one two three four five six seven eight nine ten
  first last new year years mr mrs ms told also could would may might must shall us per cent percent told week weeks
  month months day days time times people many much make made get got like well back still even way going go since
  ago around however added including around another against among around told yet while within without
  don ve ll re isn aren wasn weren didn doesn hasn haven hadn couldn wouldn shouldn won`
    .split(/\s+/)
    .filter(Boolean),
);

// Stems of the stopwords: a word is left out by its stem, so that every word FTS5 counts under a stem
// ("MP" and "MPs", "1990" and "1990s", "says" and "saying") is counted or left out together.
const stopStems = new Set([...stopwords].map((word) => stemmer(word)));

// Runs of letters, digits and private-use characters, as FTS5's unicode61 tokenizer splits text (an
// apostrophe splits a word too).
const wordPattern = /[\p{L}\p{N}\p{Co}]+/gu;

/** Each word of the text with its stem, lowercased and accent-folded, as FTS5's porter/unicode61 tokenizer sees it. */
function* stemmedWords(text: string): Generator<{ word: string; stem: string }> {
  // NFD, not NFKD: FTS5 folds accents but keeps ligatures and other compatibility characters.
  for (const match of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(wordPattern)) {
    const word = match[0];
    // FTS5's porter leaves tokens under 3 or over 64 bytes as they are (kept terms are ASCII: bytes are letters).
    yield { word, stem: word.length < 3 || word.length > 64 ? word : stemmer(word) };
  }
}

/**
 * Stems that say something: not a stopword's, not a number, at least two letters; and in plain letters
 * and digits, where the stemmer and FTS5's porter agree (FTS5 stems byte by byte, so "straße" differs,
 * and folds no accents outside the Latin script).
 */
function isTerm(stem: string): boolean {
  return stem.length >= 2 && /^[a-z0-9]+$/.test(stem) && !/^\d+$/.test(stem) && !stopStems.has(stem);
}

/**
 * Lowercased, accent-folded, stemmed terms, as the FTS index's porter/unicode61 tokenizer sees them: a kept
 * term's count is the count FTS5's bm25() reads (the rebuild's in-memory ranking relies on it).
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const { stem } of stemmedWords(text)) if (isTerm(stem)) out.push(stem);
  return out;
}

export interface ArticleText {
  title: string;
  summary: string;
  body: string;
}

/** Term frequencies with the title counted three times and the summary twice: headlines name the subject. */
export function weightedTermFrequencies(article: ArticleText): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  add(article.title, 3);
  add(article.summary, 2);
  add(article.body, 1);
  return counts;
}

/** Term counts as stored (article_terms): "term count" pairs, space-separated; terms never hold a space. */
export function encodeTermFrequencies(frequencies: Map<string, number>): string {
  const parts: string[] = [];
  for (const [term, count] of frequencies) parts.push(term, String(count));
  return parts.join(' ');
}

export function decodeTermFrequencies(encoded: string): Map<string, number> {
  const counts = new Map<string, number>();
  const parts = encoded === '' ? [] : encoded.split(' ');
  for (let index = 0; index + 1 < parts.length; index += 2) counts.set(parts[index] ?? '', Number(parts[index + 1]));
  return counts;
}

export function inverseDocumentFrequency(documentFrequency: number, totalDocuments: number): number {
  return Math.log(1 + (totalDocuments - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * A term's weight as a query term (tf·idf), or null when it cannot be one: terms that occur once in a
 * long body are dropped unless they are in the headline, so a passing mention does not steer the query.
 */
export function distinctiveWeight(tf: number, df: number, totalDocuments: number): number | null {
  if (df <= 1 && tf < 2) return null;
  // A term in a large share of a sizeable archive is noise here even if not a stopword. (In a small
  // archive a subject's own words can reach that share, so the rule waits for 100 articles.)
  if (totalDocuments >= 100 && df > totalDocuments * 0.3) return null;
  return (1 + Math.log(tf)) * inverseDocumentFrequency(df, totalDocuments);
}

/** Query terms' order: strongest first, ties by the term itself, so a query is the same however it is built. */
export function compareQueryTerms(a: { term: string; weight: number }, b: { term: string; weight: number }): number {
  return b.weight - a.weight || a.term.localeCompare(b.term);
}

/** The article's most distinctive terms (distinctiveWeight), strongest first. */
export function distinctiveTerms(
  frequencies: Map<string, number>,
  documentFrequency: (term: string) => number,
  totalDocuments: number,
  limit: number,
): Array<{ term: string; weight: number }> {
  const scored: Array<{ term: string; weight: number }> = [];
  for (const [term, tf] of frequencies) {
    const weight = distinctiveWeight(tf, documentFrequency(term), totalDocuments);
    if (weight !== null) scored.push({ term, weight });
  }
  return scored.sort(compareQueryTerms).slice(0, limit);
}

const K1 = 1.2;
const B = 0.75;

/** BM25's length normalisation for a candidate of this weighted length. */
export function lengthNorm(candidateLength: number, averageLength: number): number {
  return K1 * (1 - B + (B * candidateLength) / Math.max(1, averageLength));
}

/** One query term's share of a candidate's score: its weight times BM25's saturation of the count. */
export function termScore(weight: number, tf: number, norm: number): number {
  return weight * ((tf * (K1 + 1)) / (tf + norm));
}

/** How strongly a candidate uses the query terms: BM25 with each query term weighted by its distinctiveness. */
export function moreLikeThisScore(
  query: Array<{ term: string; weight: number }>,
  candidate: Map<string, number>,
  candidateLength: number,
  averageLength: number,
): { score: number; matched: string[] } {
  let score = 0;
  const matched: string[] = [];
  const norm = lengthNorm(candidateLength, averageLength);
  for (const { term, weight } of query) {
    const tf = candidate.get(term) ?? 0;
    if (tf === 0) continue;
    matched.push(term);
    score += termScore(weight, tf, norm);
  }
  return { score, matched };
}

/** For each stem, the first word it came from, so a query can be written in the words of the text. */
export function surfaceForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const { word, stem } of stemmedWords(text)) if (isTerm(stem) && !forms.has(stem)) forms.set(stem, word);
  return forms;
}
