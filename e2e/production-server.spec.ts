/**
 * The production server as an operator runs it (the same bundle `npm start` and the standalone build
 * use), on its own port (E2E_PORT + 1) and its own new database: configuration check, migrations before
 * listening, health checks, request logs, and a clean stop on SIGTERM that lets a request in flight finish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from './support/env';

const projectRoot = path.resolve(__dirname, '..');
// Bundled by the e2e server's start (scripts/start.ts), from server/production-server.ts.
const serverFile = path.join(projectRoot, '.next', 'production-server.js');
const port = E2E_PORT + 1;
const base = `http://127.0.0.1:${port}`;

interface Running {
  child: ChildProcess;
  lines: () => Array<Record<string, unknown>>;
  output: () => string;
  exited: Promise<number | null>;
}

// Another working directory than the project's: the server must not depend on it.
function startServer(
  env: Record<string, string>,
  command: string[] = [serverFile, '--dir', projectRoot],
  cwd = os.tmpdir(),
  executable = process.execPath,
): Running {
  const child = spawn(executable, command, {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = () =>
    output.split('\n').flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
  return { child, lines, output: () => output, exited };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, running: Running): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const value = await probe();
    if (value !== undefined) return value;
    if (running.child.exitCode !== null) throw new Error(`server exited while waiting for ${what}:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}:\n${running.output()}`);
}

async function healthy(running: Running) {
  // Read the body too: the request is finished only then.
  await waitFor(
    '/api/health',
    () =>
      fetch(`${base}/api/health`).then(
        (response) => response.text().then(() => (response.ok ? true : undefined)),
        () => undefined,
      ),
    running,
  );
}

function temporaryDatabaseEnv() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-prod-'));
  return { dir, env: { DATABASE_URL: `file:${path.join(dir, 'site.db')}`, AUTH_SECRET: 'production-server-test-secret-0123456789abcdef' } };
}

test.describe.configure({ mode: 'serial' });

test('a malformed variable stops the server before it listens, naming the variable', async () => {
  const running = startServer({ SHUTDOWN_TIMEOUT: 'soon', DATABASE_URL: 'postgres://elsewhere' });
  expect(await running.exited).toBe(1);
  const fatal = running.lines().find((line) => line.level === 'fatal');
  expect(String(fatal?.msg)).toContain('SHUTDOWN_TIMEOUT');
  expect(String(fatal?.msg)).toContain('DATABASE_URL');
});

test('migrates a new database, answers health checks uncached, and logs each request as JSON with its id', async () => {
  const { dir, env } = temporaryDatabaseEnv();
  const running = startServer(env);
  try {
    await healthy(running);
    // Every start indexes, loads term statistics and stores missing term counts in the background (warmUpAfterStart).
    await waitFor('the start-up work', () => (/Term statistics loaded: \d+ terms/.test(running.output()) ? true : undefined), running);
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toMatchObject({ status: 'ready' });

    const traced = await fetch(`${base}/api/health`, { headers: { 'X-Request-Id': 'proxy-given-id-42' } });
    expect(traced.headers.get('x-request-id')).toBe('proxy-given-id-42');
    expect(traced.headers.get('cache-control')).toBe('no-store');
    const generated = await fetch(`${base}/no-such-page`);
    expect(generated.status).toBe(404);
    // Bound to a loopback address (HOST=127.0.0.1, as the systemd unit does), the proxy's rewrites stay
    // inside the server: the front page answers, and is not sent round in a redirect loop.
    const front = await fetch(`${base}/`, { redirect: 'manual' });
    expect(front.status).toBe(200);
    expect(await front.text()).toContain('No stories have been published yet');
    const generatedId = generated.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);

    const logged = await waitFor(
      'the request log lines',
      () => {
        const requests = running.lines().filter((line) => line.msg === 'request');
        const given = requests.find((line) => line.requestId === 'proxy-given-id-42');
        const missing = requests.find((line) => line.requestId === generatedId);
        return given && missing ? { given, missing } : undefined;
      },
      running,
    );
    expect(logged.given).toMatchObject({ level: 'info', method: 'GET', path: '/api/health', status: 200 });
    expect(logged.missing).toMatchObject({ path: '/no-such-page', status: 404 });
    expect(typeof logged.missing.durationMs).toBe('number');
  } finally {
    running.child.kill('SIGKILL');
    await running.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A sign-in form posted without JavaScript, whose body is held back until `release()`. Next.js must read
 * the whole body before it can answer, so the request stays in flight until then. `accepted` resolves
 * once the server has taken the request (it answered "100 Continue").
 */
