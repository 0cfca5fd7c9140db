import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatSiteDateTime, formatSiteDay, formatSiteMoment, toWallTimeInput, toZonedIso } from '../lib/site-time';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

/**
 * The site's time zone, end to end: an administrator sets Europe/Berlin in Settings, the browser runs
 * in Los Angeles (nine hours behind), and every time typed or shown is Berlin's. The zone goes back to
 * UTC afterwards, so the other specs see the site as they expect.
 */

const SITE_ZONE = 'Europe/Berlin';
const berlin = { timeZone: SITE_ZONE, language: 'en-GB' };

test.use({ timezoneId: 'America/Los_Angeles' });
test.describe.configure({ mode: 'serial' });

async function setSiteZone(browser: Browser, timeZone: string) {
  const page = await browser.newPage();
  await signIn(page, staff.admin);
  await page.goto('/editor/settings');
  await page.getByLabel('Time zone').fill(timeZone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await page.close();
}

async function startArticle(page: Page, title: string) {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'Culture' });
  await page.getByLabel('Summary').fill(`Summary of ${title}.`);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Timed to the minute.');
}

test.beforeAll(async ({ browser }) => {
  await setSiteZone(browser, SITE_ZONE);
});

test.afterAll(async ({ browser }) => {
  await setSiteZone(browser, 'UTC');
});

test('Settings refuses a zone that does not exist, saying what to use', async ({ page }) => {
  await signIn(page, staff.admin);
  await page.goto('/editor/settings');
  await expect(page.getByLabel('Time zone')).toHaveValue(SITE_ZONE);
  await page.getByLabel('Time zone').fill('Europe/Berln');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#settings-time-zone-error')).toHaveText(
    '“Europe/Berln” is not a time zone name. Use an IANA name such as Europe/Berlin, America/New_York or UTC.',
  );
  // What was typed stays, and nothing changed.
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berln');
  await page.goto('/editor/settings');
  await expect(page.getByLabel('Time zone')).toHaveValue(SITE_ZONE);
  // The audit log reads in the site's zone too, and says which.
  await page.goto('/editor/audit');
  await expect(page.getByRole('columnheader', { name: 'When (Europe/Berlin)' })).toBeVisible();
});

test('a story scheduled at a Berlin time goes live at that instant and every page shows Berlin time', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, staff.editor);
  const title = `Night ferry to the islands ${Date.now().toString(36)}`;
  await startArticle(page, title);
  // Whole seconds, far enough ahead that the checks before its time are done first on a busy machine.
  const goLive = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000);
  const typed = toWallTimeInput(goLive, SITE_ZONE);
  const picker = page.getByLabel(/Publish date and time/);
  await expect(page.getByText('Publish date and time (Europe/Berlin, CET)')).toBeVisible();
  await picker.fill(typed);
  const slug = await page.getByLabel('Slug').inputValue();
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled for' }).first()).toHaveText(
    `Scheduled for ${formatSiteMoment(goLive, berlin)}. It will go live by itself then.`,
  );
  // Reopened, the picker shows the Berlin time typed, not Los Angeles'. (The first deliberate save opens the
  // story's own address; reload only once it has.)
  await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=schedule$/);
  await page.reload();
  await expect(page.getByLabel(/Publish date and time/)).toHaveValue(typed);

  // Not before its time.
  const storyPath = `/culture/${slug}`;
  expect(Date.now()).toBeLessThan(goLive.getTime());
  expect((await page.request.get(storyPath)).status()).toBe(404);
  await expect.poll(async () => (await page.request.get(storyPath)).status(), { timeout: 60_000, intervals: [500] }).toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());

  // The article: date in words in Berlin time, datetime with Berlin's offset, JSON-LD the same instant.
  await page.goto(storyPath);
  const published = page.locator('.byline-dates time').first();
  await expect(published).toHaveText(formatSiteDateTime(goLive, berlin));
  await expect(published).toHaveAttribute('datetime', toZonedIso(goLive, SITE_ZONE));
  expect(toZonedIso(goLive, SITE_ZONE)).toMatch(/\+01:00$/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? '{}').datePublished).toBe(toZonedIso(goLive, SITE_ZONE));
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', toZonedIso(goLive, SITE_ZONE));
  await expect(page.locator('.masthead-date')).toHaveText(formatSiteDay(new Date(), berlin));

  // The section page's relative time, with the absolute Berlin time as its title.
  await page.goto('/culture');
  const cardTime = page.locator('article', { hasText: title }).locator('time').first();
  await expect(cardTime).toHaveAttribute('datetime', toZonedIso(goLive, SITE_ZONE));
  await expect(cardTime).toHaveAttribute('title', formatSiteDateTime(goLive, berlin));

  // The dashboard and the article's revisions.
  await page.goto('/editor');
  await expect(
    page
      .getByRole('row', { name: new RegExp(title) })
      .locator('time')
      .first(),
  ).toHaveText(/CET$/);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.locator('main time').first()).toHaveText(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2} CET$/);

  // Feeds: RSS in RFC 822 (GMT), Atom in RFC 3339; both the same instant.
  const rss = await (await page.request.get('/culture/feed.xml')).text();
  expect(rss).toContain(`<pubDate>${goLive.toUTCString()}</pubDate>`);
  const atom = await (await page.request.get('/culture/atom.xml')).text();
  expect(atom).toContain(`<published>${goLive.toISOString()}</published>`);
});

