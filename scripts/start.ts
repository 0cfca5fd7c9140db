/**
 * `npm start`: everything a fresh clone needs to serve the site.
 * Creates the database, applies migrations, seeds the demo newsroom into an empty database (unless
 * SEED_DEMO=0), builds when there is no build, then serves with `next start` on PORT.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '../db';
import { runMigrations } from '../db/migrate';
import { isDatabaseEmpty, seedDemoNewsroom } from '../db/seed';
import { createAccountUnguarded, hasAnyUser, isSetupOpen } from '../db/users';
import { ensureSearchAndRelated } from '../db/maintenance';
import { loadDatabaseConfig, loadSiteConfig } from '../lib/config';

export const projectRoot = path.resolve(__dirname, '..');
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

export function loadDotEnv() {
  const file = path.join(projectRoot, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/**
 * Auth.js refuses to run without a secret. When the operator set none, generate one on first start and
 * keep it beside the data, so sessions survive restarts. Several instances must share one: set AUTH_SECRET.
 */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(projectRoot, 'data', 'auth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.log('Generated an AUTH_SECRET and stored it in data/auth-secret.');
  return secret;
}

export async function prepareDatabase(): Promise<void> {
  const { seedDemo } = loadSiteConfig();
  await runMigrations();
  const adminEmail = process.env.ADMIN_EMAIL;
  const adminPassword = process.env.ADMIN_PASSWORD;
  if (adminEmail && adminPassword && !(await hasAnyUser())) {
    await createAccountUnguarded({ email: adminEmail, password: adminPassword, name: process.env.ADMIN_NAME || 'Administrator', role: 'admin' }, { via: 'environment' });
    console.log(`Created the administrator ${adminEmail} from ADMIN_EMAIL.`);
  }
  if (seedDemo && (await isDatabaseEmpty())) {
    const { articles } = await seedDemoNewsroom();
    console.log(`Seeded the demo newsroom (${articles} articles).`);
  }
  await ensureSearchAndRelated((message) => console.log(message));
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

async function setupHint(port: number): Promise<string> {
  const open = await isSetupOpen();
  await closeDb();
  return open ? `  No owner account yet: open http://localhost:${port}/setup to create it.` : '  Editors sign in at /login.';
}

export function serve(extraEnv: Record<string, string> = {}): ChildProcess {
  const { port, siteUrl } = loadSiteConfig();
  const database = loadDatabaseConfig();
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      // Absolute, so the server finds the same database whatever its working directory.
      DATABASE_URL: database.url,
      AUTH_SECRET: ensureAuthSecret(),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  void waitUntilServing(`http://127.0.0.1:${port}/`, child).then((ok) => {
    if (!ok) return;
    console.log(`\n  ${loadSiteConfig().siteName} is running at http://localhost:${port}  (public URL: ${siteUrl})`);
    void setupHint(port).then((hint) => console.log(`${hint}\n`));
  });
  return child;
}

async function main() {
  loadDotEnv();
  loadSiteConfig();
  await prepareDatabase();
  ensureBuild();
  serve();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
