import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Related stories are computed at publish time and stored. These tests publish through the editor's
 * mutations and check the stored lists a reader sees, including the neighbours' lists.
 */
const NOW = new Date('2026-05-04T10:00:00Z');

const harbour = (n: number) =>
  `<p>Dockworkers at the harbour extended their strike over cranes and automation, with container ships queuing offshore. Union leaders and the port operator met again over shifts, cranes and container backlogs. Story ${n}.</p>`;
const football = (n: number) =>
  `<p>The striker scored twice as the football club won the league match, the goalkeeper kept a clean sheet and the manager praised the midfield. Supporters sang through the second half. Report ${n}.</p>`;
const orchestra = (n: number) =>
  `<p>The orchestra premiered a symphony at the concert hall; the conductor, violinists and choir drew a standing ovation from the audience. Critics praised the composer's score. Review ${n}.</p>`;

let cleanup: () => Promise<void>;
let m: typeof import('../../newsroom/articles');
let reader: typeof import('@/db/articles');
let editorId = 0;
let sectionId = 0;

async function publish(title: string, body: string) {
  const result = await m.saveArticle.execute(editorId, { title, body, summary: '', categoryId: sectionId, intent: 'publish' }, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.result;
}

async function relatedTitles(slug: string) {
  const article = await reader.getPublishedArticleBySlug(slug, NOW);
  if (!article) throw new Error(`missing ${slug}`);
  return (await reader.getRelatedArticles(article, 5, NOW)).map((card) => card.title);
}

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  const schema = await import('@/db/schema');
  m = await import('../../newsroom/articles');
  reader = await import('@/db/articles');
  const db = getDb();
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'e@x.test', name: 'Ed', slug: 'ed', role: 'editor', passwordHash: 'x' })
    .returning();
  sectionId = section?.id ?? 0;
  editorId = editor?.id ?? 0;
  for (let n = 1; n <= 3; n++) {
    await publish(`Harbour strike day ${n}`, harbour(n));
    await publish(`League match report ${n}`, football(n));
    await publish(`Symphony premiere review ${n}`, orchestra(n));
  }
});

afterAll(() => cleanup());

describe('related stories', () => {
  it('rank stories on the same subject first, never the article itself', async () => {
    const titles = await relatedTitles('harbour-strike-day-1');
    expect(titles.slice(0, 2).sort()).toEqual(['Harbour strike day 2', 'Harbour strike day 3']);
    expect(titles).not.toContain('Harbour strike day 1');
  });

  it('publishing a new story puts it into its neighbours’ lists', async () => {
    const fresh = await publish('Harbour cranes idle as strike talks stall', harbour(9));
    expect((await relatedTitles('harbour-strike-day-2')).slice(0, 3)).toContain('Harbour cranes idle as strike talks stall');
    expect((await relatedTitles('league-match-report-1')).slice(0, 2)).not.toContain('Harbour cranes idle as strike talks stall');
    expect(fresh.slug).toBe('harbour-cranes-idle-as-strike-talks-stall');
  });

  it('unpublishing a story removes it from every list', async () => {
    const article = await reader.getPublishedArticleBySlug('harbour-strike-day-3', NOW);
    if (!article) throw new Error('missing');
    const result = await m.unpublishArticle.execute(editorId, { id: article.id }, NOW);
    expect(result.ok).toBe(true);
    for (const slug of ['harbour-strike-day-1', 'harbour-strike-day-2', 'harbour-cranes-idle-as-strike-talks-stall']) {
      expect(await relatedTitles(slug)).not.toContain('Harbour strike day 3');
    }
    const { getDb } = await import('@/db');
    const { relatedArticles } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    expect(await getDb().select().from(relatedArticles).where(eq(relatedArticles.relatedId, article.id))).toEqual([]);
  });

  it('a READ MORE link in the body comes first', async () => {
    const target = await reader.getPublishedArticleBySlug('symphony-premiere-review-2', NOW);
    if (!target) throw new Error('missing');
    await publish(
      'Harbour strike explainer',
      `${harbour(7)}<p class="read-more"><a href="/news/symphony-premiere-review-2">READ MORE: Symphony premiere review 2</a></p>`,
    );
    expect((await relatedTitles('harbour-strike-explainer'))[0]).toBe('Symphony premiere review 2');
  });
});
