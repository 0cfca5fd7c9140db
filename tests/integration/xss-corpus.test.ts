import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadXssCorpus } from '../fixtures/xss-corpus';
import { unsafeParts, urlScheme } from '../support/safe-html';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Every payload of the XSS corpus (tests/fixtures/xss-corpus.txt) saved through the editor's save path
 * (the saveArticle mutation the article form's action calls) and through the JSONL importer: what is
 * stored must be safe HTML by an independent parser's reading. The e2e attack suite then renders the
 * same payloads in Chromium with alert, confirm, prompt and the console hooked.
 */

const corpus = loadXssCorpus();
const NOW = new Date('2026-06-01T12:00:00Z');

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let articleMutations: typeof import('../../newsroom/articles');
let importer: typeof import('../../newsroom/importers/jsonl');
let sanitize: typeof import('@/lib/sanitize');
let editorId = 0;
let sectionId = 0;

async function storedArticle(slug: string) {
  const [row] = await db
    .select({ title: schema.articles.title, summary: schema.articles.summary, body: schema.articles.body })
    .from(schema.articles)
    .where(orm.eq(schema.articles.slug, slug));
  if (!row) throw new Error(`no article ${slug}`);
  return row;
}

async function* lines(values: object[]) {
  for (const value of values) yield JSON.stringify(value);
}

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  articleMutations = await import('../../newsroom/articles');
  importer = await import('../../newsroom/importers/jsonl');
  sanitize = await import('@/lib/sanitize');
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'desk@paradox.test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor', passwordHash: 'x' })
    .returning();
  const [section] = await db.insert(schema.categories).values({ slug: 'corpus', name: 'Corpus' }).returning();
  editorId = editor?.id ?? 0;
  sectionId = section?.id ?? 0;
});

afterAll(() => cleanup());

describe('the XSS corpus', () => {
  it('has at least 100 payloads across the classic families', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((entry) => entry.family))).toEqual(
      new Set([
        'script tags',
        'event handlers',
        'javascript and data URLs',
        'svg and mathml',
        'css',
        'entity and unicode obfuscation',
        'mutation xss',
      ]),
    );
  });

  it('the safety check itself catches what it must (so a pass means something)', () => {
    expect(unsafeParts('<p onclick="x()">a</p>')).toEqual(['event handler onclick on <p>']);
    expect(unsafeParts('<a href="java&#x09;script:alert(1)">x</a>')).toEqual(['javascript: URL in href of <a>']);
    expect(unsafeParts('<svg><script>alert(1)</script></svg>')).toEqual(['tag <svg>', 'tag <script>']);
    expect(unsafeParts('<p style="x">a</p>')).toEqual(['attribute style on <p>']);
    expect(urlScheme('\u0001 JaVa\nScRiPt:alert(1)')).toBe('javascript');
    expect(unsafeParts('<p>Fine <a href="/world/x">link</a> <img src="/media/abc" alt="a"></p>')).toEqual([]);
  });
});

describe('saved through the editor (saveArticle, publish)', () => {
  it.each(corpus.map((entry) => [entry.id, entry.family, entry]))('payload %i (%s) is stored harmless', async (_id, _family, entry) => {
    const slug = `xss-save-${entry.id}`;
    const outcome = await articleMutations.saveArticle.execute(
      editorId,
      {
        title: `Corpus ${entry.id}: ${entry.payload}`.slice(0, 200),
        slug,
        summary: entry.payload.slice(0, 400),
        // A line of real text first: a payload the sanitizer empties would otherwise meet the checklist's empty-body rule.
        body: `<p>Reported from the harbour.</p>${entry.payload}`,
        categoryId: sectionId,
        intent: 'publish',
      },
      NOW,
    );
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const stored = await storedArticle(slug);
    expect(unsafeParts(stored.body)).toEqual([]);
    // Stable: sanitizing what was stored changes nothing, so no second parse can turn it into markup.
    expect(sanitize.sanitizeArticleHtml(stored.body)).toBe(stored.body);
    // Titles and summaries are text: control and bidi characters are removed, markup stays as typed text.
    expect(stored.title).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
  });
});

describe('imported from JSON Lines', () => {
  it('stores every payload harmless, whether the importer reads the body as HTML or as text', async () => {
    const asHtml = corpus.map((entry) => ({
      title: `Imported ${entry.id}`,
      slug: `xss-import-${entry.id}`,
      body: `<p>Imported payload ${entry.id}</p>${entry.payload}`,
      category: 'Corpus',
      author: 'desk@paradox.test',
    }));
    const asGiven = corpus.map((entry) => ({
      title: `Imported as given ${entry.id}`,
      slug: `xss-given-${entry.id}`,
      body: entry.payload,
      summary: entry.payload.slice(0, 400),
      category: 'Corpus',
      author: 'desk@paradox.test',
    }));

    const htmlReport = await importer.importJsonl(lines(asHtml), { now: NOW });
    expect(htmlReport.skipped).toEqual([]);
    expect(htmlReport.imported).toBe(corpus.length);

    const givenReport = await importer.importJsonl(lines(asGiven), { now: NOW });
    // A payload that is nothing but markup may sanitize to nothing: then the line is skipped, never stored raw.
    for (const skipped of givenReport.skipped) expect(skipped.reason).toBe('body is empty once sanitized');
    expect(givenReport.imported + givenReport.skipped.length).toBe(corpus.length);

    for (const entry of corpus) {
      const htmlBody = (await storedArticle(`xss-import-${entry.id}`)).body;
      expect(unsafeParts(htmlBody), `payload ${entry.id} as HTML`).toEqual([]);
      if (givenReport.skipped.some((skipped) => skipped.line === entry.id)) continue;
      const given = await storedArticle(`xss-given-${entry.id}`);
      expect(unsafeParts(given.body), `payload ${entry.id} as given`).toEqual([]);
    }
    // Two imports of the whole corpus: far longer than one unit test.
  }, 120_000);
});
