import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Points the data layer at a new, empty database file for this test file and applies the migrations.
 * Call before importing any module that queries.
 */
export async function useTemporaryDatabase(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-test-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'site.db')}`;
  const { runMigrations } = await import('../../db/migrate');
  await runMigrations();
  return {
    dir,
    cleanup: async () => {
      const { closeDb } = await import('../../db');
      await closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