function heldFormPost() {
  const boundary = 'paradox-test-boundary';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nsomeone@example.com\r\n--${boundary}--\r\n`;
  const request = http.request(`${base}/login`, {
    method: 'POST',
    headers: {
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': Buffer.byteLength(body),
      Expect: '100-continue',
    },
  });
  let released = false;
  const accepted = new Promise<void>((resolve, reject) => {
    request.once('continue', () => resolve());
    request.once('error', reject);
  });
  const response = new Promise<{ status: number; afterRelease: boolean }>((resolve, reject) => {
    request.once('response', (incoming) => {
      const afterRelease = released;
      incoming.resume();
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, afterRelease }));
    });
    request.once('error', reject);
  });
  request.flushHeaders();
  return {
    accepted,
    response,
    release: () => {
      released = true;
      request.end(body);
    },
  };
}

test('past MAX_WRITES_IN_FLIGHT, a post gets a 503 at once while readers are still served', async () => {
  const { dir, env } = temporaryDatabaseEnv();
  const running = startServer({ ...env, MAX_WRITES_IN_FLIGHT: '1' });
  try {
    await healthy(running);
    const held = heldFormPost();
    await held.accepted;
    const refused = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ email: 'x@example.com' }) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await fetch(`${base}/login`)).status).toBe(200);
    held.release();
    expect((await held.response).status).toBeLessThan(500);
    // The slot is free again.
    const next = heldFormPost();
    await next.accepted;
    next.release();
    expect((await next.response).status).toBeLessThan(500);
  } finally {
    running.child.kill('SIGKILL');
    await running.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('renders take turns: past MAX_RENDERS_WAITING a render gets a 503, while cached pages and health checks never wait', async () => {
  const { dir, env } = temporaryDatabaseEnv();
  const running = startServer({ ...env, MAX_RENDERS_IN_FLIGHT: '1', MAX_RENDERS_WAITING: '0' });
  try {
    await healthy(running);
    // The front page's second answer comes from a cache, so it is known as a page that needs no render.
    for (let visit = 0; visit < 2; visit++) expect((await fetch(`${base}/`)).status).toBe(200);
    // Distinct searches arriving together: one renders, and with no room to wait the others are refused,
    // made-up session cookie or not (anyone can send one).
    const searches = Array.from({ length: 12 }, (_, index) =>
      fetch(`${base}/search?q=harbour${index}`, index % 2 ? { headers: { cookie: 'authjs.session-token=made-up' } } : {}),
    );
    const front = fetch(`${base}/`);
    const health = fetch(`${base}/api/health`);
    const answers = await Promise.all(searches);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.filter((_, index) => index % 2).some((status) => status === 503)).toBe(true);
    const refused = answers.find((answer) => answer.status === 503);
    expect(refused?.headers.get('retry-after')).toBe('5');
    expect(await refused?.text()).toContain('busy');
    expect((await front).status).toBe(200);
    expect((await health).status).toBe(200);
  } finally {
    running.child.kill('SIGKILL');
    await running.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const launchers = [
  { name: 'the production server (as in the standalone build)', command: [serverFile, '--dir', projectRoot], cwd: os.tmpdir() },
  {
    name: 'scripts/start.ts (which runs the production server)',
    command: ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'],
    cwd: projectRoot,
  },
  // The README's command, signalled as a process manager would signal it: npm runs the script through
  // `sh -c`, which passes no signal on unless the script execs its process.
  { name: 'npm start, the README’s command,', command: ['start'], cwd: projectRoot, executable: npmExecutable() },
];

/** npm as the README's reader runs it: the npm that runs these tests, or the one on PATH. */
function npmExecutable(): string {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

for (const launcher of launchers) {
  test(`on SIGTERM, ${launcher.name} stops accepting, finishes the request in flight, and exits 0`, async () => {
    const { dir, env } = temporaryDatabaseEnv();
    const running = startServer(env, launcher.command, launcher.cwd, launcher.executable);
    let serverPid = 0;
    try {
      await healthy(running);
      const listening = running.lines().find((line) => line.msg === 'listening');
      serverPid = Number(listening?.pid);
      expect(serverPid, running.output()).toBeGreaterThan(0);
      const held = heldFormPost();
      await held.accepted;

      running.child.kill('SIGTERM');
      const stopping = await waitFor('the shutdown to begin', () => running.lines().find((line) => line.msg === 'shutting down'), running);
      expect(stopping.inFlight, running.output()).toBe(1);
      // New connections are refused from now on.
      await expect(fetch(`${base}/api/health`)).rejects.toThrow();

      held.release();
      const response = await held.response;
      // A complete answer, given after the body arrived (a post that names no action is refused with 400).
      expect(response.afterRelease).toBe(true);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(500);

      expect(await running.exited).toBe(0);
      expect(running.lines().find((line) => line.msg === 'stopped')).toMatchObject({ exitCode: 0 });
      expect(running.lines().find((line) => line.msg === 'request' && line.path === '/login' && line.method === 'POST')).toBeTruthy();
      // Nothing is left behind: the server process is gone and its port is free.
      await expect.poll(() => isRunning(serverPid)).toBe(false);
      await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    } finally {
      // Whatever happened, no server is left on the port for the tests after this one.
      if (serverPid > 0 && isRunning(serverPid)) process.kill(serverPid, 'SIGKILL');
      if (running.child.exitCode === null) running.child.kill('SIGKILL');
      await running.exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
