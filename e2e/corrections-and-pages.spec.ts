import { expect, test, type Page } from '@playwright/test';
import { demoCorrection } from '../db/seed/demo-pages';
import { demoArticleBySlug, demoArticlePath } from './support/demo';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

async function publishStory(page: Page, title: string) {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'World' });
  await page.getByLabel('Summary').fill(`Summary of ${title}.`);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The ferry carried 400 passengers on its first night crossing.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);
  await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();
  return page.getByLabel('Slug').inputValue();
}

test.describe('the demo newsroom', () => {
  test('its correction leads the story, is in JSON-LD and on /corrections; the current section is marked', async ({ page }) => {
    const story = demoArticleBySlug(demoCorrection.articleSlug);
    await page.goto(demoArticlePath(story));
    const notes = page.getByRole('complementary', { name: 'Corrections and notes' });
    await expect(notes).toContainText('Correction');
    await expect(notes).toContainText(demoCorrection.body);
    await expect(page.locator('.byline-updated')).toBeVisible();
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd.join('\n')).toContain('"@type":"CorrectionComment"');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Business' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.goto('/corrections');
    await expect(page.getByRole('heading', { level: 1, name: 'Corrections and clarifications' })).toBeVisible();
    await page.locator('.corrections-list').getByRole('link', { name: story.title }).click();
    await expect(page).toHaveURL(new RegExp(`${demoArticlePath(story)}$`));
  });

  test('the footer links the About page and the corrections policy, which render at the first level', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('navigation', { name: 'Footer' });
    await footer.getByRole('link', { name: 'About us' }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'About us' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Corrections policy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Corrections policy' })).toBeVisible();
  });
});

test.describe('editors', () => {
  test('an editor adds a correction: it shows on the story, on /corrections and in the feeds', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = unique('Night ferry makes its first crossing');
    const slug = await publishStory(page, title);
    await page.reload();
    const correction = `An earlier version said the ferry carried 500 passengers; it carried 400. ${Date.now()}`;
    await page.getByLabel('Kind').selectOption({ label: 'Correction' });
    await page.getByLabel('Text', { exact: true }).fill(correction);
    await page.getByRole('button', { name: 'Publish note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Note published' })).toBeVisible();

    await page.goto(`/world/${slug}`);
    await expect(page.getByRole('complementary', { name: 'Corrections and notes' })).toContainText(correction);
    await expect(page.locator('.byline-updated')).toBeVisible();
    await page.goto('/corrections');
    await expect(page.locator('.correction-entry').first()).toContainText(correction);
    await expect(page.locator('.correction-entry').first().getByRole('link', { name: title })).toHaveAttribute('href', `/world/${slug}`);
    expect(await (await page.request.get('/corrections/feed.xml')).text()).toContain(correction);
    expect(await (await page.request.get('/feed.xml')).text()).toContain(correction);
  });

  test('an editor creates an About-style page and adds it to the footer menu', async ({ page }) => {
    await signIn(page, staff.editor);
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Pages' }).click();
    await page.getByRole('link', { name: 'New page' }).click();
    const title = unique('Our staff');
    const slug = `staff-${Date.now().toString(36)}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Address').fill(slug);
    await page.getByRole('textbox', { name: 'Text' }).click();
    await page.keyboard.type('Our reporters and editors, and how to reach them.');
    await page.getByLabel('Visibility').selectOption('published');
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The page is live' })).toBeVisible();

    // A section's address is refused, and what was typed stays.
    await page.getByLabel('Address').fill('world');
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect(page.locator('#page-slug-error')).toContainText('section');
    await expect(page.getByLabel('Title')).toHaveValue(title);

    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Menus' }).click();
    const footerForm = page.locator('form', { has: page.getByRole('button', { name: 'Add to the footer' }) });
    await footerForm.getByLabel('Column').fill('The newsroom');
    await footerForm.getByLabel('Points to').selectOption('page');
    await footerForm.getByLabel('Page', { exact: true }).selectOption({ label: title });
    await footerForm.getByRole('button', { name: 'Add to the footer' }).click();
    await expect(footerForm.getByRole('status')).toContainText('Link added');

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('.article-body')).toContainText('Our reporters and editors');
  });
});