test('the editor refuses a skipped spring-forward time and asks which repeated autumn time is meant', async ({ page }) => {
  await signIn(page, staff.editor);
  await startArticle(page, `Clock change special ${Date.now().toString(36)}`);
  const picker = page.getByLabel(/Publish date and time/);

  await picker.fill('2027-03-28T02:30');
  await expect(page.locator('#publish-at-hint')).toHaveText(/02:30 on 28 March 2027 does not exist in Europe\/Berlin/);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.locator('#publish-at-error')).toHaveText(
    '02:30 on 28 March 2027 does not exist in Europe/Berlin: the clocks go forward that night and skip it. Choose another time, such as 03:30.',
  );

  await picker.fill('2027-10-31T02:30');
  const which = page.getByLabel('Which 02:30?');
  await expect(which).toBeVisible();
  await which.selectOption({ label: '02:30 CET (the second, UTC+01:00)' });
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled for' }).first()).toHaveText(
    `Scheduled for ${formatSiteMoment(new Date('2027-10-31T01:30:00Z'), berlin)}. It will go live by itself then.`,
  );
});

test('the masthead date turns over at midnight in Berlin, not in the reader’s zone or UTC', async ({ page }) => {
  // 23:59:50 in Berlin is 14:59:50 in Los Angeles and 22:59:50 UTC: only Berlin's day is about to end.
  const beforeMidnight = new Date('2026-12-03T22:59:50Z');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install({ time: beforeMidnight });
  await page.goto('/');
  const masthead = page.locator('.masthead-date');
  await expect(masthead).toHaveText('3 December 2026');
  await page.clock.runFor(15_000);
  await expect(masthead).toHaveText('4 December 2026');
  await expect(masthead.locator('time')).toHaveAttribute('datetime', '2026-12-04');
  // UTC's midnight, an hour later, changes nothing.
  await page.clock.runFor(60 * 60_000);
  await expect(masthead).toHaveText('4 December 2026');
  // The server's date and the browser's first render agree: no hydration mismatch.
  expect(errors.filter((text) => /hydrat/i.test(text))).toEqual([]);
});

test('without JavaScript the masthead and article dates are Berlin’s, rendered by the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.masthead-date')).toHaveText(formatSiteDay(new Date(), berlin));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('.card-lead time')).toHaveAttribute('datetime', /\+0[12]:00$/);
  await context.close();
});
