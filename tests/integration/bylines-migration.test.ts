import { afterAll, expect, it } from 'vitest';
import { migrationScratchDatabase } from '../support/migration-files';

/** The bylines migration, applied to a database written before it: accounts keep their author address. */
const { client, files, apply, cleanup } = migrationScratchDatabase('bylines');

afterAll(cleanup);

it('gives every account a profile under its author slug and every story its creator’s byline', async () => {
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
