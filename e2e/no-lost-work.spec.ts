/**
 * Issue 19: nothing typed is ever lost, and mistakes can be undone. Each way out of the article form with
 * unsaved changes (the editor's own links, Back, closing the tab), the trash and its Undo, the publishing
 * checklist, and the comparison of two versions, in Chromium against the production build.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

let counter = 0;
const unique = (label: string) => `${label} ${Date.now().toString(36)}${++counter}`;
const saveState = (page: Page) => page.locator('.save-state');
const editorNavigation = (page: Page) => page.getByRole('navigation', { name: 'Editor' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/** A new draft in World, autosaved (no button pressed): its address is the article's own once it is. */
async function newDraft(page: Page, title: string, text = 'The first paragraph of the story.') {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'World' });
  await body(page).click();
  await page.keyboard.type(text);
  await expect(body(page)).toContainText(text);
  await expect(saveState(page)).toHaveText('Saved');
  await expect(page).toHaveURL(/\/editor\/articles\/\d+$/);
  return new URL(page.url()).pathname;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, staff.keeper);
});

test.describe('nothing typed is lost', () => {
  test('a new article is a draft from its first autosave, before any button is pressed', async ({ page }) => {
    await page.goto('/editor/articles/new');
    await body(page).click();
    await page.keyboard.type('Words typed before anything else.');
    await expect(saveState(page)).toHaveText('Saved');
    await expect(page).toHaveURL(/\/editor\/articles\/\d+$/);
    // Filed in the first section until one is chosen; the words are on the server.
    await expect(page.getByLabel('Category')).not.toHaveValue('');
    await page.reload();
    await expect(body(page)).toContainText('Words typed before anything else.');
  });

  test('the editor’s own Dashboard link saves a changed summary before it leaves', async ({ page }) => {
    const path = await newDraft(page, unique('Pier lights switched on'));
    // Opened afresh, as in the issue: change the summary and leave by the header at once.
    await page.goto(path);
    await page.getByLabel('Summary').fill('Changed just before leaving.');
    await editorNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await page.goto(path);
    await expect(page.getByLabel('Summary')).toHaveValue('Changed just before leaving.');
  });

  test('the browser’s Back button saves a draft before it goes back', async ({ page }) => {
    const title = unique('Ferry fares frozen');
    const path = await newDraft(page, title);
    await page.goto('/editor');
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await page.getByLabel('Summary').fill('Changed, then Back.');
    await page.goBack().catch(() => null);
    await expect(page).toHaveURL(/\/editor$/);
    await page.goto(path);
    await expect(page.getByLabel('Summary')).toHaveValue('Changed, then Back.');
  });

  test('a live story’s edits stay in this browser: leaving asks first, and a closed tab’s text is offered back', async ({ context }) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const title = unique('Lock gates close for the winter');
    await newDraft(page, title);
    await page.getByLabel('Summary').fill('The published summary.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\?saved=publish$/);
    await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();
    const path = new URL(page.url()).pathname;
    const storyPath = `/world/${await page.getByLabel('Slug').inputValue()}`;

    // Autosave never publishes: the edit waits in this browser until Update.
    await page.getByLabel('Summary').fill('Half-typed change to a live story.');
    await expect(saveState(page)).toHaveText('Unsaved changes (kept in this browser)');

    // The editor's own link asks first; staying keeps the text.
    // (Answered as it opens: the click that opened it returns only then.)
    const asked: Array<{ type: string; message: string }> = [];
    page.once('dialog', (dialog) => {
      asked.push({ type: dialog.type(), message: dialog.message() });
      void dialog.dismiss();
    });
    await editorNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => asked).toEqual([{ type: 'confirm', message: expect.stringContaining('live') }]);
    await expect(page).toHaveURL(new RegExp(`${path}\\?saved=publish$`));
    await expect(page.getByLabel('Summary')).toHaveValue('Half-typed change to a live story.');

    // Closing the tab asks too (the browser's own question); the writer closes it anyway.
    const closeQuestion = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const closing = await closeQuestion;
    expect(closing.type()).toBe('beforeunload');
    await closing.accept();
    await expect.poll(() => page.isClosed()).toBe(true);

    // Readers still have the published summary; the story's form offers the kept text back.
    const again = await context.newPage();
    expect(await (await again.request.get(storyPath)).text()).not.toContain('Half-typed');
    await again.goto(path);
    const offer = again.getByRole('region', { name: 'Unsaved changes in this browser' });
    await expect(offer).toBeVisible();
    await expect(again.getByLabel('Summary')).toHaveValue('The published summary.');
    await offer.getByRole('button', { name: 'Restore my changes' }).click();
    await expect(again.getByLabel('Summary')).toHaveValue('Half-typed change to a live story.');
    await again.getByRole('button', { name: 'Update' }).click();
    await expect(saveState(again)).toHaveText('Saved');
    expect(await (await again.request.get(storyPath)).text()).toContain('Half-typed change to a live story.');
    await again.reload();
    await expect(again.getByRole('region', { name: 'Unsaved changes in this browser' })).toHaveCount(0);
  });
});

