import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-health-'));
afterAll(async () => {
  const { closeDb } = await import('@/db');
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readiness', () => {
  it('is not ready on a database without migrations, and ready once they are applied', async () => {
    process.env.DATABASE_URL = `file:${path.join(dir, 'site.db')}`;
    const { checkReadiness } = await import('@/db/health');
    const before = await checkReadiness();
    expect(before).toMatchObject({ ready: false, reason: 'migrations pending' });

    const { runMigrations } = await import('@/db/migrate');
    await runMigrations();
    expect(await checkReadiness()).toMatchObject({ ready: true });
  }, 30_000);

  it('reports a database that cannot be opened as unreachable', async () => {
    const { closeDb } = await import('@/db');
    await closeDb();
    // A folder where the database file should be: SQLite cannot open it.
    const folder = path.join(dir, 'not-a-file.db');
    fs.mkdirSync(folder);
    process.env.DATABASE_URL = `file:${folder}`;
    const { checkReadiness } = await import('@/db/health');
    const error = console.error;
    console.error = () => undefined;
    try {
      expect(await checkReadiness()).toEqual({ ready: false, reason: 'database unreachable' });
    } finally {
      console.error = error;
    }
  }, 30_000);
});
