import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Render on publish: a change that leaves a story public names the pages its first readers are likeliest
 * to open (the story, its section's first page, the front page); web/perform.ts renders them after the
 * response (e2e/editor.spec.ts shows the first reader then gets a page-cache HIT). A bulk action renders
 * the pages of all the stories it made public once, together.
 */
const staff = vi.hoisted(() => ({ id: 0 }));
/** What the server action left to run after its response (Next's after()). */
const afterResponse = vi.hoisted(() => [] as Array<() => unknown>);
vi.mock('next/server', () => ({ after: (task: () => unknown) => afterResponse.push(task) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/web/session', () => ({ getCurrentStaff: async () => ({ id: staff.id }) }));
vi.mock('@/web/render-on-publish', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/web/render-on-publish')>()),
  renderPagesAgain: vi.fn(async () => undefined),
}));

const NOW = new Date('2026-05-04T10:00:00Z');
let cleanup: () => Promise<void>;
let m: typeof import('../../newsroom/articles');
let warmUp: typeof import('@/web/render-on-publish');
let db: import('@/db').Database;
let schema: typeof import('@/db/schema');
let editorId = 0;
let sectionId = 0;
let spaceId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  db = getDb();
  schema = await import('@/db/schema');
  m = await import('../../newsroom/articles');
  warmUp = await import('@/web/render-on-publish');
  const [section, space] = await db
    .insert(schema.categories)
    .values([
      { slug: 'science', name: 'Science' },
      { slug: 'space', name: 'Space' },
    ])
    .returning();
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'e@x.test', name: 'Ed', slug: 'ed', role: 'editor', passwordHash: 'x' })
    .returning();
  sectionId = section?.id ?? 0;
  spaceId = space?.id ?? 0;
  editorId = editor?.id ?? 0;
  staff.id = editorId;
});

afterAll(() => cleanup());

const input = { title: 'Comet seen over the bay', summary: '', body: '<p>The comet was bright all night.</p>' };

async function draft(title: string, categoryId: number, body = input.body): Promise<number> {
  const saved = await m.saveArticle.execute(editorId, { ...input, title, body, categoryId, intent: 'save' }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  return saved.result.id;
}

/** Runs the dashboard's bulk action as the editor's form sends it: its notice, and the pages it rendered after its response. */
async function bulk(action: string, ids: number[], extra: Record<string, string> = {}) {
  const { bulkArticlesAction } = await import('@/actions/dashboard');
  const form = new FormData();
  form.set('bulkAction', action);
  for (const id of ids) form.append('ids', String(id));
  for (const [name, value] of Object.entries(extra)) form.set(name, value);
  afterResponse.length = 0;
  vi.mocked(warmUp.renderPagesAgain).mockClear();
  // It answers with a redirect back to the dashboard, saying what it did.
  const answer = await bulkArticlesAction(form).then(
    () => '',
    (redirect: { digest?: string }) => new URLSearchParams(redirect.digest?.split('?')[1]?.split(';')[0]).get('notice'),
  );
  for (const task of afterResponse) await task();
  return { answer, rendered: vi.mocked(warmUp.renderPagesAgain).mock.calls.map(([paths]) => paths) };
}

describe('render on publish', () => {
  it('a publish, and an update of a public story, warm the story, its section and the front page', async () => {
    const published = await m.saveArticle.execute(editorId, { ...input, categoryId: sectionId, intent: 'publish' }, NOW);
    if (!published.ok) throw new Error(published.message);
    expect(warmUp.pagesToWarm(published.warm ? [published.warm] : [])).toEqual(['/science/comet-seen-over-the-bay', '/science', '/']);
    const updated = await m.saveArticle.execute(
      editorId,
      { ...input, id: published.result.id, body: '<p>The comet was brighter still.</p>', categoryId: sectionId, intent: 'save' },
      NOW,
    );
    if (!updated.ok) throw new Error(updated.message);
    expect(warmUp.pagesToWarm(updated.warm ? [updated.warm] : [])).toEqual(['/science/comet-seen-over-the-bay', '/science', '/']);
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

  it('a bulk publish renders each story, each of their sections and the front page once, after the response', async () => {
    const ids = [
      await draft('Meteor shower peaks', sectionId),
      await draft('Rover finds ice', spaceId),
      await draft('Tide tables', sectionId),
    ];
    // Refused by the publishing checklist: nothing of it is rendered.
    const empty = await draft('Not written yet', sectionId, '');
    expect(await bulk('publish', [...ids, empty])).toEqual({
      answer: expect.stringMatching(/^Published: 3 stories\. 1 story not changed/),
      rendered: [['/science/meteor-shower-peaks', '/space/rover-finds-ice', '/science/tide-tables', '/science', '/', '/space']],
    });
  });

  it('a bulk move renders a live story at its new address; unpublishing and trashing render nothing', async () => {
    const live = await draft('Aurora forecast', sectionId);
    const hidden = await draft('Notes on sunspots', sectionId);
    expect((await bulk('publish', [live])).rendered).toHaveLength(1);
    expect(await bulk('move', [live, hidden], { bulkSection: String(spaceId) })).toEqual({
      answer: 'Moved to the section: 2 stories.',
      rendered: [['/space/aurora-forecast', '/space', '/']],
    });
    expect(await bulk('unpublish', [live])).toEqual({ answer: 'Unpublished: 1 story.', rendered: [] });
    expect(await bulk('trash', [live, hidden])).toEqual({ answer: 'Moved to the trash: 2 stories.', rendered: [] });
  });

  it('a story restored from the trash to the public warms its pages again', async () => {
    const id = await draft('Solar wind', spaceId);
    const published = await m.publishArticle.execute(editorId, { id }, NOW);
    expect(published.ok && published.warm).toEqual({ story: '/space/solar-wind', listings: ['/space', '/'] });
    expect((await m.trashArticle.execute(editorId, { id }, NOW)).ok).toBe(true);
    const restored = await m.restoreArticleFromTrash.execute(editorId, { id }, NOW);
    expect(restored.ok && restored.warm).toEqual({ story: '/space/solar-wind', listings: ['/space', '/'] });
  });

  it(`one change renders at most ${50} story pages; every section's and the front page still once`, () => {
    const stories = Array.from({ length: 70 }, (_, index) => ({
      story: `/s${index % 3}/story-${index}`,
      listings: [`/s${index % 3}`, '/'],
    }));
    const pages = warmUp.pagesToWarm([...stories, ...stories]);
    expect(warmUp.MAX_STORY_PAGES_WARMED).toBe(50);
    expect(pages).toEqual([...stories.slice(0, 50).map((item) => item.story), '/s0', '/', '/s1', '/s2']);
  });
});
