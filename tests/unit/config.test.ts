import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, loadDatabaseConfig, loadSessionConfig, loadSiteConfig, resolveDatabaseUrl } from '@/lib/config';
import { loadServerConfig, resolveAuthSecret, validateConfiguration } from '@/lib/server-config';

describe('database configuration', () => {
  it('defaults to an absolute file under data/', () => {
    const config = loadDatabaseConfig({});
    expect(config.filePath).toBe(path.resolve('data/site.db'));
    expect(config.url).toBe(`file:${path.resolve('data/site.db')}`);
  });

  it('resolves relative file URLs against the given folder', () => {
    expect(resolveDatabaseUrl('file:./x/y.db', '/srv/app')).toEqual({ url: 'file:/srv/app/x/y.db', filePath: '/srv/app/x/y.db' });
    expect(resolveDatabaseUrl('file:/abs/site.db', '/srv/app').filePath).toBe('/abs/site.db');
  });

  it('passes libSQL server URLs and tokens through', () => {
    const config = loadDatabaseConfig({ DATABASE_URL: 'libsql://news.example.turso.io', DATABASE_AUTH_TOKEN: 't0k' });
    expect(config).toEqual({ url: 'libsql://news.example.turso.io', authToken: 't0k', filePath: undefined });
  });

  it('names the variable when a value is malformed', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'postgres://nope' })).toThrow(/DATABASE_URL/);
  });
});

describe('site configuration', () => {
  it('has sensible defaults', () => {
    expect(loadSiteConfig({})).toEqual({
      siteName: 'Paradox',
      siteUrl: 'http://localhost:3000',
      port: 3000,
      seedDemo: true,
      defaultTimeZone: 'UTC',
      defaultLanguage: 'en-GB',
    });
  });

  it('reads SITE_NAME, SITE_URL, PORT and SEED_DEMO', () => {
    expect(loadSiteConfig({ SITE_NAME: 'The Daily', SITE_URL: 'https://daily.example/', PORT: '8080', SEED_DEMO: '0' })).toEqual({
      siteName: 'The Daily',
      siteUrl: 'https://daily.example',
      port: 8080,
      seedDemo: false,
      defaultTimeZone: 'UTC',
      defaultLanguage: 'en-GB',
    });
  });

  it('reads TIME_ZONE and SITE_LANGUAGE in their canonical spelling', () => {
    const config = loadSiteConfig({ TIME_ZONE: 'europe/berlin', SITE_LANGUAGE: 'DE-at' });
    expect(config.defaultTimeZone).toBe('Europe/Berlin');
    expect(config.defaultLanguage).toBe('de-AT');
  });

  it('refuses a zone or language that does not exist, naming the variable and saying what to use', () => {
    expect(() => loadSiteConfig({ TIME_ZONE: 'Europe/Berln' })).toThrow(
      /TIME_ZONE: “Europe\/Berln” is not a time zone name. Use an IANA name/,
    );
    expect(() => loadSiteConfig({ TIME_ZONE: 'CET+1; drop' })).toThrow(/TIME_ZONE/);
    expect(() => loadSiteConfig({ SITE_LANGUAGE: 'english!' })).toThrow(/SITE_LANGUAGE: “english!” is not a language tag/);
  });

  it('refuses a bad port or URL with the variable named', () => {
    expect(() => loadSiteConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadSiteConfig({ SITE_URL: 'ftp://x' })).toThrow(/SITE_URL/);
  });
});

describe('embedded replica configuration', () => {
  it('reads the primary and pulls every second by default', () => {
    const config = loadDatabaseConfig({
      DATABASE_URL: 'file:/srv/replica.db',
      DATABASE_SYNC_URL: 'libsql://news.example.turso.io',
      DATABASE_AUTH_TOKEN: 't',
    });
    expect(config.sync).toEqual({ url: 'libsql://news.example.turso.io', intervalSeconds: 1 });
    expect(
      loadDatabaseConfig({ DATABASE_URL: 'file:/r.db', DATABASE_SYNC_URL: 'https://db.example', DATABASE_SYNC_INTERVAL: '0.5' }).sync
        ?.intervalSeconds,
    ).toBe(0.5);
  });

  it('refuses a replica that is not a local file, and an interval without a primary', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'libsql://a.example', DATABASE_SYNC_URL: 'libsql://b.example' })).toThrow(
      /DATABASE_URL: must be a file: URL/,
    );
    expect(() => loadDatabaseConfig({ DATABASE_SYNC_INTERVAL: '5' })).toThrow(/DATABASE_SYNC_INTERVAL/);
    expect(() => loadDatabaseConfig({ DATABASE_SYNC_URL: 'ftp://x' })).toThrow(/DATABASE_SYNC_URL/);
  });
});

