import path from 'node:path';
import type { Client } from '@libsql/client';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { enableWriteAheadLog, getPrimaryClient } from './index';

/** Where the SQL files are; the standalone server passes its own copy. */
export const migrationsFolder = path.resolve(__dirname, 'migrations');

/** drizzle's own bookkeeping table, so drizzle-kit and this runner agree on what is applied. */
const MIGRATIONS_TABLE = '__drizzle_migrations';
/**
 * One row per successful run, keyed by how many migrations were applied before it. Two instances that
 * start at once read the same count; the first to commit inserts the row and the other's insert fails,
 * rolling back its whole run, after which it finds nothing left to do.
 */
const GUARD_TABLE = 'paradox_migration_runs';

export interface MigrationPlan {
  /** Migrations already recorded in the database when the plan was made. */
  appliedCount: number;
  pending: MigrationMeta[];
}

async function ensureBookkeeping(client: Client): Promise<void> {
  await client.batch(
    [
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      `CREATE TABLE IF NOT EXISTS ${GUARD_TABLE} (applied_before INTEGER PRIMARY KEY, applied_after INTEGER NOT NULL, ran_at INTEGER NOT NULL)`,
    ],
    'write',
  );
}

/** What would be applied now (drizzle's rule: every migration newer than the newest one recorded). */
export async function planMigrations(client: Client = getPrimaryClient(), folder: string = migrationsFolder): Promise<MigrationPlan> {
  await ensureBookkeeping(client);
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  const { rows } = await client.execute(`SELECT count(*) AS applied, max(created_at) AS newest FROM ${MIGRATIONS_TABLE}`);
  const appliedCount = Number(rows[0]?.applied ?? 0);
  const newest = rows[0]?.newest == null ? null : Number(rows[0].newest);
  return { appliedCount, pending: migrations.filter((migration) => newest === null || newest < migration.folderMillis) };
}

function isGuardConflict(error: unknown): boolean {
  const text = `${error instanceof Error ? error.message : String(error)} ${error instanceof Error && error.cause instanceof Error ? error.cause.message : ''}`;
  return text.includes('UNIQUE constraint failed') && text.includes(GUARD_TABLE);
}

/**
 * Applies a plan in one transaction with foreign keys off (libSQL's `migrate`, as drizzle does), guarded
 * so it commits only if no other process applied migrations since the plan was made.
 * Returns false when another process won; nothing of this run was kept then.
 */
export async function applyMigrationPlan(plan: MigrationPlan, client: Client = getPrimaryClient()): Promise<boolean> {
  if (plan.pending.length === 0) return true;
  const statements = [
    {
      sql: `INSERT INTO ${GUARD_TABLE} (applied_before, applied_after, ran_at) VALUES (?, ?, ?)`,
      args: [plan.appliedCount, plan.appliedCount + plan.pending.length, Date.now()],
    },
    ...plan.pending.flatMap((migration) => [
      ...migration.sql.filter((statement) => statement.trim() !== '').map((statement) => ({ sql: statement, args: [] })),
      { sql: `INSERT INTO ${MIGRATIONS_TABLE} ("hash", "created_at") VALUES (?, ?)`, args: [migration.hash, migration.folderMillis] },
    ]),
  ];
  try {
    await client.migrate(statements);
    return true;
  } catch (error) {
    if (isGuardConflict(error)) return false;
    throw error;
  }
}

/**
 * Applies every pending drizzle-kit migration. Safe to run on every start, and from several instances
 * starting at once: exactly one applies each migration, the others wait for it and then find none left.
 */
export async function runMigrations(folder: string = migrationsFolder): Promise<{ applied: number }> {
  await enableWriteAheadLog();
  for (let attempt = 0; attempt < 5; attempt++) {
    const plan = await planMigrations(getPrimaryClient(), folder);
    if (await applyMigrationPlan(plan)) return { applied: plan.pending.length };
  }
  throw new Error('Migrations kept changing underneath this process; is another version of Paradox migrating the same database?');
}
