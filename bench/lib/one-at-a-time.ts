/**
 * What one uncached request costs a server in CPU, asked one at a time. Under 16 connections a round's
 * req/s moves with everything else on the machine; the CPU the server's own processes spent, read from
 * /proc before and after a block of requests, moves far less, so it is the figure to compare changes by.
 */
import http from 'node:http';
import type { LoadTarget } from './load';
import { pairedRatio } from './report';
import { processCpuMs, processTree } from './server';
import { median } from './synthetic-text';

export interface OneAtATimeServer {
  origin: string;
  pid: number;
  target: LoadTarget;
}

export interface OneAtATimeFigures {
  name: string;
  requests: number;
  /** Median over blocks of the server's CPU milliseconds a request. */
  cpuMsPerRequest: number;
  /** The same for the floor, in the blocks run just before this target's. */
  floorCpuMsPerRequest: number;
  /**
   * The median over blocks of floor CPU / target CPU, each block against the floor block just before it:
   * the share of the floor's rate the target would reach on a saturated core.
   */
  ratioToFloor: number;
  /** Median wall time of a request, ms. */
  wallMsPerRequest: number;
  non2xx: number;
}

/** A request that has not been answered in this long fails the step rather than hanging the run. */
const REQUEST_TIMEOUT_MS = 30_000;

/** One GET through `agent`, its body read to the end; resolves to the status. */
function get(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer from ${url} in ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
  });
}

async function block(server: OneAtATimeServer, count: number): Promise<{ cpuMs: number; wallMs: number; non2xx: number }> {
  // processTree(0) would be every process on the machine.
  if (!(server.pid > 0)) throw new Error(`no process id for ${server.origin}`);
  const pids = processTree(server.pid);
  const pathOf = typeof server.target.path === 'string' ? () => server.target.path as string : server.target.path;
  // Its own kept-alive connection, closed at the end: none is left idle for a later request to find
  // closed by the server's keep-alive timeout.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let non2xx = 0;
  try {
    const cpuBefore = processCpuMs(pids);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const status = await get(`${server.origin}${pathOf()}`, agent);
      if (status < 200 || status > 299) non2xx++;
    }
    const wallMs = (performance.now() - started) / count;
    return { cpuMs: (processCpuMs(pids) - cpuBefore) / count, wallMs, non2xx };
  } finally {
    agent.destroy();
  }
}

/**
 * Alternates blocks of `perBlock` requests to the floor and to each target, `blocks` times, so both
 * sides of every ratio saw the machine in the same state.
 */
export async function measureOneAtATime(
  floor: OneAtATimeServer,
  targets: ReadonlyArray<OneAtATimeServer & { name: string }>,
  options: { blocks: number; perBlock: number },
): Promise<OneAtATimeFigures[]> {
  const figures = targets.map(() => ({ cpu: [] as number[], floorCpu: [] as number[], wall: [] as number[], non2xx: 0 }));
  for (let round = 0; round < options.blocks; round++) {
    for (const [index, target] of targets.entries()) {
      const floorBlock = await block(floor, options.perBlock);
      const targetBlock = await block(target, options.perBlock);
      const entry = figures[index];
      if (!entry) continue;
      entry.floorCpu.push(floorBlock.cpuMs);
      entry.cpu.push(targetBlock.cpuMs);
      entry.wall.push(targetBlock.wallMs);
      entry.non2xx += targetBlock.non2xx;
    }
  }
  return targets.map((target, index) => {
    const entry = figures[index] ?? { cpu: [], floorCpu: [], wall: [], non2xx: 0 };
    const cpuMsPerRequest = median(entry.cpu);
    const floorCpuMsPerRequest = median(entry.floorCpu);
    return {
      name: target.name,
      requests: options.blocks * options.perBlock,
      cpuMsPerRequest,
      floorCpuMsPerRequest,
      ratioToFloor: pairedRatio(entry.floorCpu, entry.cpu),
      wallMsPerRequest: median(entry.wall),
      non2xx: entry.non2xx,
    };
  });
}
