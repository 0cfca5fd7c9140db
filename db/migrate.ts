import path from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { enableWriteAheadLog, getDb } from './index';

export const migrationsFolder = path.resolve(__dirname, 'migrations');

/** Applies every pending drizzle-kit migration. Safe to run on every start: applied ones are skipped. */
export async function runMigrations(): Promise<void> {
  await enableWriteAheadLog();
  await migrate(getDb(), { migrationsFolder });
}
