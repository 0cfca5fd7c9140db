import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_SEARCH_TERMS,
  buildTitleFtsQueries,
  MAX_TERM_LENGTH,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  buildFtsQuery,
  highlightSnippet,
  quoteFtsString,
} from '@/lib/search-query';

const hostileInputs = [
  '"',
  '""',
  '*',
  '-',
  '-harbour',
  'harbour*',
  'NEAR(a b)',
  'NEAR',
  'a OR',
  'OR',
  'AND NOT',
  'title:harbour',
  '{title summary}: port',
  '^port',
  '"unbalanced',
  'unbalanced"',
  "it's",
  '(port',
  'port + strike',
  '!!!',
  '\u0000',
  `${SNIPPET_OPEN}port${SNIPPET_CLOSE}`,
  'x'.repeat(10_000),
  'word '.repeat(2_000),
];

describe('buildFtsQuery', () => {
  it('quotes each word and joins them with spaces (AND)', () => {
    expect(buildFtsQuery('port strike')).toBe('"port" "strike"');
    expect(buildFtsQuery('  Port   Averly ')).toBe('"Port" "Averly"');
  });

  it('drops double quotes, so unbalanced quotes cannot break the expression', () => {
    expect(buildFtsQuery('"port strike"')).toBe('"port" "strike"');
    expect(buildFtsQuery('"unbalanced')).toBe('"unbalanced"');
    expect(buildFtsQuery('say "hello')).toBe('"say" "hello"');
    expect(buildFtsQuery('"')).toBeNull();
  });

  it('drops * and -, so readers cannot write prefix or NOT queries', () => {
    expect(buildFtsQuery('harb*')).toBe('"harb"');
    expect(buildFtsQuery('-strike')).toBe('"strike"');
    expect(buildFtsQuery('port -strike')).toBe('"port" "strike"');
    expect(buildFtsQuery('*')).toBeNull();
    expect(buildFtsQuery('-')).toBeNull();
  });

  it('treats NEAR, OR, AND and NOT as plain quoted words', () => {
    expect(buildFtsQuery('NEAR(a b)')).toBe('"NEAR" "a" "b"');
    expect(buildFtsQuery('a OR')).toBe('"a" "OR"');
    expect(buildFtsQuery('port AND NOT strike')).toBe('"port" "AND" "NOT" "strike"');
  });

  it('drops column filters and other FTS5 syntax', () => {
    expect(buildFtsQuery('title:harbour')).toBe('"title" "harbour"');
    expect(buildFtsQuery('{title body}: ^port')).toBe('"title" "body" "port"');
  });

  it('returns null when no words remain', () => {
    expect(buildFtsQuery('')).toBeNull();
    expect(buildFtsQuery('   ')).toBeNull();
    expect(buildFtsQuery('!!!')).toBeNull();
    expect(buildFtsQuery('"*-^:(){}+.,;')).toBeNull();
    expect(buildFtsQuery('— … “ ” ‘ ’')).toBeNull();
  });

  it('keeps diacritics and other scripts as letters', () => {
    expect(buildFtsQuery('Zoë Brandt')).toBe('"Zoë" "Brandt"');
    expect(buildFtsQuery('Łukasz café')).toBe('"Łukasz" "café"');
    expect(buildFtsQuery('Zoe\u0308')).toBe('"Zoë"'); // decomposed input is composed first
    expect(buildFtsQuery('東京 Москва')).toBe('"東京" "Москва"');
    expect(buildFtsQuery('हिन्दी')).toBe('"हिन्दी"'); // vowel signs are marks, not separators
  });

  it('keeps digits, and splits on apostrophes and hyphens like the index does', () => {
    expect(buildFtsQuery('2-2 draw')).toBe('"2" "draw"');
    expect(buildFtsQuery("Varnholm's 1.9bn")).toBe('"Varnholm" "s" "1" "9bn"');
  });

  it('keeps at most MAX_SEARCH_TERMS distinct terms', () => {
    const words = Array.from({ length: 30 }, (_, index) => `word${index}`);
    const query = buildFtsQuery(words.join(' '));
    expect(query?.split(' ')).toHaveLength(MAX_SEARCH_TERMS);
    expect(buildFtsQuery('Port port PORT strike')).toBe('"Port" "strike"');
  });

  it('copes with 10,000 characters of input', () => {
    const long = 'x'.repeat(10_000);
    expect(buildFtsQuery(long)).toBe(`"${'x'.repeat(MAX_TERM_LENGTH)}"`);
    const started = performance.now();
    const query = buildFtsQuery('lorem ipsum '.repeat(1_000));
    expect(performance.now() - started).toBeLessThan(100);
    expect(query).toBe('"lorem" "ipsum"');
    expect(buildFtsQuery('!'.repeat(10_000))).toBeNull();
  });

  it('never cuts a character in half when truncating a term', () => {
    const query = buildFtsQuery('𝒳'.repeat(150)) ?? '';
    expect(Array.from(query.slice(1, -1))).toHaveLength(MAX_TERM_LENGTH);
    expect(query).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  describe('prefix matching of the last term (opt-in)', () => {
    it('adds * to a last term of three characters or more', () => {
      expect(buildFtsQuery('port harb', { prefixLastTerm: true })).toBe('"port" "harb"*');
      expect(buildFtsQuery('zoë', { prefixLastTerm: true })).toBe('"zoë"*');
    });

    it('leaves short last terms and earlier terms alone', () => {
      expect(buildFtsQuery('harbour ab', { prefixLastTerm: true })).toBe('"harbour" "ab"');
      expect(buildFtsQuery('a', { prefixLastTerm: true })).toBe('"a"');
    });

    it('is off by default', () => {
      expect(buildFtsQuery('harb')).toBe('"harb"');
    });
  });
});

describe('quoteFtsString', () => {
  it('doubles embedded double quotes', () => {
    expect(quoteFtsString('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('the expressions against SQLite FTS5', () => {
  let client: Client;

  beforeAll(async () => {
    client = createClient({ url: ':memory:' });
    await client.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')");
    await client.batch([
      {
        sql: 'INSERT INTO docs (rowid, title, body) VALUES (1, ?, ?)',
        args: ['Harbour strike ends', 'Zoë Brandt said the deal was NEAR done, OR so it seemed.'],
      },
      {
        sql: 'INSERT INTO docs (rowid, title, body) VALUES (2, ?, ?)',
        args: ['Calder Rovers draw', 'A late save denied the striker a winner.'],
      },
    ]);
  });

  afterAll(() => client.close());

  async function matches(input: string, options?: { prefixLastTerm?: boolean }): Promise<number[]> {
    const query = buildFtsQuery(input, options);
    if (query === null) return [];
    const result = await client.execute({ sql: 'SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid', args: [query] });
    return result.rows.map((row) => Number(row.rowid));
  }

  it.each(hostileInputs)('runs hostile input %j without an FTS5 syntax error', async (input) => {
    await expect(matches(input)).resolves.toBeInstanceOf(Array);
    await expect(matches(input, { prefixLastTerm: true })).resolves.toBeInstanceOf(Array);
  });

  it('finds words with or without diacritics, and stems', async () => {
    expect(await matches('zoe')).toEqual([1]);
    expect(await matches('Zoë')).toEqual([1]);
    expect(await matches('strikes')).toEqual([1]);
  });

  it('searches for NEAR and OR as words', async () => {
    expect(await matches('NEAR')).toEqual([1]);
    expect(await matches('deal OR')).toEqual([1]);
    expect(await matches('NEAR(deal done)')).toEqual([1]);
    expect(await matches('winner OR deal')).toEqual([]);
  });

  it('requires every word (AND)', async () => {
    expect(await matches('harbour strike')).toEqual([1]);
    expect(await matches('harbour winner')).toEqual([]);
  });

  it('matches a prefix only when asked to', async () => {
    expect(await matches('harb')).toEqual([]);
    expect(await matches('harb', { prefixLastTerm: true })).toEqual([1]);
  });
});

describe('highlightSnippet', () => {
  const o = SNIPPET_OPEN;
  const c = SNIPPET_CLOSE;

  it('turns markers into <mark> elements', () => {
    expect(highlightSnippet(`The ${o}harbour${c} reopened`, o, c)).toBe('The <mark>harbour</mark> reopened');
  });

  it('escapes the text, including inside a match, before adding the marks', () => {
    expect(highlightSnippet(`<script>alert(1)</script> ${o}<b>${c} & "x" 'y'`, o, c)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark> &amp; &quot;x&quot; &#39;y&#39;',
    );
  });

  it('merges adjacent matches into one highlight', () => {
    expect(highlightSnippet(`${o}port${c} ${o}strike${c} ends`, o, c)).toBe('<mark>port strike</mark> ends');
  });

  it('always produces balanced marks, whatever stray markers the text holds', () => {
    expect(highlightSnippet(`a ${c}b${c} ${o}c`, o, c)).toBe('a b <mark>c</mark>');
    expect(highlightSnippet(`${o}${o}a${c}${c}`, o, c)).toBe('<mark>a</mark>');
    expect(highlightSnippet(`${o}${c}plain`, o, c)).toBe('plain');
  });

  it('leaves a snippet without markers as escaped text', () => {
    expect(highlightSnippet('Fish & chips…', o, c)).toBe('Fish &amp; chips…');
    expect(highlightSnippet('', o, c)).toBe('');
  });

  it('refuses markers that escaping would change', () => {
    expect(() => highlightSnippet('x', '<', '>')).toThrow();
    expect(() => highlightSnippet('x', o, o)).toThrow();
  });
});

describe('buildTitleFtsQueries', () => {
  it('asks for every word in the title, and for the words as a phrase in the title', () => {
    expect(buildTitleFtsQueries('Port strike!')).toEqual({ allWords: 'title : ("Port" "strike")', phrase: 'title : ("Port" + "strike")' });
  });

  it('keeps operators out, as buildFtsQuery does, and gives null for no words', () => {
    expect(buildTitleFtsQueries('a" OR body:x')).toEqual({
      allWords: 'title : ("a" "OR" "body" "x")',
      phrase: 'title : ("a" + "OR" + "body" + "x")',
    });
    expect(buildTitleFtsQueries('¿?!')).toBeNull();
  });
});
