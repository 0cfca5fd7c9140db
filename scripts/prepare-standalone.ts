/**
 * `npm run build:standalone` (after `next build`): completes .next/standalone into a folder that runs on
 * its own with `node server.js`, from any working directory, with no source tree and no dev dependencies:
 *
 * - server.js becomes the production server (server/production-server.ts, bundled), in place of Next's
 *   minimal one: configuration check, migrations, request logs, graceful shutdown;
 * - public/ and .next/static/ are copied in (Next leaves them out, expecting a CDN);
 * - db/migrations/ is copied in, so the server can migrate the database before it listens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleProductionServer } from './bundle-server';

const projectRoot = path.resolve(__dirname, '..');
const standalone = path.join(projectRoot, '.next', 'standalone');

function copyFolder(from: string, to: string) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}

/** Native packages are loaded by name at run time, which file tracing can miss; check they are there. */
function checkNativePackages() {
  const required = ['next', '@libsql/client', 'libsql', '@node-rs/argon2', 'sharp'];
  const missing = required.filter((name) => !fs.existsSync(path.join(standalone, 'node_modules', name, 'package.json')));
  if (missing.length > 0) throw new Error(`The standalone build lacks ${missing.join(', ')}`);
}

async function main() {
  if (!fs.existsSync(path.join(standalone, 'server.js'))) {
    throw new Error('No .next/standalone: run `npm run build` first (next.config.ts sets output: "standalone")');
  }
  await bundleProductionServer(path.join(standalone, 'server.js'));
  copyFolder(path.join(projectRoot, 'public'), path.join(standalone, 'public'));
  copyFolder(path.join(projectRoot, '.next', 'static'), path.join(standalone, '.next', 'static'));
  copyFolder(path.join(projectRoot, 'db', 'migrations'), path.join(standalone, 'db', 'migrations'));
  checkNativePackages();
  console.log(`Standalone server ready: node ${path.relative(process.cwd(), path.join(standalone, 'server.js')) || 'server.js'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
