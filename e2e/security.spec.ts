import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { currentTotpCode } from '../lib/totp';
import { THEME_SCRIPT_HASH } from '../lib/security-headers';
import { THEME_SCRIPT } from '../lib/theme';
import { hiddenDemoArticles, publishedDemoArticles } from './support/demo';
import { E2E_BASE_URL } from './support/env';
import { hookPages } from './support/page-hooks';
import { signIn, signInError, submitSignIn } from './support/sign-in';
import { staff } from './support/staff';

// A 2×2 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** A documentation address (RFC 5737) per test, so the per-address sign-in limit never crosses tests. */
let addressCounter = 0;
const testAddress = () => `203.0.113.${10 + ++addressCounter + Math.floor(Math.random() * 200)}`;

async function pageFrom(browser: Browser, headers: Record<string, string>) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return { context, page: await context.newPage() };
}

function policyOf(headers: Record<string, string>) {
  const policy = headers['content-security-policy'] ?? '';
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  return { policy, directives };
}

test.describe('response headers', () => {
  test('every kind of response carries the security headers, and HSTS only over HTTPS', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();
    for (const path of [
      '/',
      '/politics',
      '/search?q=port',
      '/login',
      '/editor',
      '/no-such-page',
      '/favicon.svg',
      '/media/no-such-key',
      '/api/auth/session',
      chunk ?? '',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['strict-transport-security'], path).toBeUndefined();
      const { directives } = policyOf(headers);
      // Media keeps its own, stricter policy; everything else has the site's.
      if (path.startsWith('/media/')) {
        expect(headers['content-security-policy'], path).toBe("default-src 'none'; sandbox");
        continue;
      }
      expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('script-src-attr'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'none'"]);
      // No third-party script source of any kind; the one hash is the colour-scheme script's (lib/theme.ts).
      for (const source of directives.get('script-src') ?? [])
        if (source !== THEME_SCRIPT_HASH) expect(source, path).toMatch(/^'(self|unsafe-inline|strict-dynamic|nonce-[A-Za-z0-9+/=]+)'$/);
    }

    const secure = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });

  test('reader pages share one cacheable policy; staff pages get a fresh nonce that only their own scripts carry', async ({ request }) => {
    const [first, second] = [await request.get('/'), await request.get('/')];
    expect(policyOf(first.headers()).policy).toBe(policyOf(second.headers()).policy);
    expect(policyOf(first.headers()).policy).not.toContain('nonce-');

    const [loginA, loginB] = [await request.get('/login'), await request.get('/login')];
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    const nonceA = nonceOf(policyOf(loginA.headers()).policy);
    expect(nonceA).toBeDefined();
    expect(nonceA).not.toBe(nonceOf(policyOf(loginB.headers()).policy));
    expect(policyOf(loginA.headers()).directives.get('script-src')).toEqual([`'nonce-${nonceA}'`, THEME_SCRIPT_HASH, "'strict-dynamic'"]);
    const scripts = [...(await loginA.text()).matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    // Every script carries this request's nonce, but the one fixed script the policy allows by its hash.
    for (const [, tag, body] of scripts) if (!tag?.includes(`nonce="${nonceA}"`)) expect(body).toBe(THEME_SCRIPT);
  });

  test('pages, sign-in, the rich-text editor and uploads run under the policy without a single violation', async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const events = await hookPages(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('.card-title a').first().click();
    await expect(page.locator('.article-body')).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (const path of ['/politics', '/search?q=harbour', '/login']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await signIn(page, staff.uploader);
    await page.goto('/editor/articles/new');
    await page.getByLabel('Title').fill('Policy check draft');
    await page.getByLabel('Category').selectOption({ label: 'Politics' });
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type('Typing into the editor under the policy.');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Quote' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
    await (await chooser).setFiles({ name: 'policy.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel('Alt text (describe the image)').fill('A grey square');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect(page.locator('.rte-prose img')).toHaveAttribute('src', /^\/media\//);
    await page.getByLabel('Featured image').setInputFiles({ name: 'lead.png', mimeType: 'image/png', buffer: png });
    await expect(page.locator('input[name="featuredImageUrl"]')).toHaveValue(/^\/media\//);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=save$/);
    await page.waitForLoadState('networkidle');
    expect(events).toEqual([]);

    // Controls, with the same recorder: an event handler injected into a reader page never runs, and
    // an inline script smuggled into a staff page's HTML (as if the sanitizer had failed) is blocked.
    const violations = () => events.filter((event) => event.kind === 'csp').map((event) => event.detail);
    await page.goto('/');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__injected = 1">'));
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-attr inline/)]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();

    await page.route('**/editor?smuggled=1', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>window.__injected = 2</script></body>');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/editor?smuggled=1');
    await expect
      .poll(violations)
      .toEqual([expect.stringMatching(/^script-src-attr inline/), expect.stringMatching(/^script-src-elem inline/)]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await context.close();
  });
});

test.describe('sign-in throttling', () => {
  async function failFiveTimes(page: Page, email: string) {
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitSignIn(page, email, `wrong-passphrase-${attempt}`);
      await expect(signInError(page)).toBeVisible();
      messages.push((await signInError(page).textContent()) ?? '');
    }
    return messages;
  }

  test('five wrong passwords lock the account for 15 minutes, even to the right one; an unknown email answers the same', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const known = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    const knownMessages = await failFiveTimes(known.page, staff.lockout.email);
    expect(knownMessages).toEqual([
      ...Array.from({ length: 4 }, () => 'Email or password is incorrect.'),
      'Too many failed sign-ins. Try again in 15 minutes.',
    ]);
    await submitSignIn(known.page, staff.lockout.email, staff.lockout.password);
    await expect(signInError(known.page)).toHaveText(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);
    await known.page.goto('/editor');
    await expect(known.page).toHaveURL(/\/login/);

    const unknown = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    expect(await failFiveTimes(unknown.page, 'nobody-at-all@e2e.test')).toEqual(knownMessages);

    // Every failure is in the audit log, with the address it came from.
    const admin = await browser.newPage();
    await signIn(admin, staff.admin);
    await admin.goto('/editor/audit');
    await expect(
      admin.getByRole('row', { name: /auth\.lockout.*lockout@e2e\.test locked for 15 minutes after 5 failed sign-ins/ }),
    ).toBeVisible();
    await expect(admin.getByRole('row', { name: /auth\.signInFailed.*no account has this email/ }).first()).toBeVisible();
    await expect(admin.getByRole('row', { name: /auth\.signInFailed.*too many failed sign-ins/ }).first()).toBeVisible();
    await Promise.all([known.context.close(), unknown.context.close(), admin.close()]);
  });
});

test.describe('two-factor sign-in', () => {
  test('a staff member turns it on, signs in with a code, and an admin resets it when the phone is lost', async ({ browser }) => {
    test.setTimeout(180_000);
    const { context, page } = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    await signIn(page, staff.otp);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await expect(page.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg')).toBeVisible();
    const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel('Code from your app').fill('000000');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(page.locator('#two-factor-confirm-code-error')).toContainText('not right');
    await page.getByLabel('Code from your app').fill(currentTotpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(page).toHaveURL(/\/login\?two-factor=on$/);
    await expect(page.getByText('Two-factor sign-in is on. Sign in again')).toBeVisible();

    // The password alone is no longer enough.
    await submitSignIn(page, staff.otp.email, staff.otp.password);
    await expect(page.getByLabel('Authentication code')).toBeVisible();
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login/);
    await submitSignIn(page, staff.otp.email, staff.otp.password);
    await page.getByLabel('Authentication code').fill('123456');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(signInError(page)).toHaveText('That code is not right. Codes change every 30 seconds: try the current one.');
    // The code from enrolment was used once; the next time step's code (accepted a step early) works.
    await page.getByLabel('Authentication code').fill(currentTotpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/editor$/);

    const admin = await browser.newPage();
    await signIn(admin, staff.admin);
    await admin.goto('/editor/users');
    const reset = admin.getByRole('button', { name: `Reset two-factor for ${staff.otp.name}` });
    await reset.click();
    // The button goes with the two-factor it resets.
    await expect(reset).toHaveCount(0);
    // Their sessions ended; the password alone signs them in again.
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, staff.otp);
    await Promise.all([context.close(), admin.close()]);
  });
});

test.describe('cookies', () => {
  test('the session cookie is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix over HTTPS', async ({ browser }) => {
    const plain = await pageFrom(browser, {});
    await signIn(plain.page, staff.cookies);
    const session = (await plain.context.cookies()).find((cookie) => cookie.name === 'authjs.session-token');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

    const https = await pageFrom(browser, { 'x-forwarded-proto': 'https' });
    await signIn(https.page, staff.cookies);
    const cookies = await https.context.cookies();
    expect(cookies.find((cookie) => cookie.name === '__Secure-authjs.session-token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      secure: true,
    });
    expect(cookies.find((cookie) => cookie.name === 'authjs.session-token')).toBeUndefined();
    await Promise.all([plain.context.close(), https.context.close()]);
  });
});

test.describe('sessions', () => {
  test('signing out ends the session on the server: a copy of the cookie taken before no longer opens the editor', async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    await signIn(page, staff.signOut);
    const copied = await context.cookies();
    expect(copied.map((cookie) => cookie.name)).toContain('authjs.session-token');

    // The control: while signed in, the copy opens the editor in another browser.
    const before = await browser.newContext();
    await before.addCookies(copied);
    const beforePage = await before.newPage();
    await beforePage.goto('/editor');
    await expect(beforePage.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await before.close();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/login\?signed-out=1/);

    const after = await browser.newContext();
    await after.addCookies(copied);
    const afterPage = await after.newPage();
    await afterPage.goto('/editor');
    await expect(afterPage).toHaveURL(/\/login\?next=%2Feditor/);
    expect(await (await afterPage.request.get('/editor', { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
    await Promise.all([context.close(), after.close()]);
  });

  test('changing one’s own password takes the current one, and ends every other session but this one', async ({ browser }) => {
    test.setTimeout(180_000);
    const here = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    const elsewhere = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    await signIn(here.page, staff.passwordChange);
    await signIn(elsewhere.page, staff.passwordChange);

    await here.page.getByRole('link', { name: 'Account' }).click();
    await expect(here.page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    await here.page.getByLabel('Current password').fill('not-the-current-passphrase');
    await here.page.getByLabel('New password').fill('e2e-changed-passphrase-2');
    await here.page.getByRole('button', { name: 'Change password' }).click();
    await expect(here.page.locator('#current-password-error')).toHaveText('That is not your current password.');

    await here.page.getByLabel('Current password').fill(staff.passwordChange.password);
    await here.page.getByLabel('New password').fill('Password1234');
    await here.page.getByRole('button', { name: 'Change password' }).click();
    await expect(here.page.locator('#new-password-error')).toHaveText('That password is too common; choose another.');

    await here.page.getByLabel('Current password').fill(staff.passwordChange.password);
    await here.page.getByLabel('New password').fill('e2e-changed-passphrase-2');
    await here.page.getByRole('button', { name: 'Change password' }).click();
    await expect(here.page.getByRole('status')).toHaveText(
      'Password changed. You are still signed in here; every other session has ended.',
    );

    await here.page.goto('/editor');
    await expect(here.page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await elsewhere.page.goto('/editor');
    await expect(elsewhere.page).toHaveURL(/\/login/);
    await submitSignIn(elsewhere.page, staff.passwordChange.email, staff.passwordChange.password);
    await expect(signInError(elsewhere.page)).toHaveText('Email or password is incorrect.');
    await signIn(elsewhere.page, { email: staff.passwordChange.email, password: 'e2e-changed-passphrase-2' });
    await Promise.all([here.context.close(), elsewhere.context.close()]);
  });
});

test.describe('cross-site requests', () => {
  test('a form on another site cannot post to the editor, though the same form works from the site itself', async ({ page }) => {
    await signIn(page, staff.crossSite);
    // The form's hidden fields as the server renders them (for browsers without JavaScript).
    const editorHtml = await (await page.request.get('/editor')).text();
    const formHtml =
      [...editorHtml.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((match) => match[1]?.includes('Sign out everywhere'))?.[1] ?? '';
    const hidden = (formHtml.match(/<input type="hidden"[^>]*>/g) ?? []).join('');
    expect(hidden).toContain('$ACTION_ID_');
    await page.route('http://evil.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><form method="post" enctype="multipart/form-data" action="${E2E_BASE_URL}/editor">${hidden}<button>Win a prize</button></form>`,
      }),
    );
    await page.goto('http://evil.example/prize');
    const refused = page.waitForResponse(
      (response) => response.url() === `${E2E_BASE_URL}/editor` && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Win a prize' }).click();
    expect((await refused).status()).toBe(403);
    await page.goto('/editor');
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

    // The control: posted from the site's own page, the very same fields sign out everywhere.
    await page.evaluate((html) => {
      const own = document.createElement('form');
      own.method = 'post';
      own.enctype = 'multipart/form-data';
      own.action = '/editor';
      own.innerHTML = html;
      document.body.append(own);
      own.submit();
    }, hidden);
    await expect(page).toHaveURL(/\/login\?signed-out=1/);
  });

  test('cross-site, oversized and malformed requests get a clear 4xx, never a 500', async ({ request }) => {
    const login = await (await request.get('/login')).text();
    const actionId = /\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(login)?.[1];
    expect(actionId).toBeDefined();
    const own = { origin: E2E_BASE_URL };
    const cases: Array<[string, () => ReturnType<typeof request.post>, number]> = [
      ['another site’s Origin', () => request.post('/login', { headers: { origin: 'https://evil.example' }, form: { email: 'a' } }), 403],
      ['a cross-site fetch', () => request.post('/login', { headers: { 'sec-fetch-site': 'cross-site' }, form: { email: 'a' } }), 403],
      ['an opaque Origin', () => request.post('/editor', { headers: { origin: 'null' }, form: { a: 'b' } }), 403],
      [
        'another site posting to an Auth.js route',
        () => request.post('/api/auth/signout', { headers: { origin: 'https://evil.example' }, form: { csrfToken: 'x' } }),
        403,
      ],
      [
        'a 7 MB body',
        () =>
          request.post('/login', { headers: { ...own, 'content-type': 'application/octet-stream' }, data: Buffer.alloc(7 * 1024 * 1024) }),
        413,
      ],
      [
        'a 100 KB body to the sign-in endpoint',
        () => request.post('/api/auth/callback/credentials', { headers: own, data: Buffer.alloc(100 * 1024) }),
        413,
      ],
      [
        'an unknown server action',
        () => request.post('/login', { headers: { ...own, 'next-action': 'not-an-action', 'content-type': 'text/plain' }, data: '[]' }),
        400,
      ],
      [
        'an action body that is not JSON',
        () =>
          request.post('/login', {
            headers: { ...own, 'next-action': actionId ?? '', 'content-type': 'text/plain;charset=UTF-8' },
            data: '{not json',
          }),
        400,
      ],
      [
        'a cut-off multipart action body',
        () =>
          request.post('/login', {
            headers: { ...own, 'next-action': actionId ?? '', 'content-type': 'multipart/form-data; boundary=zzz' },
            data: '--zzz\r\nContent-Disposition: form-data; name="1"\r\n\r\nx',
          }),
        400,
      ],
      [
        'form data a JSON body cannot carry',
        () =>
          request.post('/login', {
            headers: { ...own, 'next-action': actionId ?? '', 'content-type': 'text/plain;charset=UTF-8' },
            data: '["$K1"]',
          }),
        400,
      ],
    ];
    for (const [label, send, status] of cases) {
      const response = await send();
      expect(response.status(), label).toBe(status);
    }
    // An action called with values where its form belongs answers like an empty form.
    const shapeless = await request.post('/login', {
      headers: { ...own, 'next-action': actionId ?? '', 'content-type': 'text/plain;charset=UTF-8' },
      data: '[null, "not a form"]',
    });
    expect(shapeless.status()).toBe(200);
    expect(await shapeless.text()).toContain('Enter your email and password.');

    const hugeSearch = await request.get(`/search?q=${'a'.repeat(20_000)}`);
    expect(hugeSearch.status()).toBeGreaterThanOrEqual(400);
    expect(hugeSearch.status()).toBeLessThan(500);

    // Auth.js's own endpoint signs no one in with an email and password: only after the throttled checks.
    const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const direct = await request.post('/api/auth/callback/credentials', {
      headers: own,
      form: { csrfToken: csrf.csrfToken, email: staff.admin.email, password: staff.admin.password },
      maxRedirects: 0,
    });
    expect(direct.status()).toBeLessThan(500);
    expect((await request.get('/api/auth/session')).ok()).toBe(true);
    expect(await (await request.get('/api/auth/session')).json()).toBeNull();
  });
});

test.describe('uploads', () => {
  test('an SVG is refused in the editor, and an uploaded file’s name never becomes a path', async ({ page, request }) => {
    await signIn(page, staff.uploader);
    await page.goto('/editor/articles/new');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="4" height="4"/></svg>';
    await page.getByLabel('Featured image').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await expect(page.locator('#image-error')).toHaveText('Only PNG, JPEG, GIF and WebP images can be uploaded.');
    await page.getByLabel('Featured image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(svg) });
    await expect(page.locator('#image-error')).toHaveText('Only PNG, JPEG, GIF and WebP images can be uploaded.');

    await page.getByLabel('Featured image').setInputFiles({ name: '../../../data/site.db.png', mimeType: 'image/png', buffer: png });
    await expect(page.locator('input[name="featuredImageUrl"]')).toHaveValue(/^\/media\/[A-Za-z0-9_-]{16}$/);
    // The stored image is served inert: nothing in it may run, load or submit, even opened on its own.
    const served = await request.get(await page.locator('input[name="featuredImageUrl"]').inputValue());
    expect(served.status()).toBe(200);
    expect(served.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(served.headers()['x-content-type-options']).toBe('nosniff');

    for (const path of [
      '/media/..%2f..%2fdata%2fsite.db',
      '/media/%2e%2e%2f%2e%2e%2fpackage.json',
      '/media/..%5c..%5cpackage.json',
      '/media/x%00.png',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });

  test('an image of more than 50 megapixels is refused from its header, however few its bytes', async ({ page }) => {
    await signIn(page, staff.uploader);
    await page.goto('/editor/articles/new');
    // 8000 × 7000 of one colour: 56 megapixels in under a megabyte.
    const huge = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    await page.getByLabel('Featured image').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.locator('#image-error')).toHaveText('That image is too large in pixels: at most 50 megapixels.');
    await expect(page.locator('input[name="featuredImageUrl"]')).toHaveValue('');
  });
});

test.describe('what staff and readers may see', () => {
  const draft = hiddenDemoArticles.find((article) => article.status === 'draft');
  const published = publishedDemoArticles[2];
  // The longest stretch of a title that HTML writes as it is (no apostrophes or ampersands to escape).
  const visiblePart = (title: string) => title.split(/['&"<>]/).sort((a, b) => b.length - a.length)[0] ?? title;

  test('another person’s article is a 404 on every editor page to contributors and authors, and not on their dashboard', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    if (!draft || !published) throw new Error('the demo newsroom needs a draft and published stories');
    // An editor finds a demo draft and a published story, writes a draft of their own (a revision to compare),
    // and sees every page of each.
    const { page: editor } = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
    await signIn(editor, staff.reviewer);
    // A published title is public anyway (the 404 page itself lists the latest stories); an unpublished one must not show.
    const addresses: Array<{ title: string; unpublished: boolean; paths: string[] }> = [];
    for (const article of [draft, published]) {
      await editor.goto(`/editor?q=${encodeURIComponent(visiblePart(article.title))}`);
      const edit = (await editor.getByRole('link', { name: article.title }).getAttribute('href')) ?? '';
      expect(edit).toMatch(/^\/editor\/articles\/\d+$/);
      addresses.push({ title: article.title, unpublished: article === draft, paths: [edit, `${edit}/preview`, `${edit}/revisions`] });
    }
    const embargoed = `Embargoed harbour report ${Date.now().toString(36)}`;
    await editor.goto('/editor/articles/new');
    await editor.getByLabel('Title').fill(embargoed);
    await editor.getByLabel('Category').selectOption({ label: 'World' });
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await expect(editor).toHaveURL(/\/editor\/articles\/\d+\?saved=save/);
    const edit = new URL(editor.url()).pathname;
    // A second version to compare with (an autosave counts too); the action has run when its response starts.
    // The form's presence heartbeat posts to the same address, so the save is the post that carries the summary.
    const secondSave = editor.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === edit &&
        (response.request().postData() ?? '').includes('Not for readers yet.'),
    );
    await editor.getByLabel('Summary').fill('Not for readers yet.');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await secondSave;
    await editor.goto(`${edit}/revisions`);
    const compare = (await editor.getByRole('link', { name: 'Compare with current' }).first().getAttribute('href')) ?? '';
    expect(compare).toMatch(/\/revisions\?compare=\d+$/);
    addresses.push({ title: embargoed, unpublished: true, paths: [edit, `${edit}/preview`, `${edit}/revisions`, compare] });
    for (const { title, paths } of addresses) {
      for (const path of paths) {
        const response = await editor.request.get(path);
        expect(response.status(), `editor: ${path}`).toBe(200);
        expect(await response.text(), `editor: ${path}`).toContain(visiblePart(title));
      }
    }

    for (const account of [staff.nosyContributor, staff.nosyAuthor]) {
      const { page } = await pageFrom(browser, { 'x-forwarded-for': testAddress() });
      await signIn(page, account);
      for (const { title, unpublished, paths } of addresses) {
        for (const path of paths) {
          const response = await page.request.get(path);
          expect(response.status(), `${account.role}: ${path}`).toBe(404);
          if (unpublished) expect(await response.text(), `${account.role}: ${path}`).not.toContain(visiblePart(title));
        }
        // The editor's own 404, inside the editor's chrome, not the reader's.
        const [first] = paths;
        if (first) {
          expect((await page.goto(first))?.status(), `${account.role}: ${first}`).toBe(404);
          await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
          await expect(page.getByRole('navigation', { name: 'Editor' })).toBeVisible();
          await expect(page.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/editor');
        }
        await page.goto(`/editor?q=${encodeURIComponent(visiblePart(title))}`);
        await expect(page.getByText('No articles match these filters.'), `${account.role}: dashboard`).toBeVisible();
        await expect(page.getByRole('link', { name: title })).toHaveCount(0);
      }
      // Their own work they do see.
      await page.goto('/editor/articles/new');
      const title = `Notes from the ${account.role} desk ${Date.now().toString(36)}`;
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Category').selectOption({ label: 'World' });
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=save/);
      const own = new URL(page.url()).pathname;
      for (const path of [own, `${own}/preview`, `${own}/revisions`])
        expect((await page.request.get(path)).status(), `${account.role}: ${path}`).toBe(200);
      await page.goto('/editor');
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
  });

  test('only staff with a public story have an author page, in sitemaps too', async ({ request }) => {
    if (!published) throw new Error('the demo newsroom needs published stories');
    const byline = await request.get(`/${published.section}/${published.slug}`);
    const authorPath = /href="(\/author\/[a-z0-9-]+)"/.exec(await byline.text())?.[1] ?? '';
    expect((await request.get(authorPath)).status()).toBe(200);

    const sitemap = await (await request.get('/sitemaps/authors-1.xml')).text();
    expect(sitemap).toContain(authorPath);
    // An administrator, an editor, an author and a contributor who have never published.
    for (const account of [staff.policy, staff.reviewer, staff.nosyAuthor, staff.nosyContributor]) {
      const path = `/author/${account.name.toLowerCase().replace(/ /g, '-')}`;
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain(account.name);
      expect(sitemap).not.toContain(path);
    }
  });
});
