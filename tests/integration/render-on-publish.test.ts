import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Render on publish: a save that leaves a story public names the pages its first readers are likeliest to
 * open (the story, its section's first page, the front page); web/perform.ts renders them after the
 * response (e2e/editor.spec.ts shows the first reader then gets a page-cache HIT).
 */
const NOW = new Date('2026-05-04T10:00:00Z');
let cleanup: () => Promise<void>;
let m: typeof import('../../newsroom/articles');
let editorId = 0;
let sectionId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  const schema = await import('@/db/schema');
  m = await import('../../newsroom/articles');
  const [section] = await getDb().insert(schema.categories).values({ slug: 'science', name: 'Science' }).returning();
  const [editor] = await getDb()
    .insert(schema.users)
    .values({ email: 'e@x.test', name: 'Ed', slug: 'ed', role: 'editor', passwordHash: 'x' })
    .returning();
  sectionId = section?.id ?? 0;
  editorId = editor?.id ?? 0;
});

afterAll(() => cleanup());

describe('render on publish', () => {
  const input = { title: 'Comet seen over the bay', summary: '', body: '<p>The comet was bright all night.</p>' };

  it('a publish, and an update of a public story, warm the story, its section and the front page', async () => {
    const published = await m.saveArticle.execute(editorId, { ...input, categoryId: sectionId, intent: 'publish' }, NOW);
    if (!published.ok) throw new Error(published.message);
    expect(published.warm).toEqual(['/science/comet-seen-over-the-bay', '/science', '/']);
    const updated = await m.saveArticle.execute(
      editorId,
      { ...input, id: published.result.id, body: '<p>The comet was brighter still.</p>', categoryId: sectionId, intent: 'save' },
      NOW,
    );
    if (!updated.ok) throw new Error(updated.message);
    expect(updated.warm).toEqual(['/science/comet-seen-over-the-bay', '/science', '/']);
  });

  it('a draft or a story scheduled for later warms nothing: no reader can see it yet', async () => {
    const draft = await m.saveArticle.execute(
      editorId,
      { ...input, title: 'Draft about tides', categoryId: sectionId, intent: 'save' },
      NOW,
    );
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.warm).toBeUndefined();
    const scheduled = await m.saveArticle.execute(
      editorId,
      { ...input, title: 'Eclipse tomorrow', categoryId: sectionId, intent: 'schedule', publishAt: '2026-05-05T10:00' },
      NOW,
    );
    if (!scheduled.ok) throw new Error(scheduled.message);
    expect(scheduled.warm).toBeUndefined();
  });
});