describe('server configuration', () => {
  it('has defaults: every interface, 10 s to finish requests, 32 posts at once, one render at once, no administrator', () => {
    expect(loadServerConfig({})).toEqual({
      host: undefined,
      port: 3000,
      shutdownTimeoutSeconds: 10,
      maxWritesInFlight: 32,
      maxRendersInFlight: 1,
      maxRendersWaiting: 256,
      authSecret: undefined,
      admin: undefined,
    });
    expect(() => loadServerConfig({ MAX_WRITES_IN_FLIGHT: '0' })).toThrow(/MAX_WRITES_IN_FLIGHT/);
    expect(() => loadServerConfig({ MAX_RENDERS_IN_FLIGHT: '0' })).toThrow(/MAX_RENDERS_IN_FLIGHT/);
    expect(() => loadServerConfig({ MAX_RENDERS_WAITING: 'many' })).toThrow(/MAX_RENDERS_WAITING/);
  });

  it('renders more at once by default when the database is a server over the network', () => {
    expect(loadServerConfig({ DATABASE_URL: 'libsql://news.example.turso.io', DATABASE_AUTH_TOKEN: 'token' }).maxRendersInFlight).toBe(4);
    expect(loadServerConfig({ DATABASE_URL: 'file:./site.db' }).maxRendersInFlight).toBe(1);
    expect(loadServerConfig({ DATABASE_URL: 'libsql://news.example.turso.io', MAX_RENDERS_IN_FLIGHT: '2' }).maxRendersInFlight).toBe(2);
  });

  it('names each malformed variable, all at once', () => {
    const check = () =>
      validateConfiguration({
        PORT: '99999',
        SHUTDOWN_TIMEOUT: 'soon',
        AUTH_SECRET: 'short',
        ADMIN_EMAIL: 'not-an-email',
        DATABASE_URL: 'mysql://x',
        HOST: 'a host',
      });
    expect(check).toThrow(ConfigurationError);
    for (const name of ['PORT', 'SHUTDOWN_TIMEOUT', 'AUTH_SECRET', 'ADMIN_EMAIL', 'DATABASE_URL', 'HOST'])
      expect(check).toThrow(new RegExp(`${name}:`));
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together, and a password the sign-in rules accept', () => {
    expect(() => validateConfiguration({ ADMIN_EMAIL: 'owner@example.com' })).toThrow(/ADMIN_PASSWORD: is required/);
    expect(() => validateConfiguration({ ADMIN_PASSWORD: 'a-long-passphrase' })).toThrow(/ADMIN_EMAIL: is required/);
    expect(() => validateConfiguration({ ADMIN_EMAIL: 'owner@example.com', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadServerConfig({ ADMIN_EMAIL: 'owner@example.com', ADMIN_PASSWORD: 'a-long-passphrase' }).admin).toEqual({
      email: 'owner@example.com',
      password: 'a-long-passphrase',
      name: 'Administrator',
    });
  });
});

describe('session lifetimes', () => {
  it('default to 12 hours idle and 14 days in all', () => {
    expect(loadSessionConfig({})).toEqual({ idleMs: 12 * 3_600_000, maxAgeMs: 14 * 86_400_000 });
  });

  it('read SESSION_IDLE_HOURS and SESSION_MAX_DAYS, fractions too', () => {
    expect(loadSessionConfig({ SESSION_IDLE_HOURS: '0.5', SESSION_MAX_DAYS: '7' })).toEqual({
      idleMs: 1_800_000,
      maxAgeMs: 7 * 86_400_000,
    });
  });

  it('refuse nonsense with the variable named, all at once with the rest', () => {
    expect(() => loadSessionConfig({ SESSION_IDLE_HOURS: '0' })).toThrow(/SESSION_IDLE_HOURS:/);
    expect(() => loadSessionConfig({ SESSION_MAX_DAYS: 'forever' })).toThrow(/SESSION_MAX_DAYS:/);
    expect(() => loadSessionConfig({ SESSION_IDLE_HOURS: '48', SESSION_MAX_DAYS: '1' })).toThrow(
      /SESSION_IDLE_HOURS: must not be longer than SESSION_MAX_DAYS/,
    );
    const check = () =>
      validateConfiguration({ SESSION_IDLE_HOURS: '-1', SESSION_MAX_DAYS: '1000', TRUSTED_PROXY_HOPS: 'many', PORT: '0' });
    for (const name of ['SESSION_IDLE_HOURS', 'SESSION_MAX_DAYS', 'TRUSTED_PROXY_HOPS', 'PORT'])
      expect(check).toThrow(new RegExp(`${name}:`));
  });
});

describe('session secret', () => {
  it('is generated once beside a local database and kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-secret-'));
    try {
      const database = loadDatabaseConfig({ DATABASE_URL: `file:${path.join(dir, 'site.db')}` });
      const first = resolveAuthSecret(loadServerConfig({}), database);
      expect(first.generatedAt).toBe(path.join(dir, 'auth-secret'));
      const second = resolveAuthSecret(loadServerConfig({}), database);
      expect(second).toEqual({ secret: first.secret });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('must be given when instances share a libSQL server', () => {
    const remote = loadDatabaseConfig({ DATABASE_URL: 'libsql://news.example.turso.io' });
    expect(() => resolveAuthSecret(loadServerConfig({}), remote)).toThrow(/AUTH_SECRET: is required/);
    const secret = 'x'.repeat(40);
    expect(resolveAuthSecret(loadServerConfig({ AUTH_SECRET: secret }), remote)).toEqual({ secret });
  });
});
