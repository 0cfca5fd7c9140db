import { expect, test, type Page } from '@playwright/test';
import { staff } from './support/staff';

async function signIn(page: Page, account: (typeof staff)[keyof typeof staff]) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

test('an editor adds a co-author and a guest contributor to a story, and the article credits all three', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const guestName = `Gwen Guest ${stamp}`;
  const title = `Three bylines on the estuary ${stamp}`;
  await signIn(page, staff.editor);

  // A guest contributor, from the editor's Profiles screen.
  await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Profiles' }).click();
  await page.getByRole('link', { name: 'New guest contributor' }).click();
  await page.getByLabel('Name').fill(guestName);
  await page.getByLabel('Title').fill('Visiting hydrologist');
  await page.getByLabel('Short bio').fill('Gwen measures how fast the estuary fills after a storm.');
  await page.getByRole('button', { name: 'Create guest contributor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guest contributor created' })).toBeVisible();

  // A story with the editor's own byline, then a co-author and the guest from the byline picker.
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'World' });
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The estuary filled in forty minutes.');
  const bylines = page.getByRole('list', { name: 'Bylines in order' });
  await expect(bylines.getByRole('listitem')).toHaveText([/Eddie Editor/]);
  await page.getByLabel('Add a byline').selectOption({ label: 'Helen Lindqvist' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('Add a byline').selectOption({ label: `${guestName} (guest)` });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  // The guest goes first, the editor last.
  await page.getByRole('button', { name: `Move ${guestName} up` }).click();
  await page.getByRole('button', { name: `Move ${guestName} up` }).click();
  await page.getByRole('button', { name: 'Move Eddie Editor down' }).click();
  await expect(bylines.getByRole('listitem')).toHaveText([new RegExp(guestName), /Helen Lindqvist/, /Eddie Editor/]);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();

  await page.goto('/world');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.byline-author')).toHaveText(`By ${guestName}, Helen Lindqvist and Eddie Editor`);
  await expect(page.locator('meta[name="author"]')).toHaveCount(3);

  // The guest's author page exists now that a public story carries the byline, with its own feed.
  await page.locator('.byline-author').getByRole('link', { name: guestName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guestName);
  await expect(page.getByText('Visiting hydrologist')).toBeVisible();
  await expect(page.locator('.page-primary').getByRole('link', { name: title })).toBeVisible();
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
  expect(feedHref).toMatch(/\/author\/gwen-guest-[a-z0-9]+\/feed\.xml$/);
  const feed = await page.request.get(new URL(feedHref ?? '', page.url()).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`<dc:creator>${guestName}</dc:creator>`);
});
