/**
 * `npm run test:cluster`: two production instances from one build, on one shared database, behind nginx
 * with deploy/nginx/paradox.conf, all on loopback. An editor signs in at the first instance's /login and
 * publishes an article with an uploaded image in the editor (a real browser); the second instance must
 * show the article, its image and its section page within 2 seconds (polled directly, not through the
 * cache), the first instance's session must work on the second, and nginx must serve the article within
 * its stated cache lifetime without ever caching a signed-in page.
 *
 * Needs Debian's nginx-light (`apt-get install -y nginx-light`) and Chromium; installs nothing itself.
 * Ports: CLUSTER_PORT (default 3105) for nginx, the next two for the instances.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { closeDb } from '../db';
import { createAccountUnguarded } from '../newsroom/accounts';
import { bundleProductionServer, productionServerNodeArguments } from './bundle-server';
import { findChromium } from './chromium';
import { findNginx, NGINX_CACHE_LIFETIME_MS, writeNginxConfig } from './nginx-site';
import { ensureBuild, prepareDatabase, projectRoot } from './start';

const VISIBLE_WITHIN_MS = 2_000;
const nginxPort = Number(process.env.CLUSTER_PORT ?? 3105);
const instancePorts = [nginxPort + 1, nginxPort + 2] as const;
const editor = {
  email: 'cluster-editor@paradox.test',
  name: 'Clara Cluster',
  password: 'cluster-test-passphrase',
  role: 'editor' as const,
};
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const results: Array<{ ok: boolean; check: string; detail: string }> = [];
const children: ChildProcess[] = [];

function record(ok: boolean, check: string, detail: string) {
  results.push({ ok, check, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${check}${detail ? `  (${detail})` : ''}`);
}

async function waitForUrl(url: string, child?: ChildProcess, attempts = 600): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.text();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Polls until `probe` is true, sending no probe after the deadline. Returns when the successful probe
 * was sent (ms from `since`): what it saw was visible then, however long the page took to render.
 */
