/** Building and starting the production server, and watching its memory. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bundleProductionServer, productionServerNodeArguments } from '../../scripts/bundle-server';

export const projectRoot = path.resolve(__dirname, '..', '..');
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build`, with the benchmark's database, in case pages are prerendered from it. */
export function buildSite(databaseUrl: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', SEED_DEMO: '0' },
  });
  if (result.status !== 0) throw new Error('next build failed');
  return (performance.now() - started) / 1000;
}

/** SIGTERM, five seconds to finish, then SIGKILL: a benchmark never leaves a server behind. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export interface RunningSite {
  child: ChildProcess;
  origin: string;
  stop: () => Promise<void>;
}

/**
 * The production server (server/production-server.ts, bundled, as `npm start` runs it) on the port;
 * resolves once it answers. Its per-request log lines are dropped: under load they would bury the
 * report, and writing them is part of what is measured either way.
 */
export async function startSite(
  port: number,
  databaseUrl: string,
  options: { onLogLine?: (line: string) => void; nodeArguments?: string[]; env?: Record<string, string> } = {},
): Promise<RunningSite> {
  const origin = `http://127.0.0.1:${port}`;
  const serverFile = path.join(projectRoot, '.next', 'production-server.js');
  await bundleProductionServer(serverFile);
  // Started with node directly, so the PID held is the server's own.
  const child = spawn(
    process.execPath,
    [...productionServerNodeArguments(), ...(options.nodeArguments ?? []), serverFile, '--dir', projectRoot],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
        AUTH_TRUST_HOST: 'true',
        SITE_URL: `http://localhost:${port}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: '0',
        NEXT_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
    },
  );
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      options.onLogLine?.(line);
      if (!line.includes('"msg":"request"')) process.stdout.write(`  [server] ${line}\n`);
    }
  });
  const stop = () => stopChild(child);
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the production server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { child, origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('the server did not answer within 5 minutes');
}

/** The fields of /proc/<pid>/stat after the command name (state, parent, …); null when the process has ended. */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Clock ticks a second in /proc/<pid>/stat: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
const CLOCK_TICKS_PER_SECOND = 100;

/** User and system CPU milliseconds the processes have used so far (Linux); nothing for one that has ended. */
export function processCpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** The process and all its descendants, from /proc. */
export function processTree(rootPid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields) continue;
    const parent = Number(fields[1]);
    parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i] ?? -1) ?? []));
  return tree;
}

function residentKilobytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the process and its descendants now, in MB (Linux); null when it has ended. */
export function residentMegabytes(rootPid: number): number | null {
  if (!fs.existsSync(`/proc/${rootPid}`)) return null;
  return Math.round(
    processTree(rootPid)
      .map(residentKilobytes)
      .reduce((sum, size) => sum + size, 0) / 1024,
  );
}

export interface MemoryPeak {
  /** Sum over the server's processes at the worst sample. */
  peakMb: number;
  /** The largest single process. */
  peakProcessMb: number;
  processes: number;
}

/** Samples the server's resident memory (VmRSS) every 200 ms until stopped. */
export function watchMemory(rootPid: number): { stop: () => MemoryPeak } {
  let peakKb = 0;
  let peakProcessKb = 0;
  let processes = 1;
  const sample = () => {
    const tree = processTree(rootPid);
    processes = Math.max(processes, tree.length);
    const sizes = tree.map(residentKilobytes);
    peakKb = Math.max(
      peakKb,
      sizes.reduce((sum, size) => sum + size, 0),
    );
    peakProcessKb = Math.max(peakProcessKb, ...sizes);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakMb: peakKb / 1024, peakProcessMb: peakProcessKb / 1024, processes };
    },
  };
}
