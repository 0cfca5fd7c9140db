/**
 * Next.js's own floor: the minimal app in bench/floor (one `force-dynamic` route rendering the
 * benchmark's article from memory), built with the project's own next and react, started with
 * `next start` in its own process. Uncached targets are reported as a share of its req/s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FloorArticle } from '../floor/app/article';
import { projectRoot, stopChild } from './server';

export const floorDir = path.join(projectRoot, 'bench', 'floor');
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
const stampFile = path.join(floorDir, '.next', 'bench-source-hash');

/** The floor's sources and the next/react versions it is built with: a change in any means a rebuild. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === '.next' || entry.name === 'next-env.d.ts' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(floorDir, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(floorDir);
  for (const name of ['next', 'react', 'react-dom'])
    hash.update(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json')));
  return hash.digest('hex');
}

/** Builds the floor unless its last build was made from the same sources; returns seconds spent (0 when skipped). */
export function buildFloor(log: (message: string) => void): number {
  const hash = sourceHash();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash) {
    log('Floor: built already from the same sources.');
    return 0;
  }
  log('Building the floor (bench/floor, next build)…');
  const started = performance.now();
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: floorDir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('next build of bench/floor failed');
  fs.writeFileSync(stampFile, hash);
  return (performance.now() - started) / 1000;
}

/** The article the floor renders: the same fields the site's article page shows, from the seeded database (bench/floor/app/article.ts). */
export type FloorArticleFile = FloorArticle;

export interface RunningFloor {
  child: ChildProcess;
  origin: string;
  stop: () => Promise<void>;
}

export async function startFloor(
  port: number,
  article: FloorArticleFile,
  workDir: string,
  nodeArguments: string[] = [],
): Promise<RunningFloor> {
  const articleFile = path.join(workDir, 'floor-article.json');
  fs.writeFileSync(articleFile, JSON.stringify(article));
  const child = spawn(process.execPath, [...nodeArguments, nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: floorDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FLOOR_ARTICLE_FILE: articleFile },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the floor server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/floor/article`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) {
        await response.arrayBuffer();
        return { child, origin, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('the floor server did not answer within a minute');
}