async function within(since: number, deadlineMs: number, probe: () => Promise<boolean>): Promise<number | undefined> {
  while (Date.now() - since <= deadlineMs) {
    const sent = Date.now() - since;
    try {
      if (await probe()) return sent;
    } catch {
      // keep polling until the deadline
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main() {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed: apt-get install -y nginx-light');
  const chromiumPath = findChromium();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-cluster-'));
  // nginx's workers run as an unprivileged user and write their cache and temp files here.
  fs.chmodSync(dir, 0o777);
  console.log(`Cluster test in ${dir}: nginx on ${nginxPort}, instances on ${instancePorts.join(' and ')}`);

  try {
    // One shared database, prepared once (migrations, demo newsroom) with one staff account.
    process.env.DATABASE_URL = `file:${path.join(dir, 'site.db')}`;
    process.env.SEED_DEMO = '1';
    await prepareDatabase();
    await createAccountUnguarded(editor, { via: 'cli' });
    await closeDb();

    ensureBuild();
    // Beside the build, where it finds next and the native packages (as npm start places it).
    const serverFile = path.join(projectRoot, '.next', 'production-server.js');
    await bundleProductionServer(serverFile);
    const shared = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'site.db')}`,
      AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
      SITE_URL: `http://127.0.0.1:${nginxPort}`,
      HOST: '127.0.0.1',
    };
    for (const port of instancePorts) {
      const log = fs.openSync(path.join(dir, `instance-${port}.log`), 'a');
      const child = spawn(process.execPath, [...productionServerNodeArguments(), serverFile, '--dir', projectRoot], {
        env: { ...shared, PORT: String(port) },
        stdio: ['ignore', log, log],
      });
      children.push(child);
    }
    await Promise.all(instancePorts.map((port, index) => waitForUrl(`http://127.0.0.1:${port}/api/health/ready`, children[index])));

    const nginxConf = writeNginxConfig({ dir, listenPort: nginxPort, upstreamPorts: instancePorts });
    const check = spawnSync(nginx, ['-t', '-c', nginxConf, '-p', dir], { encoding: 'utf8' });
    record(check.status === 0, 'nginx accepts deploy/nginx/paradox.conf', check.status === 0 ? '' : check.stderr.trim());
    if (check.status !== 0) return;
    const nginxProcess = spawn(nginx, ['-c', nginxConf, '-p', dir], { stdio: 'ignore' });
    children.push(nginxProcess);
    await waitForUrl(`http://127.0.0.1:${nginxPort}/api/health`, nginxProcess);

    const [first, second] = instancePorts.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    const viaNginx = `http://127.0.0.1:${nginxPort}`;

    // Instances in production are warm: load the pages checked below once, before the publish.
    for (const base of [second, viaNginx]) {
      for (const warm of ['/politics', '/', '/media/not-a-real-image-key']) await (await fetch(`${base}${warm}`)).text();
    }

    // Sign in and publish through the first instance, as an editor does.
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    let published: { path: string; section: string; image: string; title: string; at: number };
    let sessionCookie: string;
    try {
      const page = await browser.newPage({ baseURL: first });
      await page.goto('/login');
      await page.getByLabel('Email').fill(editor.email);
      await page.getByLabel('Password').fill(editor.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/editor$/);
      const title = `Cluster dispatch ${Date.now().toString(36)}`;
      await page.goto('/editor/articles/new');
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Category').selectOption({ label: 'Politics' });
      await page.getByLabel('Summary').fill('Published on one instance, read on the other.');
      await page.getByRole('textbox', { name: 'Body' }).click();
      await page.keyboard.type('Every instance reads the same database, so every reader sees this story.');
      await page.getByLabel('Featured image').setInputFiles({ name: 'lead.png', mimeType: 'image/png', buffer: png });
      await page.getByLabel('Image alt text').fill('A very small picture');
      const imageInput = page.locator('input[name="featuredImageUrl"]');
      await imageInput.waitFor({ state: 'attached' });
      await page.waitForFunction(() =>
        /^\/media\//.test((document.querySelector('input[name="featuredImageUrl"]') as HTMLInputElement | null)?.value ?? ''),
      );
      const image = (await imageInput.inputValue()).trim();
      const slug = await page.getByLabel('Slug').inputValue();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByRole('status').filter({ hasText: 'Published' }).first().waitFor();
      published = { path: `/politics/${slug}`, section: '/politics', image, title, at: Date.now() };
      const cookies = await page.context().cookies();
      const session = cookies.find((cookie) => /^(__Secure-)?authjs\.session-token/.test(cookie.name));
      if (!session) throw new Error('no session cookie after signing in');
      sessionCookie = `${session.name}=${session.value}`;
      record(true, 'an editor signs in at the first instance and publishes with an image', `${published.path}, image ${image}`);
    } finally {
      await browser.close();
    }

    // The second instance, asked directly: article, image and section page within 2 s of the publish.
    const sinceBase = published.at;
    const articleOk = async (base: string) => {
      const response = await fetch(`${base}${published.path}`);
      return response.ok && (await response.text()).includes(published.title);
    };
    const sectionOk = async (base: string) => {
      const response = await fetch(`${base}${published.section}`);
      return response.ok && (await response.text()).includes(published.title);
    };
    // The display image the upload was made into, as the instance that took the upload serves it.
    const displayImage = Buffer.from(await (await fetch(`${first}${published.image}`)).arrayBuffer());
    const imageOk = async (base: string) => {
      const response = await fetch(`${base}${published.image}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      return response.ok && response.headers.get('content-type') === 'image/png' && displayImage.length > 0 && bytes.equals(displayImage);
    };
    // The three are polled at once, so one slow page does not use up another's 2 s.
    const direct = await Promise.all(
      (
        [
          ['article page', articleOk],
          ['uploaded image', imageOk],
          ['section page', sectionOk],
        ] as const
      ).map(async ([name, probe]) => ({ name, sent: await within(sinceBase, VISIBLE_WITHIN_MS, () => probe(second)) })),
    );
    for (const { name, sent } of direct) {
      record(
        sent !== undefined,
        `the second instance shows the ${name} within 2 s`,
        sent !== undefined ? `seen by a request sent ${sent} ms after the publish` : 'not seen in time',
      );
    }

    // Through nginx: within the cache's stated lifetime on top of the 2 s.
    for (const [name, probe] of [
      ['article page', articleOk],
      ['section page', sectionOk],
      ['uploaded image', imageOk],
    ] as const) {
      const sent = await within(sinceBase, VISIBLE_WITHIN_MS + NGINX_CACHE_LIFETIME_MS, () => probe(viaNginx));
      record(
        sent !== undefined,
        `nginx serves the ${name} within 2 s + its 5 s cache lifetime`,
        sent !== undefined ? `request sent ${sent} ms after the publish` : 'not seen in time',
      );
    }

    // The session made on the first instance is accepted by the second (and through nginx).
    for (const [label, base] of [
      ['the second instance', second],
      ['nginx', viaNginx],
    ] as const) {
      const response = await fetch(`${base}/editor`, { headers: { cookie: sessionCookie }, redirect: 'manual' });
      const body = response.status === 200 ? await response.text() : '';
      record(
        response.status === 200 && body.includes(editor.name),
        `a session from the first instance opens the editor on ${label}`,
        `status ${response.status}`,
      );
    }
    const anonymous = await fetch(`${second}/editor`, { redirect: 'manual' });
    record(
      anonymous.status === 307 || anonymous.status === 302 || anonymous.status === 303,
      'without the session the second instance sends the editor to /login',
      `status ${anonymous.status}`,
    );

    // The editor pins the new story as the front page's lead on the first instance (the demo's lead is
    // pinned, so the newest story is not the lead until then); the second instance shows it within 2 s.
    const pinBrowser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    let pinnedAt = 0;
    try {
      const context = await pinBrowser.newContext({ baseURL: first });
      const [name, value] = sessionCookie.split(/=(.*)/s) as [string, string];
      await context.addCookies([{ name, value, url: first }]);
      const page = await context.newPage();
      await page.goto('/editor/front-page');
      const lead = page.getByRole('group', { name: 'Lead story' });
      await lead.getByLabel('Story').selectOption({ label: published.title });
      await lead.getByLabel('Until unpinned').check();
      await page.getByRole('button', { name: 'Save front page' }).click();
      await page.getByRole('status').filter({ hasText: 'Front page saved' }).first().waitFor();
      pinnedAt = Date.now();
    } finally {
      await pinBrowser.close();
    }
    // The second instance's front page leads with the pinned story within 2 s of the save.
    const leadOk = async (base: string) => {
      const html = await (await fetch(`${base}/`)).text();
      return /<article class="card card-lead">[\s\S]*?<\/article>/.exec(html)?.[0].includes(published.title) ?? false;
    };
    const leadSent = await within(pinnedAt, VISIBLE_WITHIN_MS, () => leadOk(second));
    record(
      leadSent !== undefined,
      'the second instance leads its front page with the story pinned on the first within 2 s',
      leadSent !== undefined ? `seen by a request sent ${leadSent} ms after the save` : 'not seen in time',
    );

    // nginx never stores a signed-in response: two signed-in requests for a public page both bypass it.
    const statuses: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${viaNginx}/`, { headers: { cookie: sessionCookie } });
      await response.text();
      statuses.push(response.headers.get('x-cache-status') ?? 'none');
    }
    record(
      statuses.every((status) => status === 'BYPASS'),
      'nginx bypasses its cache for a signed-in reader',
      statuses.join(', '),
    );
  } finally {
    await Promise.all(children.map(stop));
    workDir = dir;
  }
}

let workDir: string | undefined;

main()
  .catch((error: unknown) => {
    record(false, 'the cluster test ran to the end', error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => {
    const failed = results.filter((result) => !result.ok).length;
    if (workDir && failed === 0) fs.rmSync(workDir, { recursive: true, force: true });
    else if (workDir) console.log(`Logs kept in ${workDir}`);
    console.log(`\n${results.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 && results.length > 0 ? 0 : 1);
  });
