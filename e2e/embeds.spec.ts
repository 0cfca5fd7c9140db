import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hookPages } from './support/page-hooks';
import { staff } from './support/staff';

/**
 * Embeds from the editor to the reader: a video address pasted on an empty line becomes an embed; readers
 * get a placeholder, and nothing from the provider loads (no request, no cookie) until they click it,
 * when the player loads. The provider's hosts are routed to a stand-in, so nothing reaches the internet.
 */
test.describe.configure({ mode: 'serial' });

const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const PLAYER = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1';
const TITLE = `Harbour festival on film ${Date.now().toString(36)}`;
// Google's and YouTube's hosts: any request to them before the click is a failure.
const PROVIDER =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|gstatic\.com|doubleclick\.net|vimeo\.com|vimeocdn\.com)$/;

let articlePath = '';

/** Every request to a provider host is answered by a stand-in player and recorded. */
async function standInProviders(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route(
    (url) => PROVIDER.test(url.hostname),
    async (route) => {
      requests.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Stand-in player</title><p id="stand-in">Stand-in player</p>',
      });
    },
  );
  return requests;
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(staff.editor.email);
  await page.getByLabel('Password').fill(staff.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/, { timeout: 20_000 });
}

test('an editor pastes a video address on an empty line and gets an embed, with its title and caption', async ({ page }) => {
  await signIn(page);
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('Category').selectOption({ label: 'Politics' });
  await page.getByLabel('Summary').fill('The festival, from the quay.');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The festival closed with fireworks over the harbour.');
  await page.keyboard.press('Enter');
  await expect(page.locator('.rte-prose p')).toHaveCount(2);
  // What a browser hands the editor when an address is pasted.
  await body.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, VIDEO);
  const embed = page.locator('.rte-embed');
  await expect(embed.locator('.rte-embed-provider')).toHaveText('YouTube');
  await expect(embed.locator('.rte-embed-url')).toHaveText(VIDEO);
  // The server was asked for a title and poster (it fetches nothing in tests) and answered.
  await expect(embed.locator('.rte-embed-status')).toHaveText('');
  await page.getByLabel('Embed title').fill('Harbour festival highlights');
  await page.getByLabel('Embed caption').fill('Filmed from the north quay.');

  // The toolbar's Embed button refuses an address it cannot embed, and says what it can.
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Embed' }).click();
  await page.getByLabel('Address of the video, post, audio, chart, map or PDF').fill('https://video.example/festival');
  await page.getByRole('button', { name: 'Insert embed' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Paste the address' })).toContainText('YouTube, Vimeo, X, Instagram');
  await page.getByRole('button', { name: 'Cancel' }).click();

  const stored = page.locator('input[type="hidden"][name="body"]');
  await expect(stored).toHaveValue(
    /<figure class="embed" data-provider="youtube" data-embed-url="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" data-embed-title="Harbour festival highlights">.*<figcaption>Filmed from the north quay\.<\/figcaption><\/figure>/,
  );
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();

  await page.goto('/politics');
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  articlePath = new URL(page.url()).pathname;
});

test('readers get a placeholder: nothing from the provider loads until they click, then its player does', async ({ browser }) => {
  const context = await browser.newContext();
  const events = await hookPages(context);
  const providerRequests = await standInProviders(context);
  const page = await context.newPage();
  await page.goto(articlePath);
  const embed = page.locator('.article-body figure.embed');
  await expect(embed.locator('.embed-provider')).toHaveText('YouTube');
  await expect(embed.locator('.embed-title')).toHaveText('Harbour festival highlights');
  await expect(embed.locator('.embed-caption')).toHaveText('Filmed from the north quay.');
  const placeholder = embed.getByRole('link', { name: /Harbour festival highlights/ });
  await expect(placeholder).toHaveAttribute('href', VIDEO);
  // The click-to-load script is on this page, and only on pages with an embed.
  await expect(page.locator('script[src="/embed-loader.js"]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  // Loaded, idle, the placeholder in view: not one request to the provider, no frame, no cookie of theirs.
  await placeholder.scrollIntoViewIfNeeded();
  await expect(embed.locator('iframe')).toHaveCount(0);
  expect(providerRequests).toEqual([]);
  expect((await context.cookies()).filter((cookie) => !/localhost|127\.0\.0\.1/.test(cookie.domain))).toEqual([]);

  await placeholder.click();
  const player = embed.locator('iframe.embed-frame');
  await expect(player).toHaveAttribute('src', PLAYER);
  await expect(player).toHaveAttribute('title', 'Harbour festival highlights');
  await expect(page.frameLocator('.article-body iframe.embed-frame').locator('#stand-in')).toHaveText('Stand-in player');
  expect(providerRequests[0]).toBe(PLAYER);
  // The reader stayed on the article, and the page's policy let the player's frame in.
  expect(new URL(page.url()).pathname).toBe(articlePath);
  expect(events.filter((event) => event.kind === 'csp' || event.kind === 'uncaught error')).toEqual([]);
  await page.goto('/politics');
  await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
  await expect(page.locator('script[src="/embed-loader.js"]')).toHaveCount(0);
  await context.close();
});

test('without JavaScript the placeholder is a plain link to the original', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const providerRequests = await standInProviders(context);
  const page = await context.newPage();
  await page.goto(articlePath);
  const placeholder = page.locator('.article-body figure.embed a.embed-placeholder');
  await expect(placeholder).toHaveAttribute('href', VIDEO);
  await expect(page.locator('.article-body iframe')).toHaveCount(0);
  expect(providerRequests).toEqual([]);
  await placeholder.click();
  await expect(page).toHaveURL(VIDEO);
  expect(providerRequests).toEqual([VIDEO]);
  await context.close();
});
