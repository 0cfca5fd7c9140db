import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Faults and data safety with real processes on a real database file: the importer killed with
 * SIGKILL mid-run, two processes saving at once, and backups taken while a writer works and restored
 * (or refused) afterwards.
 */

const TSX = ['--conditions=react-server', '--import', 'tsx'];
const IMPORT_LINES = 600;

let cleanup: () => Promise<void>;
let dir: string;
let databaseUrl: string;
// Functions, not handles: a restore closes and reopens the connection.
let db: () => ReturnType<typeof import('@/db').getDb>;
let client: () => ReturnType<typeof import('@/db').getPrimaryClient>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let authorId = 0;
let sectionId = 0;

function childEnv() {
  return { ...process.env, DATABASE_URL: databaseUrl };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function runWriter(label: string, count: number): Promise<{ label: string; saved: number; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...TSX, 'tests/support/concurrent-writer.ts', label, String(count), String(authorId), String(sectionId)],
      { env: childEnv() },
    );
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
      } catch {
        reject(new Error(`writer ${label} exited with ${code}: ${output} ${errors}`));
      }
    });
  });
}

async function integrity(url = databaseUrl): Promise<string> {
  const probe = createClient({ url });
  try {
    return String((await probe.execute('PRAGMA integrity_check')).rows[0]?.[0]);
  } finally {
    probe.close();
  }
}

async function countOf(table: string, where = ''): Promise<number> {
  const result = await client().execute(`SELECT count(*) FROM ${table} ${where}`);
  return Number(result.rows[0]?.[0]);
}

beforeAll(async () => {
  ({ cleanup, dir } = await useTemporaryDatabase());
  databaseUrl = `file:${path.join(dir, 'site.db')}`;
  const index = await import('@/db');
  db = index.getDb;
  client = index.getPrimaryClient;
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  const [author] = await db()
    .insert(schema.users)
    .values({ email: 'archive@paradox.test', name: 'Archive Desk', slug: 'archive-desk', role: 'editor', passwordHash: 'x' })
    .returning();
  const [section] = await db().insert(schema.categories).values({ slug: 'desk', name: 'Desk' }).returning();
  authorId = author?.id ?? 0;
  sectionId = section?.id ?? 0;
});

afterAll(() => cleanup());

