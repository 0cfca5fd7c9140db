import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { loadDatabaseConfig } from '../lib/config';
import * as schema from './schema';

export type Database = LibSQLDatabase<typeof schema>;

interface Connection {
  client: Client;
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
  // timeout: busy timeout (ms) for local files, so a writer waits for another process's transaction
  // (an import, a second instance) instead of failing. Write transactions begin IMMEDIATE (libSQL's
  // default), so they queue for the lock up front rather than fail on upgrading a read.
  const client = createClient({ url: config.url, authToken: config.authToken, timeout: BUSY_TIMEOUT_MS });
  return { client, db: drizzle(client, { schema }) };
}

function connection(): Connection {
  globalForDb.__paradoxDb ??= connect();
  return globalForDb.__paradoxDb;
}

/** The drizzle database. Opened lazily so importing this module (e.g. during `next build`) touches nothing. */
export function getDb(): Database {
  return connection().db;
}

export function getClient(): Client {
  return connection().client;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__paradoxDb;
  globalForDb.__paradoxDb = undefined;
  current?.client.close();
}

/** WAL lets readers and a writer work at once; it is a property of the file, so setting it once suffices. */
export async function enableWriteAheadLog(): Promise<void> {
  if (!loadDatabaseConfig().filePath) return;
  await getClient().execute('PRAGMA journal_mode = WAL');
}
