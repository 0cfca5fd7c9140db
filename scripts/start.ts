/**
 * `npm start`: everything a fresh clone needs to serve the site.
 * Validates the configuration, creates the database, applies migrations, seeds the demo newsroom into an
 * empty database (unless SEED_DEMO=0), builds when there is no build, then serves on PORT with the
 * production server (server/production-server.ts: request logs, graceful shutdown).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { MutationError } from '../newsroom/guard';
import { isDatabaseEmpty, seedDemoNewsroom } from '../db/seed';
import { createAccountUnguarded } from '../newsroom/accounts';
import { ensureSearchAndRelated } from '../newsroom/maintenance';
import { ConfigurationError, loadDatabaseConfig, loadSiteConfig } from '../lib/config';
import { loadServerConfig, resolveAuthSecret, validateConfiguration } from '../lib/server-config';
import { bundleProductionServer, productionServerNodeArguments } from './bundle-server';
import { hasAnyUser, isSetupOpen } from '../db/users';
import { ensureSetupToken } from '../newsroom/setup-token';
import { setupPath } from '../lib/paths';

export const projectRoot = path.resolve(__dirname, '..');
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

export function loadDotEnv() {
  const file = path.join(projectRoot, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** The data directory: where the database file is, and the generated secrets and setup token beside it. */
function dataDirectory(): string | null {
  const { filePath } = loadDatabaseConfig();
  return filePath ? path.dirname(filePath) : null;
}

/** The setup address to print while the site has no owner (the token is made on the first start), else null. */
let setupAddress: string | null = null;

export async function prepareDatabase(): Promise<void> {
  const { seedDemo, port } = loadSiteConfig();
  const { admin } = loadServerConfig();
  const { applied } = await runMigrations();
  if (applied > 0) console.log(`Applied ${applied} migration(s).`);
  if (admin && !(await hasAnyUser())) {
    try {
      await createAccountUnguarded({ ...admin, role: 'admin' }, { via: 'environment' });
      console.log(`Created the administrator ${admin.email} from ADMIN_EMAIL.`);
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if (!(error instanceof MutationError && error.code === 'conflict')) throw error;
    }
  }
  if (seedDemo && (await isDatabaseEmpty())) {
    const { articles } = await seedDemoNewsroom();
    if (articles > 0) console.log(`Seeded the demo newsroom (${articles} articles).`);
  }
  await ensureSearchAndRelated((message) => console.log(message));
  const setup = await ensureSetupToken(dataDirectory());
  setupAddress = setup ? `http://localhost:${port}${setupPath(setup.token)}` : null;
  if (setupAddress)
    console.log(`No owner account yet. Create it at this address (its token is in ${setup?.file ?? 'SETUP_TOKEN'}):\n  ${setupAddress}`);
  await closeDb();
}

export function ensureBuild(): void {
  if (fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) return;
  console.log('No production build found; building (this takes a minute)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}

async function setupHint(): Promise<string> {
  const open = await isSetupOpen();
  await closeDb();
  if (!open) return '  Editors sign in at /login.';
  if (!setupAddress) return '  No owner account yet: set SETUP_TOKEN (or ADMIN_EMAIL) and start again to create it.';
  return `  No owner account yet: open this address to create it (it works until the owner exists):\n  ${setupAddress}`;
}

/** Serves the production build with the production server, and stops with it. */
export async function serve(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const { port, siteUrl, siteName } = loadSiteConfig();
  const database = loadDatabaseConfig();
  const { secret, generatedAt } = resolveAuthSecret(loadServerConfig(), database);
  if (generatedAt) console.log(`Generated an AUTH_SECRET and stored it in ${path.relative(projectRoot, generatedAt)}.`);
  const serverFile = path.join(projectRoot, '.next', 'production-server.js');
  await bundleProductionServer(serverFile);
  const child = spawn(process.execPath, [...productionServerNodeArguments(), serverFile, '--dir', projectRoot], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      // Absolute, so the server finds the same database whatever its working directory.
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
  });
  // The server drains requests and closes the database on these; this process waits for it and exits
  // with its code (0 after a clean stop).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 1));
  void waitUntilServing(`http://127.0.0.1:${port}/api/health`, child).then((ok) => {
    if (!ok) return;
    console.log(`\n  ${siteName} is running at http://localhost:${port}  (public URL: ${siteUrl})`);
    void setupHint().then((hint) => console.log(`${hint}\n`));
  });
  return child;
}

async function main() {
  loadDotEnv();
  validateConfiguration();
  await prepareDatabase();
  ensureBuild();
  await serve();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      `Could not start: ${error instanceof Error ? (error instanceof ConfigurationError ? error.message : (error.stack ?? error.message)) : String(error)}`,
    );
    process.exit(1);
  });
}
