import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { loadDatabaseConfig } from '../lib/config';

async function main() {
  const { url } = loadDatabaseConfig();
  await runMigrations();
  console.log(`Migrations applied to ${url}`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
