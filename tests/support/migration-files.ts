import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';

const folder = path.resolve(import.meta.dirname, '../../db/migrations');

/**
 * A scratch database and the shipped migration files in order, for tests that write data as an older
 * version would and then apply the migrations that follow (`apply` runs one file statement by statement).
 */
export function migrationScratchDatabase(name: string): {
  client: Client;
  files: string[];
  apply: (file: string) => Promise<void>;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `paradox-${name}-migration-`));
  const client = createClient({ url: `file:${path.join(dir, 'site.db')}` });
  const files = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  async function apply(file: string) {
    const statements = fs
      .readFileSync(path.join(folder, file), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean);
    for (const statement of statements) await client.execute(statement);
  }
  const cleanup = () => {
    client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { client, files, apply, cleanup };
}
