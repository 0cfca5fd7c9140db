import { expect, test, type Page } from '@playwright/test';
import { DEMO_FRONT_PAGE_LEAD, demoArticles, type DemoArticle } from '../db/seed/demo-articles';
import { demoArticlePath, hiddenDemoArticles, publishedDemoArticles } from './support/demo';
import { sportArchiveFixtures } from './support/fixtures';

/*
 * Reader search. Runs in the 'reader' project: it needs the pristine demo newsroom (the drafts and
 * scheduled stories still unpublished). Words are picked from the demo data, not hard-coded, so the
 * tests follow the content.
 */

const fixtureText = sportArchiveFixtures
  .map((fixture) => `${fixture.title} A fixture article for the end-to-end tests of section pagination. Fixture body.`)
  .join(' ')
  .toLowerCase();

const fullText = (article: DemoArticle) => `${article.title} ${article.summary} ${article.body}`.toLowerCase();

/** Plain ASCII words (no diacritics, digits or apostrophes inside), so the tests need not model the tokenizer. */
const asciiWords = (text: string) => (text.match(/\p{L}+/gu) ?? []).filter((word) => /^[a-z]+$/i.test(word));

/**
 * A conservative stand-in for the index's porter stem: if another text contains this much of the word,
 * it might share the stem ("weighs" / "weighed"), so the word is not distinctive.
 */
const root = (word: string) => word.toLowerCase().slice(0, Math.max(5, Math.ceil(word.length * 0.6)));

/** A word that occurs in one published story's body and, as far as the index can tell, nowhere else. */
function distinctiveBodyWord(): { article: DemoArticle; word: string } {
  for (const article of publishedDemoArticles) {
    const elsewhere = `${demoArticles
      .filter((other) => other !== article)
      .map(fullText)
      .join(' ')} ${fixtureText}`;
    const ownHeadline = `${article.title} ${article.summary}`.toLowerCase();
    // READ MORE lines become links titled after other stories: not this story's own words.
    const body = article.body
      .split('\n')
      .filter((line) => !line.startsWith('READ MORE:'))
      .join('\n');
    const word = asciiWords(body).find(
      (candidate) => candidate.length >= 8 && !ownHeadline.includes(root(candidate)) && !elsewhere.includes(root(candidate)),
    );
    if (word) return { article, word: word.toLowerCase() };
  }
  throw new Error('No published demo article has a distinctive body word');
}

/** A word from an unpublished story's headline that no public story (or fixture) contains. */
function hiddenHeadlineWord(status: 'draft' | 'scheduled'): { article: DemoArticle; word: string } {
  const publicText = `${publishedDemoArticles.map(fullText).join(' ')} ${fixtureText}`;
  for (const article of hiddenDemoArticles.filter((candidate) => candidate.status === status)) {
    const word = asciiWords(article.title).find((candidate) => candidate.length >= 7 && !publicText.includes(root(candidate)));
    if (word) return { article, word: word.toLowerCase() };
  }
  throw new Error(`No ${status} demo article has a distinctive headline word`);
}

async function expectSearchPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(1);
}

