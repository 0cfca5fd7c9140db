import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { loadDatabaseConfig } from '@/lib/config';
import { closeDb, getPrimaryClient } from '@/db';
import { migrationsFolder, runMigrations } from '@/db/migrate';

/**
 * Backups and restores of a file database.
 *
 * A backup is `VACUUM INTO`: SQLite writes a compact copy from one read transaction, so it is
 * consistent while the site keeps serving and writing. A restore checks the file first (an SQLite
 * database that passes `PRAGMA integrity_check`, made by Paradox, by no newer version than this one),
 * keeps the current database beside it, then swaps the file in and brings it up to date with the
 * migrations. Restores need the site stopped (a running server would keep writing to the old file):
 * on Linux the restore refuses while another process has the database open.
 */

export class BackupError extends Error {}

export interface DatabaseFileReport {
  articles: number;
  users: number;
  migrations: number;
  bytes: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');
const REQUIRED_TABLES = ['users', 'articles', 'categories', 'revisions', 'audit_log', 'site_settings', '__drizzle_migrations'];

function fileDatabasePath(): string {
  const { filePath } = loadDatabaseConfig();
  if (!filePath) {
    throw new BackupError(
      'Backups and restores here are for file databases (DATABASE_URL=file:…). For a libSQL server or Turso, use its own backups.',
    );
  }
  return filePath;
}

function hasSqliteHeader(filePath: string): boolean {
  const handle = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(handle, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(handle);
  }
}

async function single(client: Client, sql: string): Promise<unknown> {
  const result = await client.execute(sql);
  return result.rows[0]?.[0];
}

/**
 * Checks that a file is a whole, uncorrupted Paradox database this version can use. Throws BackupError
 * saying what is wrong; never changes the file's content.
 */
export async function inspectDatabaseFile(filePath: string): Promise<DatabaseFileReport> {
  const absolute = path.resolve(filePath);
  if (!fs.existsSync(absolute)) throw new BackupError(`No such file: ${filePath}`);
  const stat = fs.statSync(absolute);
  if (!stat.isFile()) throw new BackupError(`Not a file: ${filePath}`);
  if (!hasSqliteHeader(absolute)) throw new BackupError(`${filePath} is not an SQLite database.`);

  const client = createClient({ url: `file:${absolute}` });
  try {
    let integrity: unknown;
    try {
      integrity = await single(client, 'PRAGMA integrity_check');
    } catch (error) {
      throw new BackupError(`${filePath} is damaged: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (integrity !== 'ok') throw new BackupError(`${filePath} is damaged: integrity check says “${String(integrity).slice(0, 200)}”.`);

    const tables = new Set((await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) => String(row[0])));
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) throw new BackupError(`${filePath} is not a Paradox database (it has no ${missing.join(', ')} table).`);

    const known = readMigrationFiles({ migrationsFolder }).map((migration) => migration.hash);
    const applied = (await client.execute('SELECT hash FROM __drizzle_migrations ORDER BY created_at')).rows.map((row) => String(row[0]));
    if (applied.length === 0 || applied[0] !== known[0])
      throw new BackupError(`${filePath} is not a Paradox database (its first migration is not Paradox's).`);
    const unknown = applied.filter((hash) => !known.includes(hash));
    if (unknown.length > 0)
      throw new BackupError(
        `${filePath} was made by a newer or different version of Paradox (${unknown.length} migration(s) this version does not know). Upgrade first.`,
      );

    return {
      articles: Number(await single(client, 'SELECT count(*) FROM articles')),
      users: Number(await single(client, 'SELECT count(*) FROM users')),
      migrations: applied.length,
      bytes: stat.size,
    };
  } finally {
    client.close();
  }
}

/** Writes a consistent copy of the live database to `targetPath` (which must not exist) and checks it. */
export async function backupDatabase(targetPath: string): Promise<DatabaseFileReport & { path: string }> {
  const source = fileDatabasePath();
  const target = path.resolve(targetPath);
  if (target === source) throw new BackupError('The backup cannot replace the database itself.');
  if (fs.existsSync(target)) throw new BackupError(`${targetPath} already exists: choose a new file name.`);
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source} yet.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await getPrimaryClient().execute({ sql: 'VACUUM INTO ?', args: [target] });
  return { path: target, ...(await inspectDatabaseFile(target)) };
}

/**
 * Other processes that have the database (or its WAL files) open, found through /proc on Linux: a
 * running site, an import. Elsewhere this cannot be known, and an empty list is returned.
 */
export function processesUsingDatabase(databasePath: string): number[] {
  if (!fs.existsSync('/proc/self/fd')) return [];
  const files = new Set([databasePath, `${databasePath}-wal`, `${databasePath}-shm`]);
  const users: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let descriptors: string[];
    try {
      descriptors = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // Gone, or another user's process.
    }
    for (const descriptor of descriptors) {
      let target: string;
      try {
        target = fs.readlinkSync(`/proc/${entry}/fd/${descriptor}`);
      } catch {
        continue;
      }
      if (files.has(target)) {
        users.push(Number(entry));
        break;
      }
    }
  }
  return users;
}

export interface RestoreReport extends DatabaseFileReport {
  /** Where the database that was replaced was kept. */
  previous: string | null;
}

/** Replaces the database with a checked backup, keeping the current one as `<name>.before-restore-<time>`. */
export async function restoreDatabase(sourcePath: string, now: Date = new Date()): Promise<RestoreReport> {
  const target = fileDatabasePath();
  const source = path.resolve(sourcePath);
  if (source === target) throw new BackupError('That file is the database itself.');
  await inspectDatabaseFile(source);
  await closeDb();
  const users = processesUsingDatabase(target);
  if (users.length > 0) {
    throw new BackupError(`The database is in use by process ${users.join(', ')}. Stop the site (and any import) before restoring.`);
  }

  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    // Fold the write-ahead log into the file first, then keep a copy read through SQLite: the newest
    // changes may live only in the log, which is deleted below.
    previous = `${target}.before-restore-${stamp}`;
    const current = createClient({ url: `file:${target}` });
    try {
      await current.execute('PRAGMA wal_checkpoint(TRUNCATE)');
      await current.execute({ sql: 'VACUUM INTO ?', args: [previous] });
    } finally {
      current.close();
    }
  }
  // Copied beside the target first, so the final rename is atomic and a crash never leaves half a file.
  const incoming = `${target}.restoring-${stamp}`;
  // Through SQLite too, so a backup that still has a write-ahead log beside it comes whole.
  const backup = createClient({ url: `file:${source}` });
  try {
    await backup.execute({ sql: 'VACUUM INTO ?', args: [incoming] });
  } finally {
    backup.close();
  }
  const handle = fs.openSync(incoming, 'r+');
  fs.fsyncSync(handle);
  fs.closeSync(handle);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(incoming, target);

  // An older backup is brought up to this version's schema.
  await runMigrations();
  await closeDb();
  return { previous, ...(await inspectDatabaseFile(target)) };
}
