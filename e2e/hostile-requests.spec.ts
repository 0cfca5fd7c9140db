/**
 * Requests no browser sends, against the production server: every server action posted to every page
 * that does not hold it (Next.js forwards those to the page that does), malformed paths, bodies React's
 * decoder cannot read, mismatched origins. Each gets a clear 4xx, and the server keeps serving.
 */
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { demoArticlePath, newestDemoArticle } from './support/demo';
import { E2E_PORT } from './support/env';
import {
  addressOfRoute,
  buildActions,
  multipartBody,
  postAction as postActionTo,
  sendRaw,
  undecodableActionArguments,
  undecodablePaths,
  type RawAnswer,
} from './support/hostile';
import { staff } from './support/staff';
import { acceptsWrites } from '../lib/reserved-paths';

const ownHost = `localhost:${E2E_PORT}`;
const send = (method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer) =>
  sendRaw(E2E_PORT, method, target, headers, body);
const postAction = (target: string, actionId: string, fields: Array<[string, string]>, headers: Record<string, string> = {}) =>
  postActionTo(E2E_PORT, target, actionId, fields, headers);
const multipart = multipartBody;

async function expectServing() {
  expect((await send('GET', '/api/health')).status).toBe(200);
  expect((await send('GET', '/')).status).toBe(200);
}

const pages = [
  '/',
  '/login',
  '/setup',
  '/search',
  '/world',
  demoArticlePath(newestDemoArticle()),
  '/tag/no-such-tag',
  '/author/no-such-author',
  '/editor',
  '/editor/users',
  '/editor/articles/1',
  '/no-such-page',
  '/favicon.svg',
  '/feed.xml',
  '/api/health',
];

test.describe.configure({ mode: 'serial' });

test('every server action posted to every page that does not hold it, with and without Origin, gets a 4xx or an answer; the server keeps serving', async () => {
  test.setTimeout(240_000);
  const actions = buildActions();
  expect(actions.length).toBeGreaterThan(20);
  // Every page holding an action takes writes; reader pages answer them 405 before Next.js forwards anything.
  for (const action of actions)
    for (const route of action.pages) expect(acceptsWrites(addressOfRoute(route)), `${action.name} on ${route}`).toBe(true);
  const failures: string[] = [];
  for (const action of actions) {
    const holders = new Set(action.pages.map(addressOfRoute));
    for (const page of pages.filter((candidate) => !holders.has(candidate))) {
      for (const origin of [undefined, `http://${ownHost}`]) {
        // The body the red team used: React's reference to an (empty) form.
        const answer = await postAction(page, action.id, [['0', '["$K1"]']], origin ? { origin } : {});
        if (answer.status >= 500) failures.push(`${answer.status} ${action.name} → ${page}${origin ? ' (Origin)' : ''}`);
      }
    }
    await expectServing();
  }
  expect(failures).toEqual([]);
});

