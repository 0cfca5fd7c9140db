import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrationPlan, migrationsFolder, planMigrations } from '@/db/migrate';
import { demoArticles } from '@/db/seed/demo-articles';

const projectRoot = path.resolve(__dirname, '../..');
const shippedMigrations = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')).entries
  .length as number;
const dirs: string[] = [];
const clients: Client[] = [];

function temporaryDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-start-'));
  dirs.push(dir);
  return path.join(dir, 'site.db');
}

function open(file: string): Client {
  const client = createClient({ url: `file:${file}`, timeout: 20_000 });
  clients.push(client);
  return client;
}

async function count(client: Client, sql: string): Promise<number> {
  const { rows } = await client.execute(sql);
  return Number(rows[0]?.n);
}

afterAll(() => {
  for (const client of clients) client.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrations from two processes at once', () => {
  it('applies each migration once when both planned before either applied', async () => {
    const file = temporaryDatabase();
    const first = open(file);
    const second = open(file);
    // Both instances look at the new database before either has changed it: both see every migration pending.
    const firstPlan = await planMigrations(first);
    const secondPlan = await planMigrations(second);
    expect(firstPlan.pending).toHaveLength(shippedMigrations);
    expect(secondPlan.pending).toHaveLength(shippedMigrations);

    expect(await applyMigrationPlan(firstPlan, first)).toBe(true);
    // The second run is refused as a whole instead of creating the tables a second time.
    expect(await applyMigrationPlan(secondPlan, second)).toBe(false);

    expect(await count(second, 'select count(*) as n from __drizzle_migrations')).toBe(shippedMigrations);
    expect((await planMigrations(second)).pending).toHaveLength(0);
    expect(await count(second, "select count(*) as n from sqlite_master where name = 'articles'")).toBe(1);
  });

  it('lets three instances prepare one new database at the same moment: one migration run, one seed, one administrator', async () => {
    const file = temporaryDatabase();
    const env = {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      SEED_DEMO: '1',
      ADMIN_EMAIL: 'owner@start.test',
      ADMIN_PASSWORD: 'a-long-enough-passphrase',
    };
    const runs = Array.from(
      { length: 3 },
      () =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          // What `npm start` does before it serves: migrate, create ADMIN_EMAIL, seed, index.
          const child = spawn(
            process.execPath,
            [
              '--conditions=react-server',
              '--import',
              'tsx',
              '-e',
              "import('./scripts/start.ts').then((start) => (start.default ?? start).prepareDatabase())",
            ],
            { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('exit', (code) => resolve({ code, output }));
        }),
    );
    const results = await Promise.all(runs);
    for (const result of results) expect(result.code, result.output).toBe(0);

    const db = open(file);
    expect(await count(db, 'select count(*) as n from __drizzle_migrations')).toBe(shippedMigrations);
    expect(await count(db, 'select count(*) as n from paradox_migration_runs')).toBe(1);
    expect(await count(db, "select count(*) as n from users where email = 'owner@start.test'")).toBe(1);
    expect(await count(db, 'select count(*) as n from articles')).toBe(demoArticles.length);
    // Every demo story starts with its version 1 in the revisions, as a save through the editor leaves it.
    expect(await count(db, 'select count(*) as n from revisions where version = 1')).toBe(demoArticles.length);
    expect(await count(db, 'select count(*) as n from categories')).toBe(new Set(demoArticles.map((article) => article.section)).size);
    expect(await count(db, 'select count(*) as n from article_search')).toBe(demoArticles.length);
  }, 120_000);
});
