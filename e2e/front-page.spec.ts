import { expect, test, type Page } from '@playwright/test';
import { DEMO_FRONT_PAGE_LEAD } from '../db/seed/demo-articles';
import { toMinuteInput as formatSiteLocalTime } from '../lib/site-time';
import { demoArticleBySlug, demoArticlePath, oldestPublishedDemoArticle } from './support/demo';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

// The end-to-end server runs in the default site zone.
const SITE_ZONE = process.env.TIME_ZONE || 'UTC';
const BANNER = 'Averly bridge closed after a barge strikes a pier';

test.describe.configure({ mode: 'serial' });

/** The next whole minute at least `seconds` away: a `datetime-local` field holds minutes. */
function nextMinuteAfter(seconds: number): Date {
  return new Date(Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000);
}

async function saveFrontPage(page: Page) {
  await page.getByRole('button', { name: 'Save front page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Front page saved' })).toBeVisible();
}

/** Layout shifts since the page began loading (the CLS sum). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test('an editor pins a lead and a breaking banner until a time: readers see both at once, then neither after it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const pinned = demoArticleBySlug('budget-survives-confidence-vote-after-rail-concession');
  const until = nextMinuteAfter(15);

  await signIn(page, staff.frontPage);
  await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Front page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
  const lead = page.getByRole('group', { name: 'Lead story' });
  await lead.getByLabel('Story').selectOption({ label: pinned.title });
  await lead.getByLabel('Until unpinned').uncheck();
  await lead.getByLabel('Pinned until').fill(formatSiteLocalTime(until, SITE_ZONE));
  await saveFrontPage(page);

  const breaking = page.getByRole('region', { name: 'Breaking news' });
  await breaking.getByLabel('Show the banner on every reader page').check();
  await breaking.getByLabel('Headline').fill(BANNER);
  await breaking.getByLabel('Short text (optional)').fill('Ferries run every twenty minutes from Quay Street.');
  await breaking.getByRole('radio', { name: 'A story' }).check();
  await breaking.getByLabel('Story', { exact: true }).selectOption({ label: pinned.title });
  await breaking.getByLabel('Switches itself off at').fill(formatSiteLocalTime(until, SITE_ZONE));
  await breaking.getByRole('button', { name: 'Save breaking news' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Breaking news is on every reader page now.' })).toBeVisible();

  // A reader without JavaScript and without a session: what the server sends is all there is.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto('/');
  await expect(readerPage.getByRole('region', { name: 'Top stories' }).locator('.card-lead')).toContainText(pinned.title);
  for (const path of ['/', '/sport', demoArticlePath(oldestPublishedDemoArticle())]) {
    await readerPage.goto(path);
    const banner = readerPage.getByRole('region', { name: 'Breaking news' });
    await expect(banner, path).toContainText(BANNER);
    await expect(banner.getByRole('link', { name: BANNER })).toHaveAttribute('href', demoArticlePath(pinned));
  }

  // With JavaScript, the banner is in the first HTML: nothing moves after load.
  const measured = await browser.newContext();
  const measuredPage = await measured.newPage();
  await measuredPage.goto('/', { waitUntil: 'load' });
  await expect(measuredPage.getByRole('region', { name: 'Breaking news' })).toBeVisible();
  expect(await layoutShift(measuredPage)).toBe(0);
  await measured.close();

  // After its time the lead falls back to the newest story and the banner switches itself off, with no job
  // and no one saving anything: the page cache notices the time passing.
  await expect
    .poll(
      async () => {
        await readerPage.goto('/');
        const leadText = (await readerPage.locator('.card-lead .card-title').textContent()) ?? '';
        const banners = await readerPage.getByRole('region', { name: 'Breaking news' }).count();
        return { pinnedLead: leadText.includes(pinned.title), banners };
      },
      { timeout: 120_000, intervals: [2000] },
    )
    .toEqual({ pinnedLead: false, banners: 0 });
  expect(Date.now()).toBeGreaterThanOrEqual(until.getTime());
  await readerPage.goto(demoArticlePath(oldestPublishedDemoArticle()));
  await expect(readerPage.getByRole('region', { name: 'Breaking news' })).toHaveCount(0);
  await reader.close();

  // Back to the demo newsroom's front page: its lead, until unpinned.
  await page.goto('/editor/front-page');
  await expect(breaking.getByText('No banner is showing.')).toBeVisible();
  const leadAgain = page.getByRole('group', { name: 'Lead story' });
  const demoLead = demoArticleBySlug(DEMO_FRONT_PAGE_LEAD);
  await leadAgain.getByLabel('Story').selectOption({ label: demoLead.title });
  await leadAgain.getByLabel('Until unpinned').check();
  await saveFrontPage(page);
  await page.goto('/');
  await expect(page.locator('.card-lead')).toContainText(demoLead.title);
});

test('an editor’s mistakes come back as field errors, with what was typed kept', async ({ page }) => {
  await signIn(page, staff.frontPage);
  await page.goto('/editor/front-page');
  const demoLead = demoArticleBySlug(DEMO_FRONT_PAGE_LEAD);
  const top = page.getByRole('group', { name: 'Top story 1' });
  await top.getByLabel('Story').selectOption({ label: demoLead.title });
  await top.getByLabel('Until unpinned').check();
  await page.getByRole('button', { name: 'Save front page' }).click();
  await expect(page.getByRole('alert', { name: 'Front page error' })).toBeVisible();
  await expect(top.getByText('This story is already on the front page above.')).toBeVisible();
  await expect(top.getByLabel('Story')).toHaveValue(/\d+/);

  const breaking = page.getByRole('region', { name: 'Breaking news' });
  await breaking.getByLabel('Headline').fill('A headline that links nowhere safe');
  await breaking.getByRole('radio', { name: 'A live page or other address' }).check();
  await breaking.getByLabel('Address', { exact: true }).fill('javascript:alert(1)');
  await breaking.getByRole('button', { name: 'Save breaking news' }).click();
  await expect(breaking.getByText(/Enter a path on this site/)).toBeVisible();
  await expect(breaking.getByLabel('Headline')).toHaveValue('A headline that links nowhere safe');
});
