import path from 'node:path';
import { z } from 'zod';
import { canonicalLanguage, canonicalTimeZone, DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE, languageMessage, timeZoneMessage } from './site-time';

/**
 * Configuration comes from the environment only. Every variable is documented in `.env.example`.
 * Invalid values stop the process with a message naming the variable.
 */

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((value) => !['0', 'false', 'no', 'off'].includes(value));

const databaseSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .min(1)
      .default('file:./data/site.db')
      .refine((url) => /^(file:|libsql:|https?:|wss?:)/.test(url), {
        message: 'must start with file:, libsql:, http(s): or ws(s):',
      }),
    DATABASE_AUTH_TOKEN: z.string().trim().optional(),
    // Embedded replica: DATABASE_URL is then the local file: replica of this primary.
    DATABASE_SYNC_URL: z
      .string()
      .trim()
      .refine((url) => /^(libsql:|https?:|wss?:)/.test(url), { message: 'must start with libsql:, http(s): or ws(s):' })
      .optional(),
    DATABASE_SYNC_INTERVAL: z.coerce.number().positive().max(3600).optional(),
  })
  .superRefine((value, context) => {
    if (value.DATABASE_SYNC_URL && !value.DATABASE_URL.startsWith('file:')) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'must be a file: URL (the local replica) when DATABASE_SYNC_URL is set',
      });
    }
    if (value.DATABASE_SYNC_INTERVAL !== undefined && !value.DATABASE_SYNC_URL) {
      context.addIssue({ code: 'custom', path: ['DATABASE_SYNC_INTERVAL'], message: 'only applies with DATABASE_SYNC_URL' });
    }
  });

const siteSchema = z.object({
  SITE_NAME: z.string().trim().min(1).max(80).default('Paradox'),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SEED_DEMO: booleanFlag.default(true),
  // The site's zone and language until an administrator picks others in Settings.
  TIME_ZONE: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .transform(
      (name, context) => canonicalTimeZone(name) ?? (context.addIssue({ code: 'custom', message: timeZoneMessage(name) }), z.NEVER),
    ),
  SITE_LANGUAGE: z
    .string()
    .default(DEFAULT_LANGUAGE)
    .transform((tag, context) => canonicalLanguage(tag) ?? (context.addIssue({ code: 'custom', message: languageMessage(tag) }), z.NEVER)),
});

export interface DatabaseConfig {
  /** A libSQL URL; `file:` URLs are always absolute. */
  url: string;
  authToken: string | undefined;
  /** Absolute path of the database file, when the database is a local file. */
  filePath: string | undefined;
  /** Embedded replica: the primary this local file copies, and how often (seconds) it pulls changes. */
  sync: { url: string; intervalSeconds: number } | undefined;
}

export interface SiteConfig {
  siteName: string;
  /** Absolute origin without a trailing slash, e.g. https://news.example.com */
  siteUrl: string;
  port: number;
  seedDemo: boolean;
  /** IANA zone the site's dates are in before an administrator sets one (TIME_ZONE). */
  defaultTimeZone: string;
  /** BCP 47 tag of the site's language before an administrator sets one (SITE_LANGUAGE). */
  defaultLanguage: string;
}

/** Environment variables as read from process.env or a test's plain object. */
export type Environment = Record<string, string | undefined>;

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
}

/** Thrown for configuration a person must fix; `npm start` and the server print it and exit. */
export class ConfigurationError extends Error {}

export function parseOrExit<T extends z.ZodType>(schema: T, env: Environment): z.infer<T> {
  // Empty strings count as unset so `VAR=` in an .env file falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigurationError(`Invalid configuration: ${formatIssues(result.error)}`);
  }
  return result.data;
}

/** Resolves a `file:` URL against `baseDir` so it keeps pointing at the same file whatever the cwd. */
export function resolveDatabaseUrl(url: string, baseDir: string = process.cwd()): { url: string; filePath?: string } {
  if (!url.startsWith('file:')) return { url };
  const rest = url.slice('file:'.length);
  const [rawPath = '', query] = rest.split('?', 2);
  const filePath = path.resolve(baseDir, decodeURIComponent(rawPath.replace(/^\/\/(?=\/)/, '')));
  return { url: `file:${filePath}${query ? `?${query}` : ''}`, filePath };
}

