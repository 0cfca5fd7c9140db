/**
 * Accounts: an invitation link makes one account and is refused the second time; first-run setup opens
 * only with the token the start prints (a production server of its own on E2E_PORT + 3, its own database).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from './support/env';
import { signIn } from './support/sign-in';
import { staff } from './support/staff';

const projectRoot = path.resolve(__dirname, '..');

test('an invitation link sets up the invitee’s own account once and is refused the second time', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signIn(admin, staff.admin);
  await admin.goto('/editor/users');
  const email = `invited-${Date.now().toString(36)}@e2e.test`;
  const invite = admin.locator('form.invite-form');
  await invite.getByLabel('Their email').fill(email);
  await invite.getByLabel('Their role').selectOption('author');
  await invite.getByRole('button', { name: 'Make an invitation link' }).click();
  const linkField = admin.getByLabel('Invitation link');
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expect(admin.getByRole('cell', { name: email, exact: true })).toBeVisible();

  // The invitee, in a browser of their own with no session.
  const invitee = await browser.newContext();
  const page = await invitee.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Join the newsroom' })).toBeVisible();
  await expect(page.getByText('You are invited as an author.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Your name').fill('Ines Invitee');
  await page.getByLabel('Password', { exact: true }).fill('ines-own-long-passphrase');
  await page.getByLabel('Confirm password').fill('ines-own-long-passphrase');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/editor$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  // The same link again, from anywhere: refused, and it makes nothing.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  await expect(second.getByRole('heading', { level: 1, name: 'This invitation link does not work' })).toBeVisible();
  await expect(second.getByRole('alert').filter({ hasText: 'already been used' })).toBeVisible();
  await expect(second.getByLabel('Your name')).toHaveCount(0);

  // The audit log says it in words, linking to the new account.
  await admin.goto('/editor/audit?action=user.acceptInvite');
  const row = admin.getByRole('row', { name: /Ines Invitee joined from an invitation/ });
  await expect(row).toBeVisible();
  await admin.goto('/editor/audit?action=user.invite');
  await expect(admin.getByRole('row', { name: new RegExp(`invited.*${email.replace(/\./g, '\\.')}`) }).first()).toBeVisible();
  await Promise.all([admin.close(), invitee.close(), second.context().close()]);
});

test('/setup is refused without the token the start printed, and creates the owner with it', async ({ browser }) => {
  test.setTimeout(240_000);
  const port = E2E_PORT + 3;
  const base = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-setup-'));
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'site.db')}`,
    AUTH_SECRET: 'setup-token-test-secret-0123456789abcdefghij',
    SEED_DEMO: '0',
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_URL: base,
  };
  delete (env as Record<string, string | undefined>).SETUP_TOKEN;
  delete (env as Record<string, string | undefined>).ADMIN_EMAIL;
  // What `npm start` and `npm run dev` do before serving: migrations, then the setup token while nobody owns the site.
  const printed = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/prepare-dev.ts'], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
  });
  const address = /http:\/\/localhost:\d+\/setup\?token=([A-Za-z0-9_-]{43})/.exec(printed);
  expect(address, printed).not.toBeNull();
  const token = address?.[1] ?? '';
  const tokenFile = path.join(dir, 'setup-token');
  expect(fs.readFileSync(tokenFile, 'utf8').trim()).toBe(token);
  expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);

  const server: ChildProcess = spawn(process.execPath, [path.join(projectRoot, '.next', 'production-server.js'), '--dir', projectRoot], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const context = await browser.newContext({ baseURL: base });
  try {
    await expect
      .poll(
        () =>
          fetch(`${base}/api/health`).then(
            (response) => response.text().then(() => response.ok),
            () => false,
          ),
        {
          timeout: 120_000,
          message: output,
        },
      )
      .toBe(true);
    const page = await context.newPage();
    await page.goto('/setup');
    await expect(page.getByRole('heading', { level: 1, name: 'Setup needs its address' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveCount(0);
    await page.goto('/setup?token=not-the-token');
    await expect(page.getByRole('alert').filter({ hasText: 'This setup token is not valid.' })).toBeVisible();
    await page.goto('/login');
    await expect(page.getByText('open the setup address that npm start printed')).toBeVisible();

    await page.goto(`/setup?token=${token}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Set up your newsroom' })).toBeVisible();
    await page.getByLabel('Name').fill('Olga Owner');
    await page.getByLabel('Email').fill('owner@setup.test');
    await page.getByLabel('Password', { exact: true }).fill('owner-long-passphrase');
    await page.getByLabel('Confirm password').fill('owner-long-passphrase');
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await expect(page).toHaveURL(/\/editor$/, { timeout: 30_000 });

    // Spent: the same address now opens nothing.
    const again = await (await browser.newContext({ baseURL: base })).newPage();
    await again.goto(`/setup?token=${token}`);
    await expect(again.getByRole('heading', { level: 1, name: 'Setup is complete' })).toBeVisible();
    await again.context().close();
  } finally {
    await context.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
