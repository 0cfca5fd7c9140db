/**
 * The reader's design as a reader meets it: balanced card grids, the end of a story, the author's page,
 * the light/dark switch remembered without a flash, print, and text that grows with the reader's size.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoArticlePath, demoArticleWithReadMore } from './support/demo';
import { THEME_STORAGE_KEY } from '../lib/theme';

/** How many cards sit on each row of a grid, top to bottom, as laid out. */
async function rowSizes(grid: Locator): Promise<number[]> {
  return grid.evaluate((element) => {
    const rows = new Map<number, number>();
    for (const cell of Array.from(element.children)) {
      const top = Math.round(cell.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
  });
}

/** No row holds fewer cards than a row above it: no lonely last card. */
function expectBalanced(rows: number[], where: string) {
  expect(rows.length, where).toBeGreaterThan(0);
  for (let index = 1; index < rows.length; index++)
    expect(rows[index], `${where}: ${rows.join(' / ')}`).toBeGreaterThanOrEqual(rows[index - 1]!);
}

async function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

const LIGHT_BACKGROUND = 'rgb(251, 250, 247)';
const DARK_BACKGROUND = 'rgb(21, 23, 26)';

test.describe('card grids', () => {
  for (const width of [1280, 800]) {
    test(`leave no lonely last card at ${width} px: related stories, more from the section, the front page, a section`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const article = demoArticleWithReadMore();
      await page.goto(demoArticlePath(article));
      const related = page.getByRole('region', { name: 'Related stories' }).locator('.card-grid');
      await expect(related.locator('.card')).toHaveCount(5);
      expectBalanced(await rowSizes(related), 'related stories');
      expectBalanced(await rowSizes(page.locator('.more-from-section .card-grid')), 'more from the section');

      await page.goto('/');
      for (const grid of await page.locator('.section-block .card-grid').all())
        expectBalanced(await rowSizes(grid), 'front page section block');

      await page.goto(`/${article.section}`);
      await expect(page.locator('.article-list > .card-lead')).toHaveCount(1);
      expectBalanced(await rowSizes(page.locator('.article-list .card-grid')), 'section listing');
    });
  }
});

test.describe('cards', () => {
  test('every card runs section, headline, standfirst, byline, time, in that order, byline and time each on a line', async ({ page }) => {
    for (const path of ['/', `/${demoArticleWithReadMore().section}`]) {
      await page.goto(path);
      const cards = await page.locator('main .card').evaluateAll((elements) =>
        elements.map((card) => {
          const parts = ['.card-section', '.card-title', '.card-summary', '.card-author', '.card-meta'];
          const tops = parts.map((selector) => card.querySelector(`.card-text > ${selector}`)?.getBoundingClientRect().top ?? null);
          return { title: card.querySelector('.card-title')?.textContent ?? '', tops };
        }),
      );
      expect(cards.length, path).toBeGreaterThan(5);
      for (const { title, tops } of cards) {
        const present = tops.filter((top): top is number => top !== null);
        expect(present, `${path}: ${title}`).toEqual([...present].sort((a, b) => a - b));
        // Byline and time never share a line, whatever the card's width.
        const [byline, time] = [tops[3], tops[4]];
        if (byline !== null && byline !== undefined && time !== null && time !== undefined) expect(time, title).toBeGreaterThan(byline);
      }
    }
  });
});

test.describe('type', () => {
  test('the serif is the site’s own, preloaded for Latin, Latin Extended left until a page needs it', async ({ page }) => {
    await page.goto(demoArticlePath(demoArticleWithReadMore()));
    const preloads = await page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(preloads).toHaveLength(2);
    for (const href of preloads) expect(href).toMatch(/^\/_next\/static\/media\/.+\.woff2$/);
    await page.evaluate(() => document.fonts.ready);
    const headline = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    const loaded = await page.evaluate(() =>
      Array.from(document.fonts)
        .filter((face) => face.status === 'loaded')
        .map((face) => face.family.replace(/['"]/g, '')),
    );
    // The headline's stack names a face the page has loaded: Source Serif, not a fallback.
    expect(
      headline
        .split(',')
        .map((family) => family.trim().replace(/['"]/g, ''))
        .some((family) => loaded.includes(family)),
    ).toBe(true);
  });
});

test.describe('the end of a story', () => {
  test('runs topics, share, related stories, then more from its section, none repeated', async ({ page }) => {
    const article = demoArticleWithReadMore();
    await page.goto(demoArticlePath(article));
    const order = await page.evaluate(() =>
      ['nav[aria-label="Topics"]', 'nav[aria-label="Share this article"]', '.related-stories', '.more-from-section'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? Array.from(document.querySelectorAll('*')).indexOf(element) : -1;
      }),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const more = page.getByRole('region', { name: new RegExp(`^More from `, 'i') });
    await expect(more.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/${article.section}`);
    const moreHrefs = await more.locator('.card-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const relatedHrefs = await page
      .getByRole('region', { name: 'Related stories' })
      .locator('.card-title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(moreHrefs.length).toBeGreaterThan(0);
    for (const href of moreHrefs) {
      expect(href.startsWith(`/${article.section}/`)).toBe(true);
      expect(relatedHrefs).not.toContain(href);
      expect(href).not.toBe(demoArticlePath(article));
    }
  });
});

test.describe('an author’s page', () => {
  test('shows the profile once and does not repeat the author’s name on every card', async ({ page }) => {
    const article = demoArticleWithReadMore();
    await page.goto(`/author/${article.author}`);
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await expect(page.locator('.author-header')).toHaveCount(1);
    await expect(page.locator('.author-photo')).toBeVisible();
    const bylines = await page.locator('.article-list .card-author').allInnerTexts();
    for (const byline of bylines) {
      expect(byline).toMatch(/^With /);
      expect(byline).not.toContain(name);
    }
    expect(await page.locator('.article-list .card').count()).toBeGreaterThan(bylines.length);
  });
});

test.describe('reader preferences', () => {
  test('the dark switch is remembered and applied before anything is drawn, on reader and staff pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');

    // On the next page, the scheme is set before the masthead exists: no flash of the light page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.site-header')) return;
        (window as unknown as { themeAtFirstHeader: string | null }).themeAtFirstHeader =
          document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/search?q=port', '/login']) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { themeAtFirstHeader: string | null }).themeAtFirstHeader), path).toBe('dark');
      expect(await pageBackground(page), path).toBe(DARK_BACKGROUND);
    }
    expect(violations).toEqual([]);

    // Choosing the system's own scheme again forgets the choice: the page follows the system once more.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
  });

  test('without JavaScript the page follows the system scheme and shows no switch that cannot work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
    await expect(page.locator('.theme-switch')).toBeHidden();
    await context.close();
  });

  test('text grows with the reader’s own text size: no fixed pixel sizes', async ({ page }) => {
    await page.goto(demoArticlePath(demoArticleWithReadMore()));
    const sizes = () =>
      page.evaluate(() =>
        ['.article-title', '.article-summary', '.article-body p', '.byline', '.card-title', '.section-nav a'].map((selector) =>
          parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
        ),
      );
    const before = await sizes();
    await page.addStyleTag({ content: 'html { font-size: 125%; }' });
    const after = await sizes();
    after.forEach((size, index) => expect(size / before[index]!).toBeGreaterThan(1.2));
  });

  test('moves nothing when the system asks for less motion', async ({ browser }) => {
    const navTransition = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto('/');
      const seconds = await page
        .locator('.section-nav a')
        .first()
        .evaluate((link) => parseFloat(getComputedStyle(link).transitionDuration));
      await context.close();
      return seconds;
    };
    expect(await navTransition('no-preference')).toBeGreaterThan(0.1);
    expect(await navTransition('reduce')).toBeLessThan(0.001);
  });

  test('prints the story alone, black on white even after choosing dark, with each link’s address after it', async ({ page }) => {
    await page.goto(demoArticlePath(demoArticleWithReadMore()));
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    expect(
      await page
        .locator('.article-body p')
        .first()
        .evaluate((p) => getComputedStyle(p).color),
    ).toBe('rgb(0, 0, 0)');
    expect(
      await page
        .locator('.article-body blockquote')
        .first()
        .evaluate((quote) => getComputedStyle(quote).breakInside),
    ).toBe('avoid');
    for (const hidden of ['.section-nav', '.site-footer', '.recent-posts', '.share-links', '.related-stories']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.locator('.article-body')).toBeVisible();
    const after = await page
      .locator('.article-body a[href]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('/');
  });
});