describe('the database file', () => {
  it('runs in WAL mode with a busy timeout, so readers and a writer work at once and writers wait their turn', async () => {
    expect((await client().execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
    expect(Number((await client().execute('PRAGMA busy_timeout')).rows[0]?.[0])).toBeGreaterThanOrEqual(5000);
  });

  it('waits for the disk on every commit (synchronous FULL), so a saved story survives a power cut', async () => {
    // docs/performance.md says commits wait for the disk; lowering this would need saying there.
    expect(Number((await client().execute('PRAGMA synchronous')).rows[0]?.[0])).toBe(2);
  });
});

describe('an importer killed with SIGKILL', () => {
  it('leaves a sound database with only whole articles, and a re-run completes the import', async () => {
    const file = path.join(dir, 'archive.jsonl');
    const paragraph = 'The harbour board met again on Thursday to discuss the ferry timetable and the new pier lights. ';
    const lines = Array.from({ length: IMPORT_LINES }, (_, n) =>
      JSON.stringify({
        title: `Archive story number ${n + 1}`,
        body: `${paragraph.repeat(12)}\n\nStory ${n + 1} ends here.`,
        tags: ['Archive', `Batch ${n % 7}`],
        published_at: '2020-01-01T09:00:00Z',
      }),
    );
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const importArgs = [...TSX, 'scripts/content-import.ts', file, '--author', 'archive@paradox.test', '--category', 'Archive'];

    const child = spawn(process.execPath, importArgs, { env: childEnv(), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await waitFor(async () => (await countOf('articles')) >= 40, 90_000);
    child.kill('SIGKILL');
    await exited;

    const articles = await countOf('articles');
    expect(articles).toBeGreaterThanOrEqual(40);
    expect(articles).toBeLessThan(IMPORT_LINES);
    expect(await integrity()).toBe('ok');
    // Every article that exists is whole: its revision, both tags, its search entry and its audit entry.
    expect(await countOf('revisions')).toBe(articles);
    expect(await countOf('article_tags')).toBe(articles * 2);
    expect(Number((await client().execute('SELECT count(*) FROM article_search')).rows[0]?.[0])).toBe(articles);
    expect(await countOf('audit_log', "WHERE action = 'article.import'")).toBe(articles);
    const reader = await import('@/db/articles');
    const [last] = await db()
      .select({ slug: schema.articles.slug })
      .from(schema.articles)
      .orderBy(sql`${schema.articles.id} desc`)
      .limit(1);
    const visible = await reader.getPublishedArticleBySlug(last?.slug ?? '');
    expect(visible?.body).toContain('ends here.');
    expect(visible?.tags).toHaveLength(2);

    const rerun = spawnSync(process.execPath, importArgs, { env: childEnv(), encoding: 'utf8', timeout: 240_000 });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`Imported ${IMPORT_LINES - articles}, updated 0, unchanged ${articles}, skipped 0.`);
    expect(await countOf('articles')).toBe(IMPORT_LINES);
    expect(await countOf('revisions')).toBe(IMPORT_LINES);
    expect(await integrity()).toBe('ok');
  }, 360_000);
});

describe('two processes saving at once', () => {
  it('never fail a save: each waits for the other’s transaction', async () => {
    const before = await countOf('articles');
    const results = await Promise.all([runWriter('north', 15), runWriter('south', 15)]);
    for (const result of results) expect(result).toMatchObject({ saved: 15, failures: [] });
    expect(await countOf('articles')).toBe(before + 30);
    expect(await countOf('articles', "WHERE status = 'published' AND title LIKE 'Concurrent %'")).toBe(30);
    expect(await integrity()).toBe('ok');
  }, 240_000);
});

describe('backups', () => {
  it('are consistent when taken while another process writes, and restore exactly what was saved', async () => {
    const backup = await import('../../newsroom/backup');
    const writing = runWriter('during-backup', 10);
    await waitFor(async () => (await countOf('articles', "WHERE title LIKE 'Concurrent during-backup%'")) >= 2, 60_000);
    const copy = path.join(dir, 'backups', 'site-backup.db');
    const report = await backup.backupDatabase(copy);
    expect((await writing).failures).toEqual([]);
    expect(report.articles).toBeGreaterThan(0);
    expect(await integrity(`file:${copy}`)).toBe('ok');
    // A snapshot: every article in it has its revisions and search entry.
    const inCopy = createClient({ url: `file:${copy}` });
    const orphans = await inCopy.execute(
      'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id) OR a.id NOT IN (SELECT rowid FROM article_search)',
    );
    inCopy.close();
    expect(Number(orphans.rows[0]?.[0])).toBe(0);

    await expect(backup.backupDatabase(copy)).rejects.toThrow(/already exists/);

    // A change after the backup, which the restore must undo.
    await db()
      .insert(schema.articles)
      .values({ slug: 'after-the-backup', title: 'After the backup', body: '<p>x</p>', authorId, categoryId: sectionId });
    const live = await countOf('articles');
    expect(live).toBeGreaterThan(report.articles);

    // While another process has the database open (a running site), the restore refuses.
    const site = spawn(
      process.execPath,
      [
        '-e',
        `const { createClient } = require('@libsql/client'); const c = createClient({ url: ${JSON.stringify(databaseUrl)} }); c.execute('SELECT 1').then(() => { console.log('open'); setInterval(() => {}, 1000); });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => site.stdout.once('data', resolve));
    await expect(backup.restoreDatabase(copy)).rejects.toThrow(new RegExp(`in use by process ${site.pid}`));
    site.kill('SIGKILL');
    await new Promise((resolve) => site.once('exit', resolve));
    expect(await countOf('articles')).toBe(live);

    const restored = await backup.restoreDatabase(copy, new Date('2026-07-01T10:00:00Z'));
    expect(restored.articles).toBe(report.articles);
    expect(await countOf('articles')).toBe(report.articles);
    expect(await db().$count(schema.articles, orm.eq(schema.articles.slug, 'after-the-backup'))).toBe(0);
    expect(await integrity()).toBe('ok');
    expect((await client().execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
    // What was replaced is kept.
    expect(restored.previous).toMatch(/site\.db\.before-restore-2026-07-01T10-00-00-000Z$/);
    expect((await backup.inspectDatabaseFile(restored.previous ?? '')).articles).toBe(live);
  }, 240_000);

  it('refuse to restore anything that is not a whole Paradox database, changing nothing', async () => {
    const backup = await import('../../newsroom/backup');
    const articles = await countOf('articles');
    const good = path.join(dir, 'backups', `good-${Date.now()}.db`);
    await backup.backupDatabase(good);

    const text = path.join(dir, 'backups', 'notes.db');
    fs.writeFileSync(text, 'these are not the tables you are looking for');
    await expect(backup.restoreDatabase(text)).rejects.toThrow(/is not an SQLite database/);

    const other = path.join(dir, 'backups', 'other-app.db');
    const otherClient = createClient({ url: `file:${other}` });
    await otherClient.execute('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    otherClient.close();
    await expect(backup.restoreDatabase(other)).rejects.toThrow(/is not a Paradox database/);

    const damaged = path.join(dir, 'backups', 'damaged.db');
    const bytes = fs.readFileSync(good);
    for (let offset = 4096 * 2; offset < Math.min(bytes.length, 4096 * 40); offset += 97) bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
    fs.writeFileSync(damaged, bytes);
    await expect(backup.restoreDatabase(damaged)).rejects.toThrow(/damaged/);

    const newer = path.join(dir, 'backups', 'newer.db');
    fs.copyFileSync(good, newer);
    const newerClient = createClient({ url: `file:${newer}` });
    await newerClient.execute("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)");
    newerClient.close();
    await expect(backup.restoreDatabase(newer)).rejects.toThrow(/newer or different version/);

    await expect(backup.restoreDatabase(path.join(dir, 'backups', 'missing.db'))).rejects.toThrow(/No such file/);
    expect(await countOf('articles')).toBe(articles);
    expect(await integrity()).toBe('ok');
  }, 120_000);

  it('round-trip through the npm commands, on a site set up and filled by its commands', async () => {
    // A database of its own, touched only by the commands (each its own process), as an operator would.
    const cliUrl = `file:${path.join(dir, 'cli', 'site.db')}`;
    const run = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, [...TSX, script, ...args], {
        env: { ...process.env, DATABASE_URL: cliUrl },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const importLines = (name: string, titles: string[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, titles.map((title) => JSON.stringify({ title, body: `${title}: the full story.` })).join('\n'));
      const result = run('scripts/content-import.ts', file, '--author', 'cli@paradox.test', '--category', 'Local');
      expect(result.status, result.stderr).toBe(0);
    };
    expect(
      run(
        'scripts/user-create.ts',
        '--email',
        'cli@paradox.test',
        '--name',
        'Cli Writer',
        '--role',
        'author',
        '--password',
        'a long cli passphrase',
      ).status,
    ).toBe(0);
    importLines('before.jsonl', ['Ferry timetable changes', 'Pier lights repaired', 'Harbour fair returns']);

    const file = path.join(dir, 'backups', 'cli-backup.db');
    const backedUp = run('scripts/db-backup.ts', file);
    expect(backedUp.status, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(/^Backed up to .*cli-backup\.db \(.* MB, 3 articles, 1 accounts\); integrity check passed\.$/m);
    expect(run('scripts/db-backup.ts', file).stderr).toContain('already exists');

    importLines('after.jsonl', ['Written after the backup', 'Also after the backup']);
    const restored = run('scripts/db-restore.ts', file);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${file}: 3 articles, 1 accounts; integrity check passed.`);
    expect(restored.stdout).toMatch(/The database it replaced is kept at .*site\.db\.before-restore-/);

    const check = createClient({ url: cliUrl });
    const titles = (await check.execute('SELECT title FROM articles ORDER BY title')).rows.map((row) => String(row[0]));
    check.close();
    expect(titles).toEqual(['Ferry timetable changes', 'Harbour fair returns', 'Pier lights repaired']);

    const junk = path.join(dir, 'backups', 'junk.txt');
    fs.writeFileSync(junk, 'junk');
    const refused = run('scripts/db-restore.ts', junk);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Nothing was changed.');
    expect(run('scripts/db-backup.ts').stderr).toContain('Usage: npm run db:backup -- FILE');
  }, 300_000);
});
