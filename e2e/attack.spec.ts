import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { loadXssCorpus, type XssPayload } from '../tests/fixtures/xss-corpus';
import { ATTACK_SECTION, corpusImportSlug, corpusSaveSlug } from './support/attack';
import { hookPages, type PageEvent } from './support/page-hooks';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

/**
 * The XSS corpus (tests/fixtures/xss-corpus.txt), published by attack.setup.ts through the editor's
 * save path and the importer, rendered as readers get it in Chromium with alert, confirm, prompt,
 * print and the console hooked and every element hovered, focused and clicked. Nothing may run. The
 * controls show the same hooks and the same handling catch payloads that do run.
 */

const corpus = loadXssCorpus();

/**
 * Hover, focus and click everything under the selectors, the way a reader's pointer would, then let two
 * frames pass. Links may run javascript: URLs but never take the page elsewhere; the guards go again
 * afterwards, so the page's own links work for the next step.
 */
async function exercise(page: Page, selectors: string[]) {
  await page.evaluate(async (roots) => {
    const stayOnPage = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link && link.protocol !== 'javascript:') event.preventDefault();
    };
    const noSubmit = (event: Event) => {
      if (!(event.target as HTMLFormElement).action.startsWith('javascript:')) event.preventDefault();
    };
    document.addEventListener('click', stayOnPage, true);
    document.addEventListener('submit', noSubmit, true);
    try {
      for (const selector of roots) {
        for (const root of document.querySelectorAll(selector)) {
          for (const element of [root, ...root.querySelectorAll('*')]) {
            for (const type of ['mouseover', 'mouseenter', 'mousedown', 'pointerover', 'wheel']) {
              element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
            }
            element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            if (element instanceof HTMLElement) {
              element.focus();
              element.click();
            }
          }
        }
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    } finally {
      document.removeEventListener('click', stayOnPage, true);
      document.removeEventListener('submit', noSubmit, true);
    }
  }, selectors);
}

async function hookedPage(context: BrowserContext): Promise<{ page: Page; events: PageEvent[] }> {
  const events = await hookPages(context);
  return { page: await context.newPage(), events };
}

const articleParts = ['.article-header', '.article-body', '.article-footer'];

test.describe('controls: the hooks catch payloads that run', () => {
  test('a plain onerror payload on an unprotected page is caught', async ({ context }) => {
    const { page, events } = await hookedPage(context);
    await page.route('**/__control', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>x</p><img src="x" onerror="alert(\'control\')">' }),
    );
    await page.goto('/__control');
    await expect.poll(() => events.map((event) => `${event.kind}:${event.detail}`)).toContain('alert:control');
  });

  test('rendered raw, without the sanitizer or the policy, most of the corpus runs', async ({ context }) => {
    test.setTimeout(180_000);
    const { page, events } = await hookedPage(context);
    let current: XssPayload | undefined;
    await page.route('**/__raw/*', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body><main class="raw">${current?.payload ?? ''}</main></body></html>`,
      }),
    );
    const fired = new Set<number>();
    for (const entry of corpus) {
      current = entry;
      const before = events.length;
      await page.goto(`/__raw/${entry.id}`).catch(() => undefined);
      await exercise(page, ['body']).catch(() => undefined);
      if (events.length > before) fired.add(entry.id);
    }
    console.log(`Raw corpus: ${fired.size} of ${corpus.length} payloads ran when rendered unprotected.`);
    expect(fired.size).toBeGreaterThanOrEqual(Math.round(corpus.length * 0.6));
  });
});

// Small groups, so the pages spread over the workers and each test stays short on a busy machine.
const GROUP_SIZE = 8;
for (let start = 0; start < corpus.length; start += GROUP_SIZE) {
  const group = corpus.slice(start, start + GROUP_SIZE);
  const groupFamilies = [...new Set(group.map((entry) => entry.family))].join(', ');
  test(`published payloads ${group[0]?.id}–${group.at(-1)?.id} (${groupFamilies}) run nowhere, from the editor save path or the importer`, async ({
    context,
  }) => {
    test.setTimeout(240_000);
    const { page, events } = await hookedPage(context);
    for (const entry of group) {
      for (const slug of [corpusSaveSlug(entry.id), corpusImportSlug(entry.id)]) {
        const response = await page.goto(`/${ATTACK_SECTION}/${slug}`);
        expect(response?.status(), slug).toBe(200);
        await expect(page.locator('h1')).toContainText(String(entry.id));
        await exercise(page, articleParts);
        expect(events, `${slug}: ${entry.payload}`).toEqual([]);
      }
    }
  });
}

test('the home page, the corpus section and search results showing the corpus run nothing', async ({ context }) => {
  test.setTimeout(240_000);
  const { page, events } = await hookedPage(context);
  for (const path of ['/', `/${ATTACK_SECTION}`, '/search?q=alert', '/search?q=onerror+img', '/search?q=script+src']) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await exercise(page, ['main']);
  }
  expect(events).toEqual([]);
});

test('tag, author and older section pages showing the corpus run nothing', async ({ context }) => {
  test.setTimeout(240_000);
  const { page, events } = await hookedPage(context);
  for (const path of ['/tag/attack-corpus', '/author/eddie-editor']) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await exercise(page, ['main']);
  }
  await page.goto(`/${ATTACK_SECTION}`);
  for (let older = 1; older <= 3; older++) {
    await page.getByRole('link', { name: /^Older stories/ }).click();
    await page.waitForURL((url) => url.searchParams.size > 0);
    await expect(page.locator('.article-list')).toBeVisible();
    await exercise(page, ['main']);
  }
  expect(events).toEqual([]);
});

test('bodies rendered by client-side navigation (innerHTML, not the HTML parser) run nothing', async ({ context }) => {
  test.setTimeout(240_000);
  const { page, events } = await hookedPage(context);
  await page.goto(`/${ATTACK_SECTION}`);
  const hrefs = (
    await page.locator('.article-list .card-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  ).slice(0, 8);
  expect(hrefs.length).toBe(8);
  for (const href of hrefs) {
    await page.locator(`.article-list .card-title a[href="${href}"]`).first().click();
    await expect(page).toHaveURL((url) => url.pathname === href);
    // Attached, not visible: a body that sanitized down to a broken image has no size.
    await expect(page.locator('.article-body')).toBeAttached();
    await exercise(page, articleParts);
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.locator('.article-list')).toBeVisible();
  }
  expect(events).toEqual([]);
});

test('the whole corpus pasted into the article form by a hostile client runs nothing when published', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await signIn(page, staff.editor);
  await page.goto('/editor/articles/new');
  const title = `Whole corpus through the form ${Date.now().toString(36)}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'Attack corpus' });
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Visible words before the corpus.');
  // The draft's autosave settles first: a reply arriving later would put the editor's text back in the field.
  await expect(page.locator('.save-state')).toHaveText('Saved');
  // Past the rich-text editor, as a hostile client would: raw HTML straight into the save action.
  const html = corpus.map((entry) => `<p>Payload ${entry.id}</p>${entry.payload}`).join('\n');
  await page.evaluate((body) => {
    const input = document.querySelector<HTMLInputElement>('input[name="body"]');
    if (input) input.value = body;
  }, html);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);
  await page.close();

  const { page: reader, events } = await hookedPage(context);
  await reader.goto(`/${ATTACK_SECTION}`);
  await reader.getByRole('link', { name: title }).first().click();
  await expect(reader.locator('.article-body')).toContainText('Payload 1');
  await reader.reload();
  await exercise(reader, articleParts);
  expect(events).toEqual([]);
});
