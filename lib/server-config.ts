import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  ConfigurationError,
  loadDatabaseConfig,
  loadMediaConfig,
  loadProxyConfig,
  loadSessionConfig,
  loadSiteConfig,
  parseOrExit,
  type DatabaseConfig,
  type Environment,
} from './config';
import { passwordSchema } from './passwords';

/**
 * Configuration of the server process itself (where it listens, how it stops, its signing secret and the
 * first administrator). Read by `npm start` and by the production server, never by pages.
 */

const serverSchema = z
  .object({
    // Not HOSTNAME: Docker sets that to the container's id.
    HOST: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or ::')
      .optional(),
    SHUTDOWN_TIMEOUT: z.coerce.number().positive().max(600).default(10),
    MAX_WRITES_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
    MAX_RENDERS_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).optional(),
    MAX_RENDERS_WAITING: z.coerce.number().int().min(0).max(100_000).default(256),
    AUTH_SECRET: z.string().trim().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
    ADMIN_EMAIL: z.email('must be an email address').optional(),
    ADMIN_PASSWORD: passwordSchema.optional(),
    ADMIN_NAME: z.string().trim().min(1).max(100).default('Administrator'),
  })
  .superRefine((value, context) => {
    if (value.ADMIN_EMAIL && !value.ADMIN_PASSWORD) {
      context.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'is required when ADMIN_EMAIL is set' });
    }
    if (value.ADMIN_PASSWORD && !value.ADMIN_EMAIL) {
      context.addIssue({ code: 'custom', path: ['ADMIN_EMAIL'], message: 'is required when ADMIN_PASSWORD is set' });
    }
  });

export interface ServerConfig {
  /** Address to listen on; undefined means every interface. */
  host: string | undefined;
  port: number;
  /** Seconds to let requests in flight finish after SIGTERM before closing them. */
  shutdownTimeoutSeconds: number;
  /** Requests other than GET, HEAD and OPTIONS being answered at once; more get a 503 (readers' pages never wait behind them). */
  maxWritesInFlight: number;
  /** Reads that may render (not answered from the page cache) being rendered at once; the rest wait their turn (server/render-queue.ts). */
  maxRendersInFlight: number;
  /** Reads waiting for a render; more get a 503. */
  maxRendersWaiting: number;
  authSecret: string | undefined;
  admin: { email: string; password: string; name: string } | undefined;
}

export function loadServerConfig(env: Environment = process.env): ServerConfig {
  const parsed = parseOrExit(serverSchema, env);
  const { port } = loadSiteConfig(env);
  // A file database answers on the render's own thread, so a second render at once only interleaves
  // with the first; a database over the network leaves the process idle while it answers.
  const rendersByDefault = loadDatabaseConfig(env).filePath ? 1 : 4;
  return {
    host: parsed.HOST,
    port,
    shutdownTimeoutSeconds: parsed.SHUTDOWN_TIMEOUT,
    maxWritesInFlight: parsed.MAX_WRITES_IN_FLIGHT,
    maxRendersInFlight: parsed.MAX_RENDERS_IN_FLIGHT ?? rendersByDefault,
    maxRendersWaiting: parsed.MAX_RENDERS_WAITING,
    authSecret: parsed.AUTH_SECRET,
    admin:
      parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD
        ? { email: parsed.ADMIN_EMAIL, password: parsed.ADMIN_PASSWORD, name: parsed.ADMIN_NAME }
        : undefined,
  };
}

/**
 * Checks every variable at once, so an operator sees all mistakes in one go. Throws a
 * ConfigurationError naming each bad variable.
 */
export function validateConfiguration(env: Environment = process.env): void {
  const problems: string[] = [];
  for (const load of [loadDatabaseConfig, loadSiteConfig, loadProxyConfig, loadSessionConfig, loadMediaConfig, loadServerConfig]) {
    try {
      load(env);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error.message.replace(/^Invalid configuration: /, ''));
    }
  }
  if (problems.length > 0) throw new ConfigurationError(`Invalid configuration: ${[...new Set(problems)].join('; ')}`);
}

/**
 * Auth.js signs sessions with AUTH_SECRET. When none is set and the database is a local file, one is
 * generated on first start and kept beside the database (`auth-secret`), so sessions survive restarts.
 * Instances on a shared server database must be given the same secret, so there it is required.
 */
export function resolveAuthSecret(server: ServerConfig, database: DatabaseConfig): { secret: string; generatedAt?: string } {
  if (server.authSecret) return { secret: server.authSecret };
  if (!database.filePath || database.sync) {
    throw new ConfigurationError(
      'Invalid configuration: AUTH_SECRET: is required when the database is a libSQL server or a replica (every instance must use the same one)',
    );
  }
  const file = path.join(path.dirname(database.filePath), 'auth-secret');
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return { secret: stored };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generatedAt: file };
}
