/**
 * Turning what a reader typed into a full-text query, and a search snippet into safe HTML.
 * Pure functions: no database, no framework.
 */
import { escapeHtml } from './sanitize';

/** Terms beyond this are ignored: more words only narrow an AND query, and each costs an index lookup. */
export const MAX_SEARCH_TERMS = 12;
/** Longer "words" are cut: no real word is this long, and the index never holds one either. */
export const MAX_TERM_LENGTH = 100;
/** Prefix matching (`term*`) is only offered for terms at least this long, so "a*" never scans the index. */
export const MIN_PREFIX_LENGTH = 3;

/** Private-use characters that never occur in real text, for FTS5 snippet() to wrap matches in. */
export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';

// A word: a letter or digit, then letters, digits and combining marks (so "Zoë" typed in decomposed
// form, or scripts written with vowel signs, stay one word). Everything else separates words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export interface FtsQueryOptions {
  /**
   * Let the last term match as a prefix ("harb" finds "harbour") when it has at least MIN_PREFIX_LENGTH
   * characters. Off by default: the search page is submitted with whole words, and the index already
   * stems ("strikes" finds "strike"), so a prefix would mostly add noise ("strike" would find "striker").
   * Meant for a future search-as-you-type box.
   */
  prefixLastTerm?: boolean;
}

/**
 * Turns arbitrary user input into a safe FTS5 MATCH expression, or null when it holds no words.
 *
 * Only words (Unicode letters and digits) survive; every operator character (`"`, `*`, `-`, `^`, `:`,
 * parentheses…) is dropped. Each word is wrapped in double quotes, which makes it a plain string to FTS5,
 * so NEAR, OR, AND and NOT are searched for as words rather than read as operators. Terms are joined with
 * spaces, which FTS5 reads as AND: every word must occur. At most MAX_SEARCH_TERMS terms of at most
 * MAX_TERM_LENGTH characters each are kept, so the expression stays small whatever the input's size.
 * Diacritics are kept; the index's tokenizer (remove_diacritics 2) folds "Zoë" and "zoe" together.
 */
export function buildFtsQuery(input: string, options: FtsQueryOptions = {}): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((term, index) => {
      const quoted = quoteFtsString(term);
      const isLast = index === terms.length - 1;
      return options.prefixLastTerm && isLast && [...term].length >= MIN_PREFIX_LENGTH ? `${quoted}*` : quoted;
    })
    .join(' ');
}

/** The words of a reader's query, as buildFtsQuery keeps them: at most MAX_SEARCH_TERMS, each once. */
function searchTerms(input: string): string[] {
  const terms: string[] = [];
  for (const match of input.normalize('NFC').matchAll(WORD)) {
    const term = truncateCodePoints(match[0], MAX_TERM_LENGTH);
    // The index is case-insensitive, so "Port port" is one term.
    if (!terms.some((kept) => kept.toLowerCase() === term.toLowerCase())) terms.push(term);
    if (terms.length >= MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * Two FTS5 expressions that ask how well the title alone matches: every word in the title, and the words
 * as a phrase, in order, in the title. Search ranks such stories first: a reader who types a headline, or
 * most of one, wants that story, whatever else mentions its words. Null when the input holds no words.
 */
export function buildTitleFtsQueries(input: string): { allWords: string; phrase: string } | null {
  const terms = searchTerms(input).map(quoteFtsString);
  if (terms.length === 0) return null;
  return { allWords: `title : (${terms.join(' ')})`, phrase: `title : (${terms.join(' + ')})` };
}

/** An FTS5 string: double quotes around it, embedded double quotes doubled. */
export function quoteFtsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function truncateCodePoints(text: string, max: number): string {
  // Cheap path for the common case; the slow path never splits a surrogate pair.
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/**
 * Turns a snippet whose matches are wrapped in `open`/`close` marker characters into HTML: the whole
 * snippet is escaped first, and only then do the markers become <mark> and </mark>. The output is always
 * balanced: a stray marker (say, one that was already in the article's text) never yields an unclosed
 * or unopened <mark>.
 */
export function highlightSnippet(snippet: string, open: string, close: string): string {
  if (!open || !close || open === close || /[&<>"';#\w]/.test(open + close)) {
    throw new Error('highlightSnippet needs two distinct markers that HTML escaping leaves alone');
  }
  const escaped = escapeHtml(snippet);
  let html = '';
  let inMark = false;
  let position = 0;
  while (position < escaped.length) {
    const nextOpen = escaped.indexOf(open, position);
    const nextClose = escaped.indexOf(close, position);
    const candidates = [nextOpen, nextClose].filter((index) => index >= 0);
    if (candidates.length === 0) {
      html += escaped.slice(position);
      break;
    }
    const next = Math.min(...candidates);
    html += escaped.slice(position, next);
    if (next === nextOpen) {
      if (!inMark) html += '<mark>';
      inMark = true;
      position = next + open.length;
    } else {
      if (inMark) html += '</mark>';
      inMark = false;
      position = next + close.length;
    }
  }
  if (inMark) html += '</mark>';
  // Adjacent matches ("<mark>port</mark> <mark>strike</mark>") read better as one highlight.
  return html.replace(/<\/mark>(\s+)<mark>/g, '$1').replace(/<mark><\/mark>/g, '');
}