test.describe('search', () => {
  test('finds a published story by a word from its body, with the word marked', async ({ page }) => {
    const { article, word } = distinctiveBodyWord();
    const response = await page.goto(`/search?q=${encodeURIComponent(word)}`);
    expect(response?.status()).toBe(200);
    await expectSearchPage(page);
    await expect(page).toHaveTitle(new RegExp(`^Search: ${word}`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByLabel('Search the site')).toHaveValue(word);

    await expect(page.locator('.search-count')).toHaveText(`1 result for “${word}”`);
    const result = page.locator('.search-result');
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('link', { name: article.title })).toHaveAttribute('href', demoArticlePath(article));
    await expect(result.locator('.search-snippet mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
    // The snippet is escaped text plus <mark> only.
    expect(await result.locator('.search-snippet *:not(mark)').count()).toBe(0);
  });

  test('filters by section, and offers to search all sections when nothing matches', async ({ page }) => {
    const { article, word } = distinctiveBodyWord();
    await page.goto('/search');
    await expectSearchPage(page);
    await expect(page.getByText('Type a word or two to search every story we have published.')).toBeVisible();
    // The search page itself may be indexed; only result pages are kept out.
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

    const form = page.getByRole('search', { name: 'Search stories' });
    await form.getByLabel('Search the site').fill(word);
    const otherSection = article.section === 'world' ? 'culture' : 'world';
    await form.getByLabel('Section').selectOption(otherSection);
    await form.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('section') === otherSection);
    await expect(page.getByText(new RegExp(`^No stories match “${word}” in `))).toBeVisible();
    await expect(page.locator('.search-result')).toHaveCount(0);

    await page.getByRole('link', { name: 'Search all sections' }).click();
    await page.waitForURL((url) => url.pathname === '/search' && !url.searchParams.has('section'));
    await expect(page.locator('.search-result').getByRole('link', { name: article.title })).toBeVisible();

    await page.goto(`/search?q=${encodeURIComponent(word)}&section=${article.section}`);
    await expect(page.locator('.search-result')).toHaveCount(1);
    await expect(page.getByLabel('Section', { exact: true })).toHaveValue(article.section);
  });

  test('ignores diacritics: "zoe" finds the stories that mention Zoë', async ({ page }) => {
    const withZoe = publishedDemoArticles.filter((article) => /(^|[^\p{L}])zo[eë](?!\p{L})/iu.test(fullText(article)));
    expect(withZoe.some((article) => fullText(article).includes('zoë'))).toBe(true);
    expect(withZoe.length).toBeLessThanOrEqual(10);

    await page.goto('/search?q=zoe');
    await expect(page.locator('.search-count')).toHaveText(`${withZoe.length} result${withZoe.length === 1 ? '' : 's'} for “zoe”`);
    const results = page.locator('.search-result');
    for (const article of withZoe) await expect(results.getByRole('link', { name: article.title })).toBeVisible();
    await expect(page.locator('.search-snippet mark', { hasText: 'Zoë' }).first()).toBeVisible();
  });

  test('never finds drafts or stories scheduled for later', async ({ page }) => {
    for (const status of ['draft', 'scheduled'] as const) {
      const { article, word } = hiddenHeadlineWord(status);
      await page.goto(`/search?q=${encodeURIComponent(word)}`);
      await expectSearchPage(page);
      await expect(page.getByText(`No stories match “${word}”.`)).toBeVisible();
      await expect(page.locator('.search-result')).toHaveCount(0);

      // Even the whole headline finds nothing that links to it.
      await page.goto(`/search?q=${encodeURIComponent(article.title)}`);
      await expectSearchPage(page);
      await expect(page.locator(`a[href="${demoArticlePath(article)}"]`)).toHaveCount(0);
    }
  });

  test('answers hostile and malformed queries with an ordinary page', async ({ page }) => {
    // Eighteen page loads in a row: more time than one page's test, not a timing requirement.
    test.setTimeout(180_000);
    const hostile = [
      '"',
      '*',
      '-',
      'NEAR(a b)',
      'a OR',
      '"unbalanced',
      '!!!',
      'x'.repeat(10_000),
      "port') OR 1=1 --",
      'title:port',
      '<img src=x onerror="window.__xss=1">',
    ];
    for (const query of hostile) {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(response?.status(), `status for ${query.slice(0, 30)}`).toBe(200);
      await expectSearchPage(page);
    }
    // The last query is shown as text, never as markup.
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    for (const path of [
      '/search?q=port&page=-1',
      '/search?q=port&page=abc',
      '/search?q=port&page=99999',
      '/search?q=port&section=no-such-section',
      '/search?q=port&q=strike',
      '/search?q=',
      '/search?section=world',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), `status for ${path}`).toBe(200);
      await expectSearchPage(page);
    }
  });

  test('pages through results, keeping the query and section', async ({ page }) => {
    await page.goto('/search?q=port');
    const firstPage = await page
      .locator('.search-result .card-title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(firstPage).toHaveLength(10);
    await expect(page.getByRole('link', { name: '← Previous' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('q') === 'port');
    const secondPage = await page
      .locator('.search-result .card-title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(secondPage.length).toBeGreaterThan(0);
    for (const href of secondPage) expect(firstPage).not.toContain(href);
    await expect(page.getByRole('link', { name: '← Previous' })).toHaveAttribute('href', '/search?q=port');

    await page.goto('/search?q=port&section=business');
    const sections = await page.locator('.search-result .card-section').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    for (const name of sections) expect(name).toBe('Business');
    const next = page.getByRole('link', { name: 'Next →' });
    if ((await next.count()) > 0) await expect(next).toHaveAttribute('href', '/search?q=port&section=business&page=2');
  });

  test('a story’s headline, or its key words, finds that story first', async ({ page }) => {
    const lead = demoArticles.find((article) => article.slug === DEMO_FRONT_PAGE_LEAD);
    if (!lead) throw new Error('the demo lead is missing');
    for (const query of [lead.title, 'Port Averly strike ends']) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator('.search-result .card-title a').first(), query).toHaveText(lead.title);
    }
    // Two words many stories mention: the headlines that hold both come first (as a phrase, then apart).
    await page.goto('/search?q=port+strike');
    const titles = await page.locator('.search-result .card-title a').allTextContents();
    const withBoth = publishedDemoArticles.filter((article) => /\bport\b/i.test(article.title) && /\bstrike\b/i.test(article.title));
    expect(withBoth.length).toBeGreaterThanOrEqual(2);
    expect(titles.slice(0, withBoth.length).sort()).toEqual(withBoth.map((article) => article.title).sort());
    expect(titles).toContain(lead.title);
  });

  test('snippets quote a story’s own words, never its READ MORE boxes', async ({ page }) => {
    // Many demo stories carry a READ MORE box to the strike story, so its words are in their bodies' boxes.
    await page.goto('/search?q=port+strike');
    const snippets = page.locator('.search-snippet');
    expect(await snippets.count()).toBeGreaterThan(3);
    for (const text of await snippets.allTextContents()) expect(text).not.toMatch(/READ MORE/i);
  });

  test('the results page shows one search box and uses its width: section shortcuts and Recent Posts beside the results', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/search?q=port');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    const shortcuts = page.getByRole('navigation', { name: 'Search in a section' });
    await expect(shortcuts.getByRole('link', { name: 'All sections' })).toHaveAttribute('aria-current', 'page');
    await shortcuts.getByRole('link', { name: 'Business' }).click();
    await page.waitForURL((url) => url.searchParams.get('section') === 'business' && url.searchParams.get('q') === 'port');
    await expect(page.getByRole('navigation', { name: 'Search in a section' }).getByRole('link', { name: 'Business' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const results = await page.locator('.search-results').boundingBox();
    const aside = await page.getByRole('complementary', { name: 'Recent Posts' }).boundingBox();
    expect(results && aside && aside.x > results.x + results.width).toBe(true);
  });

  test('the header search box fits a 375px-wide phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    const box = await page.getByRole('search', { name: 'Site search' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);

    await page.goto(`/search?q=${encodeURIComponent('x'.repeat(300))}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box takes a reader to the results', async ({ page }) => {
    const { article, word } = distinctiveBodyWord();
    await page.goto('/');
    const search = page.getByRole('search', { name: 'Site search' });
    await search.getByRole('searchbox', { name: 'Search', exact: true }).fill(word);
    await search.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === word);
    await expectSearchPage(page);
    await expect(page.locator('.search-result').getByRole('link', { name: article.title })).toBeVisible();

    // The results page has one search box, its own (the masthead's is not shown there); a second search
    // from it, with the keyboard, submitted with Enter.
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    const again = page.getByRole('search', { name: 'Search stories' }).getByRole('searchbox', { name: 'Search the site' });
    await again.fill('zoe');
    await again.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'zoe');
    await expect(page.locator('.search-result').first()).toBeVisible();
  });
});
