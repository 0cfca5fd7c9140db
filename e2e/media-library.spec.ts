import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

/**
 * The media library in Chromium: an editor uploads a picture with its caption and credit, sets its focal
 * point by clicking it, uses it as one story's featured image and, from the library, in another story's
 * body. Readers see it cropped at that point on the front page and the section page, in figures with its
 * caption and credit on the article pages, and as the social card; moving the point moves every crop.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const description = `Quay panorama ${stamp}`;
const caption = 'The quay at first light, before the cranes start work.';
const credit = 'Mira Falk / Harbour Press';
const featuredTitle = `Quay cranes fall silent for the winter overhaul ${stamp}`;
const bodyTitle = `Dockside cafes count on the overhaul crews ${stamp}`;

/** A 2400 × 800 panorama: a red mooring post on its left fifth, a blue one on its right fifth, grey water between. */
function panorama(): Promise<Buffer> {
  const post = (background: string) => ({ create: { width: 480, height: 800, channels: 3 as const, background } });
  return sharp({ create: { width: 2400, height: 800, channels: 3, background: '#8a8f94' } })
    .composite([
      { input: post('#d01010'), left: 0, top: 0 },
      { input: post('#1030d0'), left: 1920, top: 0 },
    ])
    .png()
    .toBuffer();
}

async function startArticle(page: Page, title: string) {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'Business' });
  await page.getByLabel('Summary').fill(`Summary of ${title}.`);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The overhaul starts on Monday and runs for six weeks.');
  await expect(body).toContainText('six weeks');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();
}

/** Chooses the uploaded picture in an open library picker, found by its description. */
async function chooseFromLibrary(picker: Locator) {
  await picker.getByLabel('Search the library').fill(description);
  const item = picker.getByRole('button', { name: description });
  await expect(item).toBeVisible();
  await item.click();
}

/** The focal point a card crop's address names, and its width. */
function cropOf(url: string | null): { x: number; y: number; width: number } {
  const match = /\/card-x(\d+)-y(\d+)-w(\d+)\.webp$/.exec(url ?? '');
  expect(match, `a card crop: ${url}`).not.toBeNull();
  return { x: Number(match?.[1]), y: Number(match?.[2]), width: Number(match?.[3]) };
}

/** The card crop a card image shows: the same point in `src` and every `srcset` candidate, 16:9 on the page. */
async function expectCardCrop(image: Locator, focal: { x: number; y: number }) {
  await expect(image).toBeVisible();
  const src = await image.getAttribute('src');
  expect(cropOf(src)).toMatchObject(focal);
  const candidates = ((await image.getAttribute('srcset')) ?? '').split(', ');
  expect(candidates.length).toBeGreaterThan(2);
  for (const candidate of candidates) {
    const [url, width] = candidate.split(' ');
    expect(cropOf(url ?? null)).toMatchObject({ ...focal, width: Number(width?.replace('w', '')) });
  }
  expect(Number(await image.getAttribute('width')) / Number(await image.getAttribute('height'))).toBeCloseTo(16 / 9, 2);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const box = await image.boundingBox();
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(16 / 9, 1);
  const natural = await image.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight);
  expect(natural).toBeCloseTo(16 / 9, 2);
}

/** Whether a served crop shows more of the red post than the blue one. */
async function redOverBlue(page: Page, url: string): Promise<boolean> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  const [red, , blue] = (await sharp(await response.body()).stats()).channels.map((channel) => channel.mean);
  return (red ?? 0) > (blue ?? 0);
}

let focal = { x: 0, y: 0 };
let pictureUrl = '';

