import path from 'node:path';
import { build } from 'esbuild';

const projectRoot = path.resolve(__dirname, '..');

/**
 * Bundles server/production-server.ts (with the config, migration and log modules it uses) into one
 * CommonJS file that plain `node` runs: no tsx in the server process, and nothing from the source tree
 * needed at run time. Next.js and native packages stay external; they are in node_modules, and in the
 * standalone build's node_modules.
 */
export async function bundleProductionServer(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(projectRoot, 'server', 'production-server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['next', '@libsql/client', 'libsql', '@node-rs/argon2', 'sharp'],
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
    logLevel: 'warning',
    legalComments: 'none',
  });
}

/**
 * Node's own arguments for the production server. V8 sizes its heap limit from the machine's memory and
 * collects lazily below it: on a 24 GB machine the soak test's server climbed past 500 MB resident, while
 * with a 256 MB old generation the same load ran at the same speed near 240 MB (docs/security.md, "Soak test").
 * An operator's own NODE_OPTIONS heap size wins.
 */
export function productionServerNodeArguments(): string[] {
  return /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
}
