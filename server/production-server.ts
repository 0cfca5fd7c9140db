/**
 * The production HTTP server: `npm start` runs it from the project folder, and the standalone build
 * runs it as `.next/standalone/server.js`. Next.js answers requests; around it this server
 *
 * - answers repeats of a public page within a second from memory (server/response-memory-cache.ts),
 * - validates the configuration and applies pending migrations before it listens,
 * - writes one JSON line per request with a request id (X-Request-Id honoured or generated, passed to
 *   the application and returned to the client), and turns every console message into a JSON line
 *   carrying the id of the request it belongs to,
 * - on SIGTERM or SIGINT stops accepting connections, lets requests in flight finish (up to
 *   SHUTDOWN_TIMEOUT seconds), closes the database and exits 0 (1 when it had to cut requests off).
 *
 * It is bundled with esbuild (scripts/bundle-server.ts); `next` and native packages stay external.
 * Usage: node server.js [--dir APP_DIR]   (APP_DIR holds .next/ and db/migrations; default: this folder)
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import util from 'node:util';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { ConfigurationError, loadDatabaseConfig } from '../lib/config';
import { errorFields, logLine, type LogFields, type LogLevel } from '../lib/log';
import { isReadablePath, READ_METHODS, SERVED_METHODS } from '../lib/request-target';
import { loadServerConfig, resolveAuthSecret, validateConfiguration } from '../lib/server-config';
import { setForgetRememberedResponses } from '../lib/process-hooks.mjs';
import { ResponseMemoryCache } from './response-memory-cache';
import { RenderLanes, RenderQueue } from './render-queue';
import { releaseAbortReasonStacks } from './abort-reason-stacks';

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Fields every line written during a request carries. */
function contextFields(): LogFields {
  const store = requestContext.getStore();
  return store ? { requestId: store.requestId } : {};
}

function log(level: LogLevel, msg: string, fields: LogFields = {}) {
  logLine(level, msg, { ...contextFields(), ...fields });
}

/** Next.js and libraries log through console; make those lines JSON too, errors with their stack. */
function installJsonConsole() {
  const levels = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;
  for (const [method, level] of Object.entries(levels) as Array<[keyof typeof levels, LogLevel]>) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const rest = args.filter((arg) => arg !== error);
      const text = util.stripVTControlCharacters(util.format(...rest)).trim();
      // Next.js prefixes errors with a bare marker ("⨯"); the error's own message says more.
      const msg = /[\p{L}\p{N}]/u.test(text) ? text : (error?.message ?? text);
      log(level, msg, error ? errorFields(error) : {});
    };
  }
}

// Honour an id set by the proxy in front (nginx's $request_id, a load balancer's) when it looks like one.
const REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

