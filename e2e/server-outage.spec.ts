/**
 * The server stops while an editor is typing, then comes back: the form says the text is not saved yet,
 * keeps it, keeps trying, and saves it once the server answers again. A production server of its own
 * (E2E_PORT + 2) on its own database, stopped and restarted by the test, as e2e/production-server.spec.ts does.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from './support/env';

const projectRoot = path.resolve(__dirname, '..');
// Bundled by the e2e server's start (scripts/start.ts), from server/production-server.ts.
const serverFile = path.join(projectRoot, '.next', 'production-server.js');
const port = E2E_PORT + 2;
const base = `http://127.0.0.1:${port}`;
const admin = { email: 'outage@e2e.test', password: 'e2e-outage-passphrase' };

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(command: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, command, {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_URL: base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function healthy(running: Running) {
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (running.child.exitCode !== null) throw new Error(`the server exited:\n${running.output()}`);
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.text().then(() => response.ok),
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start:\n${running.output()}`);
}

async function stop(running: Running) {
  if (running.child.exitCode === null) running.child.kill('SIGTERM');
  await running.exited;
}

test('a save made while the server is down says so, keeps the text, and lands once the server is back', async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-outage-'));
  const env = {
    DATABASE_URL: `file:${path.join(dir, 'site.db')}`,
    AUTH_SECRET: 'server-outage-test-secret-0123456789abcdefgh',
    SEED_DEMO: '0',
  };
  // The database as the commands make it: the demo newsroom (for its sections), then an editor's account.
  const script = (file: string, ...args: string[]) =>
    execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
  script('scripts/db-seed.ts');
  script('scripts/user-create.ts', '--email', admin.email, '--name', 'Olive Outage', '--role', 'editor', '--password', admin.password);
  let running = start([serverFile, '--dir', projectRoot], env);
  const context = await browser.newContext({ baseURL: base });
  try {
    await healthy(running);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/editor$/, { timeout: 30_000 });

    await page.goto('/editor/articles/new');
    await page.getByLabel('Title').fill('Storm closes the causeway');
    await page.getByLabel('Category').selectOption({ label: 'World' });
    const editor = page.getByRole('textbox', { name: 'Body' });
    await editor.click();
    await page.keyboard.type('Before the outage.');
    await expect(page.locator('.save-state')).toHaveText('Saved');

    await stop(running);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed while the server was down.');
    const problem = page.getByRole('alert', { name: 'Connection problem' });
    await expect(problem).toBeVisible({ timeout: 20_000 });
    await expect(problem).toContainText('not saved yet');
    await expect(page.locator('.save-state')).toHaveText('Not saved yet');
    await expect(editor).toContainText('Typed while the server was down.');
    // It keeps trying, and the text stays, however long it takes.
    await page.keyboard.type(' And more.');
    await expect(problem).toContainText(/next try in \d+ s/);

    // Back, on the same database.
    running = start([serverFile, '--dir', projectRoot], env);
    await healthy(running);
    await expect(page.locator('.save-state')).toHaveText('Saved', { timeout: 40_000 });
    await expect(problem).toBeHidden();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Typed while the server was down. And more.');
  } finally {
    await context.close();
    await stop(running);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
