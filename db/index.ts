import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { withReplicas } from 'drizzle-orm/sqlite-core';
import pLimit from 'p-limit';
import { loadDatabaseConfig } from '@/lib/config';
import * as schema from './schema';

export type Database = LibSQLDatabase<typeof schema>;
/** What a write transaction's callback is given. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

interface Connection {
  /** Where writes and transactions go: the file, the libSQL server, or a replica's primary. */
  primary: Client;
  /** An embedded replica (a local file copy of the primary), which serves the reads. */
  replica: Client | undefined;
  db: Database;
}

export const BUSY_TIMEOUT_MS = 10_000;

// One client per process; cached on globalThis so dev hot reloads do not open a new one each time.
const globalForDb = globalThis as typeof globalThis & { __paradoxDb?: Connection };

function connect(): Connection {
  const config = loadDatabaseConfig();
  if (config.filePath) {
    // libSQL does not create missing folders.
    fs.mkdirSync(path.dirname(config.filePath), { recursive: true });
  }
  if (config.sync) {
    // Reads from the local replica; writes and transactions straight to the primary, because a
    // replica has a single connection that an open transaction would hold against every other request.
    const primary = createClient({ url: config.sync.url, authToken: config.authToken });
    const replica = createClient({
      url: config.url,
      syncUrl: config.sync.url,
      syncInterval: config.sync.intervalSeconds,
      authToken: config.authToken,
    });
    const db = withReplicas(drizzle(primary, { schema }), [drizzle(replica, { schema })]);
    return { primary, replica, db };
  }
  // timeout: busy timeout (ms) for local files, so a writer waits for another process's transaction
  // (an import, a second instance's start-up work) instead of failing. Write transactions begin
  // IMMEDIATE (libSQL's default), so they queue for the lock up front rather than fail on upgrading a read.
  const client = createClient({ url: config.url, authToken: config.authToken, timeout: BUSY_TIMEOUT_MS });
  const db = drizzle(client, { schema });
  return { primary: client, replica: undefined, db: config.filePath ? oneTransactionAtATime(db) : db };
}

/**
 * A local file's client runs SQLite on this thread, so a transaction that begins while another of this
 * process is open waits for its lock synchronously and stalls the very event loop the open one needs to
 * finish (until the busy timeout fails it). Queued here, this process's write transactions take turns;
 * other processes still wait on SQLite's lock as before.
 */
function oneTransactionAtATime(db: Database): Database {
  const queue = pLimit(1);
  const begin = db.transaction.bind(db);
  db.transaction = ((work, config) => queue(() => begin(work, config))) as Database['transaction'];
  return db;
}

function connection(): Connection {
  globalForDb.__paradoxDb ??= connect();
  return globalForDb.__paradoxDb;
}

/** The drizzle database. Opened lazily so importing this module (e.g. during `next build`) touches nothing. */
export function getDb(): Database {
  return connection().db;
}

/** The client that takes writes: migrations and health checks use it directly. */
export function getPrimaryClient(): Client {
  return connection().primary;
}

/** With an embedded replica, pulls the primary's changes now, so this instance reads its own writes. */
export async function syncReplica(): Promise<void> {
  await globalForDb.__paradoxDb?.replica?.sync();
}

/**
 * Closes the connection. The connection lives on globalThis, so the production server's shutdown can
 * close the one the application opened, although they are bundled separately.
 */
export async function closeDb(): Promise<void> {
  const current = globalForDb.__paradoxDb;
  globalForDb.__paradoxDb = undefined;
  current?.replica?.close();
  current?.primary.close();
}

/** WAL lets readers and a writer work at once; it is a property of the file, so setting it once suffices. */
export async function enableWriteAheadLog(): Promise<void> {
  const config = loadDatabaseConfig();
  if (!config.filePath || config.sync) return;
  await getPrimaryClient().execute('PRAGMA journal_mode = WAL');
}
