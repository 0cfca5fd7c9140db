import { describe, expect, it } from 'vitest';
import { decodeVarints, tokenCount } from '@/db/related-snapshot';
import { TermIndex, fts5Idf } from '@/lib/related-index';
import { distinctiveTerms, encodeTermFrequencies, moreLikeThisScore, weightedTermFrequencies } from '@/lib/related-terms';

const texts = [
  {
    title: 'Harbour cranes idle',
    summary: 'Dock strike enters its second week',
    body: 'Cranes stood idle at the harbour as the strike went on.',
  },
  { title: 'Harbour strike ends', summary: 'Dockers vote to return', body: 'The harbour reopened after dockers voted to end the strike.' },
  {
    title: 'Orchard harvest',
    summary: 'Apples early this autumn',
    body: 'Growers picked apples two weeks early; cider makers were pleased.',
  },
  { title: 'Cider festival', summary: 'Orchard towns celebrate', body: 'Cider from every orchard in the valley, and apples by the crate.' },
];
const frequencies = texts.map((text) => weightedTermFrequencies(text));

function indexOf(ids = [3, 7, 8, 20]): TermIndex {
  const index = new TermIndex(40);
  frequencies.forEach((counts, at) => index.add({ id: ids[at] ?? 0, terms: encodeTermFrequencies(counts), tokens: 30 + at * 5 }));
  return index.seal();
}

describe('decodeVarints', () => {
  it("reads SQLite's varints: one byte under 128, more with the high bit set", () => {
    expect(decodeVarints(new Uint8Array([0x05, 0x81, 0x00, 0x82, 0x80, 0x01]))).toEqual([5, 128, 32769]);
    expect(tokenCount(new Uint8Array([3, 10, 0x81, 0x01]))).toBe(3 + 10 + 129);
  });
});

describe('TermIndex', () => {
  it('holds each article’s counts as stored, and its length', () => {
    const index = indexOf();
    expect(index.size).toBe(4);
    expect(index.positionOf(8)).toBe(2);
    expect(index.idAt(3)).toBe(20);
    for (const [term, count] of frequencies[1] ?? []) expect(index.countOf(1, index.termNumber(term) ?? -1)).toBe(count);
    expect(index.lengthAt(0)).toBe([...(frequencies[0]?.values() ?? [])].reduce((sum, count) => sum + count, 0));
    const harbour = index.termNumber('harbour') ?? -1;
    expect(index.countOf(0, harbour)).toBe(frequencies[0]?.get('harbour'));
    expect(index.countOf(2, harbour)).toBe(0);
  });

  it('keeps counts too large for two bytes', () => {
    const index = new TermIndex(10);
    index.add({ id: 1, terms: 'harbour 70000 crane 2', tokens: 3 });
    index.seal();
    expect(index.countOf(0, index.termNumber('harbour') ?? -1)).toBe(70_000);
    expect(index.bm25Matches([{ term: index.termNumber('harbour') ?? -1, idf: 1 }], 1)[0]?.score).toBe(
      (70_000 * 2.2) / (70_000 + 1.2 * (0.25 + (0.75 * 3) / 10)),
    );
  });

  it('takes articles only in ascending id order, and ranks only once sealed', () => {
    const index = new TermIndex(10);
    index.add({ id: 5, terms: 'harbour 1', tokens: 3 });
    expect(() => index.add({ id: 5, terms: 'crane 1', tokens: 3 })).toThrow(/ascending id order/);
    expect(() => index.bm25Matches([{ term: 0, idf: 1 }], 5)).toThrow(/not sealed/);
  });

  it('makes the query distinctiveTerms makes, and scores it as moreLikeThisScore does, to the last bit', () => {
    const index = indexOf();
    const df = (term: string) => frequencies.filter((counts) => counts.has(term)).length || 1;
    for (let at = 0; at < frequencies.length; at++) {
      const expected = distinctiveTerms(frequencies[at] ?? new Map(), df, 120, 80);
      const query = index.queryOf(at, df, 120, 80);
      expect([...query.terms].map((term) => index.termName(term))).toEqual(expected.map((item) => item.term));
      expect([...query.weights]).toEqual(expected.map((item) => item.weight));
      for (let other = 0; other < frequencies.length; other++) {
        const counts = frequencies[other] ?? new Map();
        const length = index.lengthAt(other);
        const wanted = moreLikeThisScore(expected, counts, length, 37.5);
        const matched: number[] = [];
        expect(index.moreLikeThis(query, other, 37.5, matched)).toBe(wanted.score);
        expect(matched.map((term) => index.termName(term))).toEqual(wanted.matched);
        expect(index.moreLikeThis(query, other, 37.5, undefined, index.countsOf(other))).toBe(wanted.score);
        index.releaseCounts(other);
      }
      expect(index.selfScore(query, at, 37.5)).toBe(
        moreLikeThisScore(expected, frequencies[at] ?? new Map(), index.lengthAt(at), 37.5).score,
      );
    }
  });

  it('finds the articles using any of the terms, best first by bm25, ties by the lower id, at most `limit`', () => {
    const index = indexOf();
    const phrases = ['harbour', 'cider', 'strike'].map((name, at) => ({
      name,
      term: index.termNumber(name) ?? -1,
      idf: fts5Idf(4, at + 1),
    }));
    // fts5_aux.c's bm25, written out: each phrase's idf times the saturated count, over the row's length.
    const expected = frequencies
      .map((counts, at) => {
        const norm = 1.2 * (1 - 0.75 + (0.75 * (30 + at * 5)) / 40);
        let score = 0;
        for (const { name, idf } of phrases) {
          const tf = counts.get(name) ?? 0;
          if (tf > 0) score += idf * ((tf * (1.2 + 1.0)) / (tf + norm));
        }
        return { id: index.idAt(at), score };
      })
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const matches = index.bm25Matches(phrases, 10).map((match) => ({ id: index.idAt(match.position), score: match.score }));
    expect(matches).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
    expect(index.bm25Matches(phrases, 2)).toEqual(index.bm25Matches(phrases, 10).slice(0, 2));
    // Equal scores: the lower id first.
    const twins = new TermIndex(10);
    for (const id of [9, 4, 2].sort((a, b) => a - b)) twins.add({ id, terms: 'harbour 2', tokens: 10 });
    twins.seal();
    expect(twins.bm25Matches([{ term: 0, idf: 1 }], 2).map((match) => twins.idAt(match.position))).toEqual([2, 4]);
  });

  it("uses fts5_aux.c's idf, never below a millionth", () => {
    expect(fts5Idf(100, 10)).toBeCloseTo(Math.log(90.5 / 10.5), 12);
    expect(fts5Idf(100, 90)).toBe(1e-6);
  });
});
