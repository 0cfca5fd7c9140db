/**
 * The server Playwright tests run against: the production build on its own temporary database,
 * seeded with the demo newsroom plus the fixtures in e2e/support/fixtures.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '../db';
import { ensureBuild, prepareDatabase, projectRoot, serve } from '../scripts/start';
import { seedE2eFixtures } from './support/seed';
import { E2E_PORT } from './support/env';

async function main() {
  const dataDir = path.join(projectRoot, '.e2e');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.DATABASE_URL = `file:${path.join(dataDir, 'site.db')}`;
  process.env.PORT = String(E2E_PORT);
  process.env.SEED_DEMO = '1';
  process.env.SITE_URL = `http://localhost:${E2E_PORT}`;
  process.env.AUTH_SECRET ??= 'e2e-only-secret-not-used-anywhere-else-0123456789';
  // Inserting an embed asks the provider for nothing: tests never reach the internet.
  process.env.EMBED_PREVIEWS = '0';
  await prepareDatabase();
  await seedE2eFixtures();
  await closeDb();
  ensureBuild();
  await serve();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