function requestIdFor(request: http.IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function fail(error: unknown): never {
  if (error instanceof ConfigurationError) log('fatal', error.message);
  else log('fatal', 'could not start', errorFields(error));
  process.exit(1);
}

async function main() {
  installJsonConsole();
  const dir = path.resolve(argument('--dir') ?? __dirname);
  // Before Next.js and React load: both pick their production builds from NODE_ENV.
  Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

  validateConfiguration();
  const server = loadServerConfig();
  const database = loadDatabaseConfig();
  // Absolute, so the database is the one the operator meant whatever folder the server runs in.
  process.env.DATABASE_URL = database.url;
  const secret = resolveAuthSecret(server, database);
  process.env.AUTH_SECRET = secret.secret;
  if (secret.generatedAt)
    log('info', 'generated a session secret; set AUTH_SECRET to share one between instances', { file: secret.generatedAt });

  const migrations = await runMigrations(path.join(dir, 'db', 'migrations'));
  if (migrations.applied > 0) log('info', 'applied migrations', { count: migrations.applied });
  // The application opens its own connection on its first query.
  await closeDb();

  // The configuration the build was made with, as Next's own standalone server passes it: next.config.ts
  // is not read at run time (standalone has none).
  const buildFiles = path.join(dir, '.next', 'required-server-files.json');
  if (!fs.existsSync(buildFiles))
    throw new Error(`No production build in ${dir} (missing .next/required-server-files.json); run the build first`);
  const nextConfig = (JSON.parse(fs.readFileSync(buildFiles, 'utf8')) as { config: unknown }).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(nextConfig);
  process.chdir(dir);

  // Before Next is loaded, so every render's AbortControllers get it (see the module for the leak it stops).
  releaseAbortReasonStacks();
  const { default: next } = await import('next');
  // The hostname given to Next only names this server in the URLs it builds; the socket is bound below.
  // It must be `localhost`: the proxy's rewrites are built on `request.nextUrl`, which Next spells with
  // `localhost` for any loopback address, and a rewrite whose origin differs from this one is treated
  // as external and proxied over HTTP (to this server again, through the proxy again: a loop).
  const app = next({ dev: false, dir, hostname: 'localhost', port: server.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  // Repeats of a public page within a second are answered from memory (server/response-memory-cache.ts).
  const memoryCache = new ResponseMemoryCache();
  setForgetRememberedResponses(() => memoryCache.forget());

  // Renders wait their turn so pages the cache answers never wait behind them (server/render-queue.ts).
  const renderLanes = new RenderLanes();
  const renderQueue = new RenderQueue(server.maxRendersInFlight, server.maxRendersWaiting);

  const inFlight = new Set<http.ServerResponse>();
  let writesInFlight = 0;
  let shed = 0;
  let rendersRefused = 0;
  // One line a minute at most while requests are being refused, not one per refusal.
  setInterval(() => {
    if (shed > 0) log('warn', 'refused posts over the limit', { count: shed, maxWritesInFlight: server.maxWritesInFlight });
    if (rendersRefused > 0)
      log('warn', 'refused reads with the render queue full', { count: rendersRefused, maxRendersWaiting: server.maxRendersWaiting });
    shed = 0;
    rendersRefused = 0;
  }, 60_000).unref();
  let stopping = false;
  let drained: (() => void) | undefined;

  const httpServer = http.createServer((request, response) => {
    const requestId = requestIdFor(request);
    const started = process.hrtime.bigint();
    // Read now: Next.js adds its own x-forwarded-* headers to the request as it handles it.
    const forwardedFor = request.headers['x-forwarded-for'];
    const userAgent = request.headers['user-agent'];
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    if (stopping) response.setHeader('Connection', 'close');
    inFlight.add(response);
    // A client that goes away mid-body makes Node emit "aborted" on the request; with no listener that
    // would be an uncaught exception. The request's log line records it (aborted: true).
    const ignoreClientGone = () => undefined;
    request.on('error', ignoreClientGone);
    response.on('error', ignoreClientGone);
    let logged = false;
    let waitedMs = 0;
    const done = () => {
      inFlight.delete(response);
      if (!logged) {
        logged = true;
        logLine('info', 'request', {
          requestId,
          method: request.method,
          path: (request.url ?? '').slice(0, 2048),
          status: response.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          ...(response.writableFinished ? {} : { aborted: true }),
          ...(response.getHeader('X-Memory-Cache') ? { cache: 'memory' } : {}),
          ...(waitedMs > 0 ? { queuedMs: waitedMs } : {}),
          remoteAddress: request.socket.remoteAddress,
          ...(forwardedFor ? { forwardedFor } : {}),
          ...(userAgent ? { userAgent } : {}),
        });
      }
      if (stopping) {
        httpServer.closeIdleConnections();
        if (inFlight.size === 0) drained?.();
      }
    };
    response.once('finish', done);
    response.once('close', done);
    if (!SERVED_METHODS.has(request.method ?? '')) {
      response.writeHead(405, {
        Allow: [...SERVED_METHODS].join(', '),
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      response.end('This method is not allowed.\n');
      return;
    }
    // Posts are the expensive requests (a server action, a sign-in's password check) and the ones a
    // client can send faster than they are answered: past the limit they are refused at once, so they
    // can neither pile up in memory nor crowd out readers.
    if (!READ_METHODS.has(request.method ?? '')) {
      if (writesInFlight >= server.maxWritesInFlight) {
        shed++;
        response.writeHead(503, { 'Retry-After': '5', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end('The server is busy. Please try again in a few seconds.\n');
        return;
      }
      writesInFlight++;
      response.once('close', () => writesInFlight--);
    }
    if (!isReadablePath(request.url ?? '/')) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('The address is not valid: it has a broken percent-escape.\n');
      return;
    }
    const cacheKey = memoryCache.keyFor(request);
    if (cacheKey !== null && memoryCache.answer(cacheKey, response)) return;
    const pass = () => {
      // Another request may have rendered the same page while this one waited.
      if (cacheKey !== null) {
        if (memoryCache.answer(cacheKey, response)) return;
        memoryCache.remember(cacheKey, response);
      }
      requestContext.run({ requestId }, () => {
        handle(request, response).catch((error: unknown) => {
          log('error', 'request failed', errorFields(error));
          if (!response.headersSent) {
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          }
          response.end('Internal Server Error');
        });
      });
    };
    const laneKey = renderLanes.keyFor(request);
    if (laneKey === null) {
      pass();
      return;
    }
    response.once('finish', () => renderLanes.record(laneKey, response));
    if (renderLanes.isAnsweredFromCache(laneKey)) {
      pass();
      return;
    }
    const admission = renderQueue.admit(response, (waited) => {
      waitedMs = waited;
      pass();
    });
    if (admission === 'refused') {
      rendersRefused++;
      response.writeHead(503, { 'Retry-After': '5', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('The server is busy. Please try again in a few seconds.\n');
    }
  });
  httpServer.on('upgrade', (request, socket) => socket.destroy());
  httpServer.on('error', fail);

  async function shutdown(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal, inFlight: inFlight.size, timeoutSeconds: server.shutdownTimeoutSeconds });
    httpServer.close();
    httpServer.closeIdleConnections();
    for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    const finished = await new Promise<boolean>((resolve) => {
      if (inFlight.size === 0) return resolve(true);
      drained = () => resolve(true);
      setTimeout(() => resolve(false), server.shutdownTimeoutSeconds * 1000);
    });
    if (!finished) {
      log('warn', 'requests still in flight at the shutdown timeout were cut off', { inFlight: inFlight.size });
      httpServer.closeAllConnections();
    }
    await app.close().catch((error: unknown) => log('error', 'closing Next.js failed', errorFields(error)));
    await closeDb().catch((error: unknown) => log('error', 'closing the database failed', errorFields(error)));
    log('info', 'stopped', { exitCode: finished ? 0 : 1 });
    process.exit(finished ? 0 : 1);
  }
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));

  httpServer.listen(server.port, server.host, () => {
    const address = httpServer.address();
    log('info', 'listening', {
      port: typeof address === 'object' && address ? address.port : server.port,
      host: server.host ?? 'all interfaces',
      pid: process.pid,
      dir,
    });
  });
}

// One request's failure must never end the process for everyone: log it and keep serving. Start-up
// failures still end it (fail() above), so a server that cannot start says so and exits.
process.on('uncaughtException', (error) => log('error', 'uncaught exception', errorFields(error)));
process.on('unhandledRejection', (reason) => log('error', 'unhandled promise rejection', errorFields(reason)));

main().catch(fail);
