import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from './index';
import journal from '@/db/migrations/meta/_journal.json';

export type Readiness =
  { ready: true; migrations: number } | { ready: false; reason: 'database unreachable' | 'migrations pending'; pending?: number };

/** The newest migration this build ships, by drizzle-kit's timestamp (what drizzle records as created_at). */
const shippedMigrations = journal.entries.map((entry) => entry.when);

/** Ready when the database answers and every migration this build ships is recorded as applied. */
export async function checkReadiness(): Promise<Readiness> {
  let newestApplied: number | null;
  try {
    const row = await getDb().get<{ newest: number | null }>(sql`select max(created_at) as newest from __drizzle_migrations`);
    newestApplied = row?.newest == null ? null : Number(row.newest);
  } catch (error) {
    // A missing migrations table means a new, unmigrated database; anything else, no database at all.
    if (/no such table/i.test(String(error instanceof Error && error.cause instanceof Error ? error.cause.message : error))) {
      return { ready: false, reason: 'migrations pending', pending: shippedMigrations.length };
    }
    console.error('Readiness check: the database did not answer', error);
    return { ready: false, reason: 'database unreachable' };
  }
  const pending = shippedMigrations.filter((when) => newestApplied === null || newestApplied < when).length;
  return pending === 0 ? { ready: true, migrations: shippedMigrations.length } : { ready: false, reason: 'migrations pending', pending };
}
