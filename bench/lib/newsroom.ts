/**
 * A synthetic newsroom for benchmarks: sections of different sizes, authors, tags with a long tail of
 * rarely used ones, and N articles of generated text (no copied articles), indexed for search through the
 * data layer's own indexer, with related stories computed by the same code `related:rebuild` runs.
 * Call after DATABASE_URL points at an empty, migrated database.
 */
import { sql } from 'drizzle-orm';
import { getDb } from '../../db';
import { computeRelatedFor, listRelatableArticleIds, warmRelatedStatistics } from '../../newsroom/related';
import { indexArticles } from '../../newsroom/search-index';
import { articleBylines, articleTags, articles, bylineProfiles, categories, tags, users } from '../../db/schema';
import { capitalize, commonWords, headline, makeWord, rng, sentence, topics, zipfPick } from './synthetic-text';

const HOUR = 3_600_000;

/** Section names and their share of the archive: a few big desks, several small ones. */
const sectionPlan = [
  ['World', 0.22],
  ['Politics', 0.18],
  ['Business', 0.15],
  ['Technology', 0.12],
  ['Science', 0.1],
  ['Sport', 0.1],
  ['Culture', 0.08],
  ['Opinion', 0.05],
] as const;
const AUTHOR_COUNT = 40;
const TAG_COUNT = 120;
const INSERT_BATCH = 250;

export interface NewsroomOptions {
  articles: number;
  /** Articles whose related stories are computed (the rest are read with empty lists). */
  relatedLimit: number;
  /** Fixed clock, so runs are comparable. */
  now: number;
  log: (message: string) => void;
}

export interface SectionInfo {
  id: number;
  slug: string;
  name: string;
  articles: number;
}

export interface TagInfo {
  id: number;
  slug: string;
  name: string;
  articles: number;
}

export interface SyntheticNewsroom {
  articles: number;
  visibleArticles: number;
  sections: SectionInfo[];
  tags: TagInfo[];
  /** An editor account for publishing (cannot sign in: no password). */
  editorId: number;
  /** The newest story of the biggest section, with tags and related stories: the "hot" article. */
  hotArticlePath: string;
  /** Every other public story's path, shuffled; the first `relatedComputed` have related stories. */
  longTailPaths: string[];
  relatedComputed: number;
  /** One- and two-word searches from the archive's own vocabulary. */
  searchQueries: string[];
  seconds: { articles: number; searchIndex: number; related: number };
}

function slugOf(title: string, index: number): string {
  // Trimmed after cutting to length too: a slug with "--" is not one the site makes, and answers 404.
  return `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')}-${index}`;
}

