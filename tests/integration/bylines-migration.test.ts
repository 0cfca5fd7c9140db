import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, expect, it } from 'vitest';

/** The bylines migration, applied to a database written before it: accounts keep their author address. */
const folder = path.resolve(import.meta.dirname, '../../db/migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-bylines-migration-'));
const client = createClient({ url: `file:${path.join(dir, 'site.db')}` });

afterAll(() => {
  client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function apply(file: string) {
  const statements = fs
    .readFileSync(path.join(folder, file), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) await client.execute(statement);
}

it('gives every account a profile under its author slug and every story its creator’s byline', async () => {
  const files = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  const bylines = files.find((file) => /_bylines\.sql$/.test(file));
  if (!bylines) throw new Error('no bylines migration');
  for (const file of files.slice(0, files.indexOf(bylines))) await apply(file);
  await client.execute(
    `insert into users (email, name, slug, role, bio) values ('ana@x.test', 'Ana Ruiz', 'ana-ruiz', 'author', 'Reports.')`,
  );
  await client.execute(`insert into users (email, name, slug, role) values ('tom@x.test', 'Tomas Berg', 'tomas-berg-2', 'author')`);
  await client.execute(`insert into categories (slug, name) values ('world', 'World')`);
  await client.execute(`insert into articles (slug, title, author_id, category_id) values ('one', 'One', 1, 1), ('two', 'Two', 2, 1)`);
  await apply(bylines);
  const profiles = await client.execute('select slug, name, bio, user_id from byline_profiles order by id');
  expect(profiles.rows.map((row) => ({ ...row }))).toEqual([
    { slug: 'ana-ruiz', name: 'Ana Ruiz', bio: 'Reports.', user_id: 1 },
    { slug: 'tomas-berg-2', name: 'Tomas Berg', bio: '', user_id: 2 },
  ]);
  const credits = await client.execute(
    'select a.slug as story, p.slug as byline, b.position from article_bylines b join articles a on a.id = b.article_id join byline_profiles p on p.id = b.profile_id order by a.id',
  );
  expect(credits.rows.map((row) => ({ ...row }))).toEqual([
    { story: 'one', byline: 'ana-ruiz', position: 0 },
    { story: 'two', byline: 'tomas-berg-2', position: 0 },
  ]);
});
