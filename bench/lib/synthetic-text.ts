/**
 * A made-up vocabulary with news-like statistics, for benchmarks: 60 topics of 150 words each on top of
 * 800 common words, drawn with a Zipf-like skew, so query terms are as selective as real ones (not every
 * word in every story). Deterministic: the same seed gives the same archive. No copied text.
 */

/** A small deterministic random generator (LCG), so benchmark archives are reproducible. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const syllables = [
  'ka',
  'lo',
  'mer',
  'vin',
  'sta',
  'dor',
  'pel',
  'tri',
  'shan',
  'gor',
  'bel',
  'nu',
  'rak',
  'ston',
  'vel',
  'mi',
  'dra',
  'port',
  'ven',
  'lis',
];

export function makeWord(random: () => number): string {
  const length = 2 + Math.floor(random() * 2);
  return Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)] ?? 'ka').join('');
}

const vocabularyRandom = rng(7);
export const commonWords: string[] = Array.from({ length: 800 }, () => makeWord(vocabularyRandom));
export const topics: string[][] = Array.from({ length: 60 }, () => Array.from({ length: 150 }, () => makeWord(vocabularyRandom)));

/** Picks from a list with a Zipf-like skew towards its first entries. */
export function zipfPick<T>(list: readonly T[], random: () => number): T {
  const index = Math.floor(list.length * random() ** 2.5);
  return list[Math.min(list.length - 1, index)] as T;
}

/** One 14-word sentence, three in ten words from the topic. */
export function sentence(random: () => number, topic: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < 14; i++) words.push(random() < 0.3 ? zipfPick(topic, random) : zipfPick(commonWords, random));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function capitalize(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** A headline of `words` words, the first capitalised. */
export function headline(random: () => number, topic: readonly string[], words = 8): string {
  const picked = Array.from({ length: words }, (_, i) => (i % 2 === 0 ? zipfPick(topic, random) : zipfPick(commonWords, random)));
  return capitalize(picked.join(' '));
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
