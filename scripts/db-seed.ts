import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemoNewsroom } from '../db/seed';

/** `npm run db:seed`: seeds the demo newsroom into an empty database; refuses to touch one with content. */
async function main() {
  await runMigrations();
  if (!(await isDatabaseEmpty())) {
    console.error('The database already has content; the demo newsroom is only seeded into an empty database.');
    process.exitCode = 1;
  } else {
    const result = await seedDemoNewsroom();
    console.log(`Seeded the demo newsroom: ${result.articles} articles.`);
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
