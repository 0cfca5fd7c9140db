import { afterAll, expect, it } from 'vitest';
import { migrationScratchDatabase } from '../support/migration-files';

/** The media library migrations (0015 and 0017), applied to a database written before them: originals move out, uses and alt text are found. */
const { client, files, apply, cleanup } = migrationScratchDatabase('media');

afterAll(cleanup);

it('moves every original to its own table and records the pictures stories already use, featured and in their bodies', async () => {
  const library = files.find((file) => /_media_library\.sql$/.test(file));
  if (!library) throw new Error('no media library migration');
  for (const file of files.slice(0, files.indexOf(library))) await apply(file);
  await client.execute(`insert into users (email, name, slug, role) values ('ana@x.test', 'Ana Ruiz', 'ana-ruiz', 'author')`);
  await client.execute(`insert into categories (slug, name) values ('world', 'World')`);
  await client.execute({
    sql: `insert into media (key, mime_type, width, height, byte_size, data, uploaded_by) values
      ('HarbourKey000001', 'image/png', 10, 10, 3, ?, 1), ('FerryKey00000002', 'image/png', 10, 10, 3, ?, 1), ('UnusedKey0000003', 'image/png', 10, 10, 3, ?, 1)`,
    args: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6]), new Uint8Array([7, 8, 9])],
  });
  await client.execute(`insert into articles (slug, title, author_id, category_id, featured_image_url, featured_image_alt, body) values
    ('one', 'One', 1, 1, '/media/HarbourKey000001', 'Cranes at dawn', '<p>a</p><img src="/media/FerryKey00000002" alt="" /><p>b</p><img src="/media/HarbourKey000001" alt="" />'),
    ('two', 'Two', 1, 1, 'https://old.example/x.jpg', '', '<p><img src="/media/FerryKey00000002" alt="x" /></p><img src="/media/GoneKey000000009" alt="" />'),
    ('three', 'Three', 1, 1, null, '', '<p>No pictures.</p>')`);
  // The library's columns (0015), then the rest up to and including where originals move and uses are found.
  for (const file of files.slice(files.indexOf(library))) await apply(file);

  const originals = await client.execute('select m.key, o.data from media_originals o join media m on m.id = o.media_id order by m.id');
  expect(originals.rows.map((row) => [row.key, [...new Uint8Array(row.data as ArrayBuffer)]])).toEqual([
    ['HarbourKey000001', [1, 2, 3]],
    ['FerryKey00000002', [4, 5, 6]],
    ['UnusedKey0000003', [7, 8, 9]],
  ]);
  const columns = await client.execute(`select name from pragma_table_info('media')`);
  expect(columns.rows.map((row) => row.name)).not.toContain('data');

  const uses = await client.execute(
    'select a.slug, m.key, u.place from article_media u join articles a on a.id = u.article_id join media m on m.id = u.media_id order by a.id, m.id, u.place',
  );
  expect(uses.rows.map((row) => [row.slug, row.key, row.place])).toEqual([
    ['one', 'HarbourKey000001', 'body'],
    ['one', 'HarbourKey000001', 'featured'],
    ['one', 'FerryKey00000002', 'body'],
    ['two', 'FerryKey00000002', 'body'],
  ]);
  const alt = await client.execute('select key, alt_text, focal_x, focal_y from media order by id');
  expect(alt.rows.map((row) => [row.key, row.alt_text, row.focal_x, row.focal_y])).toEqual([
    ['HarbourKey000001', 'Cranes at dawn', 0.5, 0.5],
    ['FerryKey00000002', '', 0.5, 0.5],
    ['UnusedKey0000003', '', 0.5, 0.5],
  ]);
});