test.describe('undo and trash', () => {
  test('delete asks with the title, moves a live story to the trash (its address 404s), and Undo or Restore bring it back', async ({
    page,
  }) => {
    const title = unique('Harbour crane removed');
    await newDraft(page, title);
    await page.getByLabel('Summary').fill('The old crane goes.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\?saved=publish$/);
    const storyPath = `/world/${await page.getByLabel('Slug').inputValue()}`;
    expect((await page.request.get(storyPath)).status()).toBe(200);

    await page.getByRole('button', { name: 'Delete article' }).click();
    const question = page.getByRole('dialog', { name: `Move “${title}” to the trash?` });
    await expect(question).toBeVisible();
    // Cancel changes nothing.
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    await page.getByRole('button', { name: 'Delete article' }).click();
    await question.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page).toHaveURL(/\/editor\?trashed=\d+$/);
    await expect(page.getByRole('status').filter({ hasText: `“${title}” is in the trash` })).toBeVisible();
    expect((await page.request.get(storyPath)).status()).toBe(404);
    await expect(page.locator('.data-table').getByRole('link', { name: title })).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Restored “${title}” from the trash.` })).toBeVisible();
    expect((await page.request.get(storyPath)).status()).toBe(200);

    // Again, and back from the Trash page this time.
    await page.locator('.data-table').getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Delete article' }).click();
    await page
      .getByRole('dialog', { name: `Move “${title}” to the trash?` })
      .getByRole('button', { name: 'Move to trash' })
      .click();
    await expect(page).toHaveURL(/\/editor\?trashed=\d+$/);
    await page.getByRole('link', { name: /^Trash \(\d+\)$/ }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('published');
    await expect(row).toContainText('by Kim Keeper');
    await row.getByRole('button', { name: `Restore “${title}”` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Restored “${title}” from the trash.` })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
    expect((await page.request.get(storyPath)).status()).toBe(200);
  });
});

test.describe('publishing checklist', () => {
  test('blocks publishing an empty body, here and on the server, and clears once the story is written', async ({ page }) => {
    const title = unique('Empty story');
    await page.goto('/editor/articles/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Category').selectOption({ label: 'World' });
    const checklist = page.getByRole('region', { name: /^Before publishing/ });
    await expect(checklist).toContainText('The body is empty');
    await expect(checklist).toContainText('1 to fix before publishing');
    await expect(checklist).toContainText('No summary');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('alert', { name: 'Save error' })).toContainText('cannot go out yet');
    await expect(checklist).toBeFocused();
    // The draft itself is kept as usual.
    await expect(saveState(page)).toHaveText('Saved');
    const slug = await page.getByLabel('Slug').inputValue();
    expect((await page.request.get(`/world/${slug}`)).status()).toBe(404);

    await body(page).click();
    await page.keyboard.type('Now there is a story to read.');
    await expect(checklist).not.toContainText('The body is empty');
    await expect(checklist).toContainText('Body: 7 words.');
  });
});

test.describe('revisions', () => {
  test('the comparison shows a change made only to the summary, word by word, with who saved each version', async ({ page }) => {
    const title = unique('Harbour fees');
    await newDraft(page, title);
    await page.getByLabel('Summary').fill('Harbour fees rise in spring.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page).toHaveURL(/\?saved=save$/);
    const path = new URL(page.url()).pathname;
    await page.goto(`${path}/revisions`);
    const before = ((await page.locator('tr[aria-current="true"] td').first().textContent()) ?? '').replace(/ \(current\)$/, '');
    expect(before).toMatch(/^v\d+$/);

    await page.goto(path);
    await page.getByLabel('Summary').fill('Harbour fees rise in autumn.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(saveState(page)).toHaveText('Saved');

    await page.goto(`${path}/revisions`);
    await page.getByLabel('Compare', { exact: true }).selectOption({ label: `${before} · Kim Keeper` });
    await page.getByRole('button', { name: 'Show changes' }).click();
    const comparison = page.getByRole('region', { name: new RegExp(`^Changes from ${before} to v\\d+$`) });
    await expect(comparison).toBeVisible();
    await expect(comparison).toContainText('Kim Keeper');
    const summary = comparison.getByRole('group', { name: 'Summary' });
    await expect(summary.locator('del')).toHaveText(['spring']);
    await expect(summary.locator('ins')).toHaveText(['autumn']);
    await expect(comparison.getByRole('group', { name: 'Title' })).toContainText('unchanged');
    await expect(comparison.getByRole('group', { name: 'Body' })).toContainText('unchanged');
  });
});

test.describe('writing aids', () => {
  test('word count, Ctrl+K for a link, an editable quote attribution, and Ctrl+S to save', async ({ page }) => {
    await newDraft(page, unique('Mayor opens the new quay'), 'The mayor opened the quay');
    await expect(page.locator('.body-count')).toHaveText('5 words · about 1 min to read');
    // Ctrl+K on selected words asks for the link's address.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    const address = page.getByLabel('Link address');
    await expect(address).toBeFocused();
    await address.fill('/world/the-quay');
    await address.press('Enter');
    await expect(page.locator('.rte-prose a[href="/world/the-quay"]')).toHaveText('The mayor opened the quay');

    await body(page).press('End');
    await page.keyboard.press('Enter');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Quote' }).click();
    await page.keyboard.type('It will serve the town for a century.');
    await expect(page.locator('.rte-prose blockquote')).toContainText('It will serve the town for a century.');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Attribution' }).click();
    await page.keyboard.type('— Ana Pérez, mayor');
    await expect(toolbar.getByRole('button', { name: 'Attribution' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('input[type="hidden"][name="body"]')).toHaveValue(
      /<p class="attribution">— Ana Pérez, mayor<\/p><\/blockquote>/,
    );

    await page.keyboard.press('Control+s');
    await expect(page).toHaveURL(/\?saved=save$/);
    await page.reload();
    // Reopened, the attribution is still the quote's attribution line, not a paragraph of the quotation.
    await expect(page.locator('.rte-prose blockquote p.attribution')).toHaveText('— Ana Pérez, mayor');
  });
});
