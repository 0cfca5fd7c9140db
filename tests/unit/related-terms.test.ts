import { describe, expect, it } from 'vitest';
import {
  decodeTermFrequencies,
  distinctiveTerms,
  encodeTermFrequencies,
  inverseDocumentFrequency,
  moreLikeThisScore,
  terms,
  weightedTermFrequencies,
} from '@/lib/related-terms';

describe('terms', () => {
  it('lowercases, folds accents, stems and drops stopwords, numbers and short words', () => {
    expect(terms('The Strikes at the Café were striking in 2026, he said')).toEqual(['strike', 'cafe', 'strike']);
  });

  it("splits and keeps words as FTS5's tokenizer counts them: by the stem, at apostrophes, ligatures unfolded", () => {
    // "MP" and "MPs" share a stem, so both count; "1990s" stems to a number; "saying" to a stopword's stem.
    expect(terms("O'Sullivan's MPs met the MP in the 1990s, saying so")).toEqual(['sullivan', 'mp', 'met', 'mp']);
    // FTS5 keeps the ligature and stems "straße" byte by byte: neither can be matched, so neither is a term.
    expect(terms('ﬁnance Straße naïve Łódź')).toEqual(['naiv']);
    // What an apostrophe leaves of a contraction says nothing; FTS5 stems no word over 64 letters.
    expect(terms("Don't, won't, isn't")).toEqual([]);
    expect(terms(`${'a'.repeat(60)}nesses`)).toEqual([`${'a'.repeat(60)}nesses`]);
  });
});

describe('weightedTermFrequencies', () => {
  it('counts headline words three times and summary words twice', () => {
    const frequencies = weightedTermFrequencies({ title: 'Harbour', summary: 'harbour', body: 'harbour cranes' });
    expect(frequencies.get('harbour')).toBe(6);
    expect(frequencies.get('crane')).toBe(1);
  });
});

describe('distinctiveTerms', () => {
  const total = 1000;
  const df: Record<string, number> = { harbour: 12, crane: 30, govern: 400, unique: 1 };
  const pick = (frequencies: Map<string, number>) =>
    distinctiveTerms(frequencies, (term) => df[term] ?? 1, total, 3).map((item) => item.term);

  it('prefers rare terms used often, and drops terms common to much of the archive', () => {
    expect(
      pick(
        new Map([
          ['govern', 9],
          ['harbour', 3],
          ['crane', 3],
        ]),
      ),
    ).toEqual(['harbour', 'crane']);
  });

  it('ignores a one-off word no other article has', () => {
    expect(
      pick(
        new Map([
          ['unique', 1],
          ['harbour', 1],
        ]),
      ),
    ).toEqual(['harbour']);
  });

  it('keeps at most the requested number of terms', () => {
    const many = new Map(Array.from({ length: 10 }, (_, index) => [`term${index}`, 2] as [string, number]));
    expect(distinctiveTerms(many, () => 5, total, 4)).toHaveLength(4);
  });
});

describe('moreLikeThisScore', () => {
  const query = [
    { term: 'harbour', weight: 3 },
    { term: 'crane', weight: 1 },
  ];

  it('scores a candidate by the weighted query terms it uses, and says which', () => {
    const onTopic = moreLikeThisScore(
      query,
      new Map([
        ['harbour', 4],
        ['crane', 2],
      ]),
      100,
      100,
    );
    const passing = moreLikeThisScore(query, new Map([['crane', 1]]), 100, 100);
    const offTopic = moreLikeThisScore(query, new Map([['football', 5]]), 100, 100);
    expect(onTopic.score).toBeGreaterThan(passing.score);
    expect(passing.score).toBeGreaterThan(0);
    expect(offTopic).toEqual({ score: 0, matched: [] });
    expect(onTopic.matched).toEqual(['harbour', 'crane']);
  });

  it('saturates repetition and penalises long documents', () => {
    const few = moreLikeThisScore(query, new Map([['harbour', 2]]), 100, 100).score;
    const many = moreLikeThisScore(query, new Map([['harbour', 20]]), 100, 100).score;
    expect(many / few).toBeLessThan(2);
    const long = moreLikeThisScore(query, new Map([['harbour', 2]]), 1000, 100).score;
    expect(long).toBeLessThan(few);
  });
});

describe('inverseDocumentFrequency', () => {
  it('is higher for rarer terms and positive even for common ones', () => {
    expect(inverseDocumentFrequency(1, 1000)).toBeGreaterThan(inverseDocumentFrequency(100, 1000));
    expect(inverseDocumentFrequency(999, 1000)).toBeGreaterThan(0);
  });
});

describe('stored term counts', () => {
  it('read back exactly as they were counted', () => {
    const counts = weightedTermFrequencies({
      title: 'Harbour strike',
      summary: 'Cranes idle',
      body: 'The harbour’s cranes, 2026: café strike.',
    });
    expect(decodeTermFrequencies(encodeTermFrequencies(counts))).toEqual(counts);
    expect(decodeTermFrequencies(encodeTermFrequencies(new Map()))).toEqual(new Map());
  });
});