export function loadDatabaseConfig(env: Environment = process.env): DatabaseConfig {
  const parsed = parseOrExit(databaseSchema, env);
  const resolved = resolveDatabaseUrl(parsed.DATABASE_URL);
  // A replica pulls every second by default, so other instances' publishes show within the 2 s promise.
  const sync = parsed.DATABASE_SYNC_URL
    ? { url: parsed.DATABASE_SYNC_URL, intervalSeconds: parsed.DATABASE_SYNC_INTERVAL ?? 1 }
    : undefined;
  return { url: resolved.url, filePath: resolved.filePath, authToken: parsed.DATABASE_AUTH_TOKEN || undefined, sync };
}

export function loadSiteConfig(env: Environment = process.env): SiteConfig {
  const parsed = parseOrExit(siteSchema, env);
  const siteUrl = (parsed.SITE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, '');
  return {
    siteName: parsed.SITE_NAME,
    siteUrl,
    port: parsed.PORT,
    seedDemo: parsed.SEED_DEMO,
    defaultTimeZone: parsed.TIME_ZONE,
    defaultLanguage: parsed.SITE_LANGUAGE,
  };
}

const proxySchema = z.object({
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export interface ProxyConfig {
  /**
   * Proxies in front of the one nearest the server whose X-Forwarded-For entries to skip: the client's
   * address is the entry this many places from the right (0: the last entry, as nginx appends it).
   */
  trustedProxyHops: number;
}

export function loadProxyConfig(env: Environment = process.env): ProxyConfig {
  return { trustedProxyHops: parseOrExit(proxySchema, env).TRUSTED_PROXY_HOPS };
}

const sessionSchema = z
  .object({
    SESSION_IDLE_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 366)
      .default(12),
    SESSION_MAX_DAYS: z.coerce.number().positive().max(366).default(14),
  })
  .superRefine((value, context) => {
    if (value.SESSION_IDLE_HOURS > value.SESSION_MAX_DAYS * 24) {
      context.addIssue({ code: 'custom', path: ['SESSION_IDLE_HOURS'], message: 'must not be longer than SESSION_MAX_DAYS' });
    }
  });

export interface SessionConfig {
  /** A staff session unused this long ends. */
  idleMs: number;
  /** A staff session ends this long after sign-in, however busy. */
  maxAgeMs: number;
}

export function loadSessionConfig(env: Environment = process.env): SessionConfig {
  const parsed = parseOrExit(sessionSchema, env);
  return { idleMs: Math.round(parsed.SESSION_IDLE_HOURS * 3_600_000), maxAgeMs: Math.round(parsed.SESSION_MAX_DAYS * 86_400_000) };
}

/** An origin images may be shown from: scheme, host and port only. */
function imageOrigin(value: string): string | null {
  if (!/^https?:\/\/[^/?#*\s]+\/?$/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.username || url.password || !url.hostname ? null : url.origin;
  } catch {
    return null;
  }
}

const mediaSchema = z.object({
  // Spaces or commas between origins; never a wildcard.
  REMOTE_IMAGE_ORIGINS: z
    .string()
    .default('')
    .transform((value, context) => {
      const origins: string[] = [];
      for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
        const origin = imageOrigin(entry);
        if (!origin) {
          context.addIssue({
            code: 'custom',
            message: entry.includes('*')
              ? `“${entry}”: wildcards are not allowed, list each origin`
              : `“${entry}” is not an origin like https://old.example.com (scheme and host, no path)`,
          });
          return z.NEVER;
        }
        if (!origins.includes(origin)) origins.push(origin);
      }
      return origins;
    }),
  EMBED_PREVIEWS: booleanFlag.default(true),
});

export interface MediaConfig {
  /**
   * Origins outside the site that article images may be shown from (the img-src of every page): an
   * import's `--keep-remote-images` leaves pictures there. Empty by default: images come from the site only.
   */
  remoteImageOrigins: string[];
  /** Whether inserting an embed fetches its title and poster from the provider (off: no request leaves the server). */
  embedPreviews: boolean;
}

export function loadMediaConfig(env: Environment = process.env): MediaConfig {
  const parsed = parseOrExit(mediaSchema, env);
  return { remoteImageOrigins: parsed.REMOTE_IMAGE_ORIGINS, embedPreviews: parsed.EMBED_PREVIEWS };
}