function paragraphs(random: () => number, topic: readonly string[]): string {
  // About 450 words: eight paragraphs of three or four sentences, one subheading.
  const blocks: string[] = [];
  for (let p = 0; p < 8; p++) {
    if (p === 4) blocks.push(`<h2>${headline(random, topic, 4)}</h2>`);
    const count = 3 + Math.floor(random() * 2);
    blocks.push(`<p>${Array.from({ length: count }, () => sentence(random, topic)).join(' ')}</p>`);
  }
  return blocks.join('\n');
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

export async function seedSyntheticNewsroom(options: NewsroomOptions): Promise<SyntheticNewsroom> {
  const db = getDb();
  const random = rng(42);
  const { now, log } = options;

  const sectionRows = await db
    .insert(categories)
    .values(
      sectionPlan.map(([name], position) => ({
        slug: name.toLowerCase(),
        name,
        description: `${name}: ${sentence(random, topics[position] ?? commonWords)}`,
        position,
      })),
    )
    .returning({ id: categories.id, slug: categories.slug, name: categories.name });
  const authorRows = await db
    .insert(users)
    .values(
      Array.from({ length: AUTHOR_COUNT }, (_, i) => {
        const name = `${capitalize(makeWord(random))} ${capitalize(makeWord(random))}`;
        return {
          email: `author${i}@bench.invalid`,
          name,
          slug: `author-${i}`,
          role: 'author' as const,
          bio: sentence(random, commonWords),
        };
      }),
    )
    .returning({ id: users.id, name: users.name, slug: users.slug });
  // Each author's byline profile, so stories carry a byline and author pages exist, as on a real site.
  const profileRows = await db
    .insert(bylineProfiles)
    .values(authorRows.map((author) => ({ slug: author.slug, name: author.name, userId: author.id })))
    .returning({ id: bylineProfiles.id, userId: bylineProfiles.userId });
  const profileOf = new Map(profileRows.map((profile) => [profile.userId, profile.id]));
  const [editor] = await db
    .insert(users)
    .values({ email: 'editor@bench.invalid', name: 'Bench Editor', slug: 'bench-editor', role: 'editor' })
    .returning({ id: users.id });
  const tagNames = new Set<string>();
  while (tagNames.size < TAG_COUNT) tagNames.add(capitalize(makeWord(random)));
  const tagRows = await db
    .insert(tags)
    .values([...tagNames].map((name) => ({ slug: name.toLowerCase(), name })))
    .returning({ id: tags.id, slug: tags.slug, name: tags.name });
  if (!editor || sectionRows.length === 0 || authorRows.length === 0 || tagRows.length === 0)
    throw new Error('Seeding the newsroom failed.');

  // Cumulative section shares, to give each article a section with the planned skew.
  const cumulative: number[] = [];
  sectionPlan.reduce((sum, [, share]) => {
    cumulative.push(sum + share);
    return sum + share;
  }, 0);
  const sectionFor = (value: number) =>
    sectionRows[
      Math.max(
        0,
        cumulative.findIndex((edge) => value < edge),
      )
    ] ?? sectionRows[0];

  // Five years of news, newest first, a story every few hours; 2% drafts, 1% scheduled for later.
  const spacing = Math.max(HOUR / 4, (5 * 365 * 24 * HOUR) / options.articles);
  const started = performance.now();
  const ids: number[] = [];
  const sectionCounts = new Map<number, number>();
  const tagCounts = new Map<number, number>();
  let visible = 0;
  for (let start = 0; start < options.articles; start += INSERT_BATCH) {
    await db.transaction(async (tx) => {
      const rows = [];
      const tagChoices: number[][] = [];
      for (let i = start; i < Math.min(options.articles, start + INSERT_BATCH); i++) {
        const topicIndex = Math.floor(random() * topics.length);
        const topic = topics[topicIndex] ?? commonWords;
        const title = headline(random, topic, 7 + Math.floor(random() * 5));
        const roll = random();
        const status = roll < 0.02 ? ('draft' as const) : roll < 0.03 ? ('scheduled' as const) : ('published' as const);
        const publishedAt =
          status === 'draft'
            ? null
            : status === 'scheduled'
              ? new Date(now + (1 + random() * 72) * HOUR)
              : new Date(now - (i + random()) * spacing);
        const section = sectionFor(random());
        if (!section) throw new Error('no section');
        rows.push({
          slug: slugOf(title, i),
          title,
          summary: sentence(random, topic),
          body: paragraphs(random, topic),
          status,
          publishedAt,
          authorId: authorRows[Math.floor(random() * authorRows.length)]?.id ?? editor.id,
          categoryId: section.id,
          createdAt: publishedAt ?? new Date(now),
          updatedAt: publishedAt ?? new Date(now),
        });
        if (status === 'published') {
          visible++;
          sectionCounts.set(section.id, (sectionCounts.get(section.id) ?? 0) + 1);
        }
        // One tag tied to the topic (so tags agree with the text), one or two from a skewed list.
        const chosen = new Set<number>([(topicIndex * 2) % tagRows.length]);
        const extra = 1 + Math.floor(random() * 2);
        for (let t = 0; t < extra; t++) chosen.add(Math.min(tagRows.length - 1, Math.floor(tagRows.length * random() ** 3)));
        tagChoices.push([...chosen].map((index) => tagRows[index]?.id ?? 0));
        if (status === 'published') for (const tagId of tagChoices.at(-1) ?? []) tagCounts.set(tagId, (tagCounts.get(tagId) ?? 0) + 1);
      }
      const inserted = await tx.insert(articles).values(rows).returning({ id: articles.id });
      const authorIds = rows.map((row) => row.authorId);
      const links = inserted.flatMap((row, index) => (tagChoices[index] ?? []).map((tagId) => ({ articleId: row.id, tagId })));
      if (links.length > 0) await tx.insert(articleTags).values(links);
      const bylines = inserted.map((row, index) => ({
        articleId: row.id,
        profileId: profileOf.get(authorIds[index] ?? 0) ?? 0,
        position: 0,
      }));
      await tx.insert(articleBylines).values(bylines.filter((byline) => byline.profileId > 0));
      ids.push(...inserted.map((row) => row.id));
    });
    if ((start / INSERT_BATCH) % 40 === 0) log(`  articles ${Math.min(options.articles, start + INSERT_BATCH)}/${options.articles}`);
  }
  const articleSeconds = (performance.now() - started) / 1000;

  const indexStarted = performance.now();
  for (let start = 0; start < ids.length; start += 500) {
    const batch = ids.slice(start, start + 500);
    await db.transaction((tx) => indexArticles(tx, batch));
  }
  const searchIndexSeconds = (performance.now() - indexStarted) / 1000;
  log(`  search index: ${searchIndexSeconds.toFixed(1)} s`);

  // The hot article: the newest public story of the biggest section.
  const biggest = sectionRows[0];
  if (!biggest) throw new Error('no section');
  const visibleRows = await db.all<{ id: number; slug: string; sectionSlug: string; categoryId: number }>(sql`
    select a.id as id, a.slug as slug, c.slug as sectionSlug, a.category_id as categoryId
    from articles a join categories c on c.id = a.category_id
    where a.status = 'published' and a.published_at <= ${now} order by a.published_at desc, a.id desc`);
  const hot = visibleRows.find((row) => row.categoryId === biggest.id);
  if (!hot) throw new Error('no public article in the biggest section');
  // The newest stories are on the home page and in Recent Posts; the long tail is everything else.
  const newest = visibleRows.slice(0, 20);
  const tail = shuffle(
    visibleRows.filter((row) => row.id !== hot.id && !newest.some((recent) => recent.id === row.id)),
    rng(1234),
  );

  // Related stories as `related:rebuild` computes them, for the hot article, the home page's stories and
  // the first part of the shuffled long tail (all of it when relatedLimit allows).
  const relatedStarted = performance.now();
  await warmRelatedStatistics();
  const relatable = new Set(await listRelatableArticleIds());
  const relatedIds = [
    hot.id,
    ...newest.map((row) => row.id),
    ...tail.slice(0, Math.max(0, options.relatedLimit)).map((row) => row.id),
  ].filter((id, index, list) => relatable.has(id) && list.indexOf(id) === index);
  // The same computation as `related:rebuild`, 100 lists a transaction: one commit (and disk sync) per
  // list would cost more than the ranking.
  let lastLog = performance.now();
  for (let start = 0; start < relatedIds.length; start += 100) {
    const batch = relatedIds.slice(start, start + 100);
    await db.transaction(async (tx) => {
      for (const id of batch) await computeRelatedFor(tx, id);
    });
    const done = Math.min(relatedIds.length, start + 100);
    if (performance.now() - lastLog > 15_000 || done === relatedIds.length) {
      lastLog = performance.now();
      log(`  related stories ${done}/${relatedIds.length} (${(done / ((performance.now() - relatedStarted) / 1000)).toFixed(0)}/s)`);
    }
  }
  const relatedSeconds = (performance.now() - relatedStarted) / 1000;
  const relatedTail = Math.min(tail.length, Math.max(0, options.relatedLimit));

  const queryRandom = rng(99);
  const searchQueries = Array.from({ length: 200 }, (_, i) => {
    const topic = topics[i % topics.length] ?? commonWords;
    return i % 3 === 0 ? `${zipfPick(topic, queryRandom)} ${zipfPick(topic, queryRandom)}` : zipfPick(topic, queryRandom);
  });

  return {
    articles: options.articles,
    visibleArticles: visible,
    sections: sectionRows.map((row) => ({ ...row, articles: sectionCounts.get(row.id) ?? 0 })),
    tags: tagRows.map((row) => ({ ...row, articles: tagCounts.get(row.id) ?? 0 })).sort((a, b) => b.articles - a.articles),
    editorId: editor.id,
    hotArticlePath: `/${hot.sectionSlug}/${hot.slug}`,
    longTailPaths: tail.map((row) => `/${row.sectionSlug}/${row.slug}`),
    relatedComputed: relatedTail,
    searchQueries,
    seconds: { articles: articleSeconds, searchIndex: searchIndexSeconds, related: relatedSeconds },
  };
}
