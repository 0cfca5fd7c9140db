import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatabaseConfig, loadSiteConfig, resolveDatabaseUrl } from '@/lib/config';

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
    expect(loadSiteConfig({})).toEqual({ siteName: 'Paradox', siteUrl: 'http://localhost:3000', port: 3000, seedDemo: true });
  });

  it('reads SITE_NAME, SITE_URL, PORT and SEED_DEMO', () => {
    expect(
      loadSiteConfig({ SITE_NAME: 'The Daily', SITE_URL: 'https://daily.example/', PORT: '8080', SEED_DEMO: '0' }),
    ).toEqual({ siteName: 'The Daily', siteUrl: 'https://daily.example', port: 8080, seedDemo: false });
  });

  it('refuses a bad port or URL with the variable named', () => {
    expect(() => loadSiteConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadSiteConfig({ SITE_URL: 'ftp://x' })).toThrow(/SITE_URL/);
  });
});