test('an editor uploads a picture with its caption and credit and sets its focal point by clicking it', async ({ page }) => {
  await signIn(page, staff.librarian);
  await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByLabel('Picture', { exact: true }).setInputFiles({ name: 'quay.png', mimeType: 'image/png', buffer: await panorama() });
  await page.getByLabel('Alt text').fill('Two mooring posts on an empty quay');
  await page.getByLabel('Caption').fill(caption);
  await page.getByLabel('Credit').fill(credit);
  await page.getByLabel('Description').fill(description);
  await page.getByRole('button', { name: 'Upload to the library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: description })).toBeVisible();

  // Until it is set, the crops keep the middle: the grey water, no post.
  const cardPreview = page.locator('.picture-crop-card');
  expect(cropOf(await cardPreview.getAttribute('src'))).toMatchObject({ x: 50, y: 50 });

  // A click near the red post's middle moves the point there; the preview shows the crop before saving.
  const picker = page.getByRole('button', { name: /^Focal point:/ });
  const box = await picker.boundingBox();
  if (!box) throw new Error('the focal point picker is not shown');
  await picker.click({ position: { x: box.width * 0.1, y: box.height * 0.5 } });
  focal = {
    x: Number(await page.getByLabel('From the left (%)').inputValue()),
    y: Number(await page.getByLabel('From the top (%)').inputValue()),
  };
  expect(focal.x).toBeGreaterThanOrEqual(8);
  expect(focal.x).toBeLessThanOrEqual(12);
  expect(focal.y).toBeGreaterThanOrEqual(48);
  expect(focal.y).toBeLessThanOrEqual(52);
  await expect(page.locator('.focal-preview img[data-shape="card"]')).toHaveCSS('object-position', '0% 50%');
  await page.getByRole('button', { name: 'Save picture' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const saved = await cardPreview.getAttribute('src');
  expect(cropOf(saved)).toMatchObject(focal);
  expect(await redOverBlue(page, saved ?? '')).toBe(true);
  pictureUrl = (saved ?? '').replace(/\/card-.*$/, '');
  expect(pictureUrl).toMatch(/^\/media\/[A-Za-z0-9_-]{16}$/);
});

test('the editor uses it, from the library, in one story’s body and as another story’s featured image', async ({ page }) => {
  await signIn(page, staff.librarian);
  await startArticle(page, bodyTitle);
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'From library' }).click();
  const panel = page.getByRole('group', { name: 'Insert a picture from the library' });
  await chooseFromLibrary(panel);
  await expect(panel.getByLabel('Alt text (describe the image)')).toHaveValue('Two mooring posts on an empty quay');
  await panel.getByLabel('Alt text (describe the image)').fill('The quay where the cafes stand');
  await panel.getByRole('button', { name: 'Insert picture' }).click();
  await expect(page.locator('.rte-prose img')).toHaveAttribute('src', pictureUrl);
  await expect(page.locator('input[type="hidden"][name="body"]')).toHaveValue(
    new RegExp(`<img src="${pictureUrl}" alt="The quay where the cafes stand" width="2400" height="800"`),
  );
  await publish(page);

  await startArticle(page, featuredTitle);
  await page.getByRole('button', { name: 'Choose from library' }).click();
  await chooseFromLibrary(page.getByRole('group', { name: 'Library pictures' }));
  await expect(page.locator('input[name="featuredImageUrl"]')).toHaveValue(pictureUrl);
  await expect(page.locator('.featured-image-caption')).toContainText(caption);
  // The library's alt text fills the story's empty alt field.
  await expect(page.getByLabel('Image alt text')).toHaveValue('Two mooring posts on an empty quay');
  await publish(page);

  // The library shows where it is used.
  await page.goto('/editor/media');
  await page.getByRole('link', { name: description }).click();
  const uses = page.getByRole('region', { name: 'Used in' });
  await expect(uses.getByRole('link', { name: featuredTitle })).toBeVisible();
  await expect(uses.getByRole('listitem').filter({ hasText: featuredTitle })).toContainText('featured image');
  await expect(uses.getByRole('listitem').filter({ hasText: bodyTitle })).toContainText('in the text');
});

test('readers see it cropped at its focal point on the front page and the section page, whole with its caption and credit on the stories', async ({
  browser,
}) => {
  // Without JavaScript: the server's HTML is all there is.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();

  await page.goto('/');
  const topCard = page.getByRole('region', { name: 'Top stories' }).locator('.card').filter({ hasText: featuredTitle });
  await expectCardCrop(topCard.locator('.card-image img'), focal);
  await expect(topCard.locator('.card-image img')).toHaveAttribute('loading', 'lazy');

  await page.goto('/business');
  // The newest story leads the section page: its picture is fetched first, not lazily.
  const sectionCard = page.locator('.article-list .card').first();
  await expect(sectionCard).toContainText(featuredTitle);
  const sectionImage = sectionCard.locator('.card-image img');
  await expectCardCrop(sectionImage, focal);
  await expect(sectionImage).toHaveAttribute('loading', 'eager');
  await expect(sectionImage).toHaveAttribute('fetchpriority', 'high');
  await expect(page.locator('.article-list .card-image img[fetchpriority]')).toHaveCount(1);
  expect(await redOverBlue(page, (await sectionImage.getAttribute('src')) ?? '')).toBe(true);
  // A story without a picture has no empty box.
  await expect(page.locator('.article-list .card:not(.card-with-image) .card-image')).toHaveCount(0);

  await sectionCard.getByRole('link', { name: featuredTitle }).click();
  const figure = page.locator('figure.article-image');
  await expect(figure.locator('img')).toHaveAttribute('alt', 'Two mooring posts on an empty quay');
  await expect(figure.locator('img')).toHaveAttribute('width', '2400');
  await expect(figure.locator('img')).toHaveAttribute('height', '800');
  await expect(figure.locator('figcaption')).toHaveText(`${caption} ${credit}`);
  await expect(figure.locator('.image-credit')).toHaveText(credit);
  // The social card is the picture's own 1200 × 630 crop at the same point.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`${pictureUrl}/social-x${focal.x}-y${focal.y}-w1200\\.jpg$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  const social = await page.request.get(new URL(ogImage ?? '').pathname);
  expect(social.headers()['content-type']).toBe('image/jpeg');
  const socialSize = await sharp(await social.body()).metadata();
  expect([socialSize.width, socialSize.height]).toEqual([1200, 630]);

  await page.goto('/business');
  await page.getByRole('link', { name: bodyTitle }).first().click();
  const bodyFigure = page.locator('.article-body figure.body-image');
  await expect(bodyFigure.locator('img')).toHaveAttribute('alt', 'The quay where the cafes stand');
  await expect(bodyFigure.locator('img')).toHaveAttribute('width', '2400');
  await expect(bodyFigure.locator('img')).toHaveAttribute('loading', 'lazy');
  await expect(bodyFigure.locator('source[type="image/webp"]')).toHaveAttribute('srcset', new RegExp(`^${pictureUrl}/320\\.webp 320w, `));
  await expect(bodyFigure.locator('figcaption')).toHaveText(`${caption} ${credit}`);
  await reader.close();
});

test('moving the focal point moves every crop to a new address; the old one is sent on', async ({ page, browser }) => {
  await signIn(page, staff.librarian);
  await page.goto('/editor/media');
  await page.getByRole('link', { name: description }).click();
  await page.getByLabel('From the left (%)').fill('90');
  await page.getByRole('button', { name: 'Save picture' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto('/business');
  const image = readerPage.locator('.article-list .card').first().locator('.card-image img');
  await expectCardCrop(image, { x: 90, y: focal.y });
  expect(await redOverBlue(readerPage, (await image.getAttribute('src')) ?? '')).toBe(false);
  const old = await readerPage.request.get(`${pictureUrl}/card-x${focal.x}-y${focal.y}-w640.webp`, { maxRedirects: 0 });
  expect(old.status()).toBe(307);
  expect(old.headers()['location']).toBe(`${pictureUrl}/card-x90-y${focal.y}-w640.webp`);
  await reader.close();
});