test('malformed addresses, action bodies and origins each get a clear 4xx, and the server keeps serving', async () => {
  test.setTimeout(120_000);
  const signIn = buildActions().find((action) => action.name === 'signInAction');
  expect(signIn).toBeDefined();
  const id = signIn?.id ?? '';
  const cases: Array<{ name: string; run: () => Promise<RawAnswer>; expected: number }> = [
    ...undecodablePaths.map((target) => ({
      name: `GET ${target}`,
      run: () => send('GET', target),
      expected: 400,
    })),
    ...undecodableActionArguments.flatMap((root) => [
      { name: `multipart action ${root.slice(0, 24)}`, run: () => postAction('/login', id, [['0', root]]), expected: 400 },
      {
        name: `JSON action ${root.slice(0, 24)}`,
        run: () => send('POST', '/login', { 'content-type': 'text/plain;charset=UTF-8', 'next-action': id }, root),
        expected: 400,
      },
    ]),
    {
      name: 'a form posted without JavaScript whose bound arguments are missing',
      run: () => {
        const { body, contentType } = multipart([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
        ]);
        return send('POST', '/login', { 'content-type': contentType }, body);
      },
      expected: 400,
    },
    {
      name: 'a form posted without JavaScript whose bound arguments hold a server reference',
      run: () => {
        const { body, contentType } = multipart([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
          ['$ACTION_1:1', '["$F2"]'],
        ]);
        return send('POST', '/login', { 'content-type': contentType }, body);
      },
      expected: 400,
    },
    {
      name: 'an action whose Origin is another name for this host',
      run: () =>
        send(
          'POST',
          '/login',
          { host: `127.0.0.1:${E2E_PORT}`, origin: `http://localhost:${E2E_PORT}`, 'next-action': id, 'content-type': 'text/plain' },
          '[]',
        ),
      expected: 403,
    },
    ...[
      '/favicon.svg',
      '/favicon.svgx',
      '/_next/staticx',
      '/_next/imagex',
      '/_next/static',
      '/_next/image',
      '/_next/image?url=%2Ffavicon.svg&w=64&q=75',
      '/_next/image/x',
    ].map((target) => ({
      name: `a cross-site action posted to ${target}`,
      run: () => postAction(target, id, [['0', '["$K1"]']], { origin: 'https://attacker.example' }),
      expected: 403,
    })),
    ...[
      ['TRACE', '/'],
      ['PROPFIND', '/'],
      ['PUT', '/favicon.svg'],
      ['DELETE', '/favicon.svg'],
    ].map(([method = '', target = '']) => ({ name: `${method} ${target}`, run: () => send(method, target), expected: 405 })),
    { name: 'OPTIONS /favicon.svg', run: () => send('OPTIONS', '/favicon.svg'), expected: 204 },
    { name: 'OPTIONS /world', run: () => send('OPTIONS', '/world'), expected: 204 },
    {
      name: 'POST /world (a reader page)',
      run: () => send('POST', '/world', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'),
      expected: 405,
    },
    // Node's own parser refuses methods it does not know.
    { name: 'TRACK /world', run: () => send('TRACK', '/world'), expected: 400 },
    {
      name: 'a streamed action body over the limit',
      run: () =>
        send(
          'POST',
          '/login',
          { 'content-type': 'text/plain', 'next-action': id, 'transfer-encoding': 'chunked' },
          Buffer.alloc(7 * 1024 * 1024, 0x61),
        ),
      expected: 413,
    },
    {
      name: 'a streamed body to a route handler',
      run: () =>
        send(
          'POST',
          '/api/auth/callback/credentials',
          { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
          'a=1',
        ),
      expected: 411,
    },
  ];
  const unexpected: string[] = [];
  for (const entry of cases) {
    const answer = await entry.run();
    if (answer.status !== entry.expected) unexpected.push(`${entry.name}: ${answer.status} (expected ${entry.expected})`);
  }
  expect(unexpected).toEqual([]);
  await expectServing();
});

/** Sends a request's head and part of its body, then goes away as a dropped connection does. */
function abandonMidBody(target: string, headers: Record<string, string>, partialBody: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(E2E_PORT, '127.0.0.1', () => {
      const head = Object.entries({ host: ownHost, ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(`POST ${target} HTTP/1.1\r\n${head.join('')}\r\n${partialBody}`);
      // Long enough for the server to start reading the body (and Next to forward an action); then gone.
      setTimeout(() => socket.destroy(), 150);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

test('clients that go away in the middle of a body never stop the server', async () => {
  test.setTimeout(120_000);
  const actions = buildActions();
  const signIn = actions.find((action) => action.name === 'signInAction');
  const forwarded = actions.find((action) => !action.pages.map(addressOfRoute).includes('/login'));
  expect(signIn).toBeDefined();
  expect(forwarded).toBeDefined();
  const { body, contentType } = multipart([['0', '["$K1"]']]);
  const partial = body.slice(0, Math.floor(body.length / 2));
  const origin = `http://${ownHost}`;
  const cases: Array<{ target: string; headers: Record<string, string>; partialBody: string }> = [];
  const framings: Array<Record<string, string>> = [{ 'content-length': String(body.length + 4096) }, { 'transfer-encoding': 'chunked' }];
  for (const framing of framings) {
    const chunked = 'transfer-encoding' in framing;
    const partialBody = chunked ? `${partial.length.toString(16)}\r\n${partial}\r\n` : partial;
    // The sign-in action on its own page and on reader pages, and an editor action that Next.js forwards
    // from the sign-in page to the page that holds it (the red team's request, cut short).
    const posts: Array<[string, string]> = [
      ...['/login', '/', '/world', demoArticlePath(newestDemoArticle())].map((target): [string, string] => [target, signIn?.id ?? '']),
      ['/login', forwarded?.id ?? ''],
    ];
    for (const [target, actionId] of posts)
      for (const withOrigin of [false, true])
        cases.push({
          target,
          headers: { ...framing, 'content-type': contentType, 'next-action': actionId, ...(withOrigin ? { origin } : {}) },
          partialBody,
        });
    cases.push({
      target: '/api/auth/callback/credentials',
      headers: { ...framing, 'content-type': 'application/x-www-form-urlencoded', origin },
      partialBody: chunked ? '8\r\nemail=a%\r\n' : 'email=a%',
    });
  }
  for (const entry of cases) await abandonMidBody(entry.target, entry.headers, entry.partialBody);
  // All of them at once, as a page of hidden forms in a reader's browser would send them.
  await Promise.all(cases.map((entry) => abandonMidBody(entry.target, entry.headers, entry.partialBody)));
  await expectServing();
  expect((await postAction('/login', signIn?.id ?? '', [['0', '["$K1"]']], { origin })).status).toBeLessThan(500);
  await expectServing();
});

test('a sign-in return address that is not Latin-1 is carried percent-encoded, never as a broken header', async ({ page }) => {
  const login = await send('GET', `/login?next=${encodeURIComponent('/／／x')}`);
  expect(login.status).toBe(200);
  expect(login.body).toContain('value="/%EF%BC%8F%EF%BC%8Fx"');

  await page.goto(`/login?next=${encodeURIComponent('/editor?from=／／x')}`);
  await page.getByLabel('Email').fill(staff.returner.email);
  await page.getByLabel('Password').fill(staff.returner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor\?from=%EF%BC%8F%EF%BC%8Fx$/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
