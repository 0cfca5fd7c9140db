import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureOneAtATime } from '@/bench/lib/one-at-a-time';
import { processCpuMs } from '@/bench/lib/server';

describe('one request at a time (bench/lib/one-at-a-time.ts)', () => {
  it("reads a process's CPU from /proc as Node counts it", () => {
    const before = { proc: processCpuMs([process.pid]), node: process.cpuUsage() };
    const until = performance.now() + 300;
    let spin = 0;
    while (performance.now() < until) spin++;
    const used = process.cpuUsage(before.node);
    const procMs = processCpuMs([process.pid]) - before.proc;
    expect(spin).toBeGreaterThan(0);
    // /proc counts in 10 ms ticks.
    expect(Math.abs(procMs - (used.user + used.system) / 1000)).toBeLessThanOrEqual(30);
    expect(processCpuMs([2 ** 22 + 1])).toBe(0);
  });

  const servers: http.Server[] = [];
  const paths: string[] = [];
  const start = (answer: (path: string) => number) =>
    new Promise<string>((resolve) => {
      const server = http.createServer((request, response) => {
        paths.push(request.url ?? '');
        response.writeHead(answer(request.url ?? '')).end('ok');
      });
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    });
  let floorOrigin = '';
  let siteOrigin = '';
  beforeAll(async () => {
    floorOrigin = await start(() => 200);
    siteOrigin = await start((path) => (path.endsWith('/3') ? 404 : 200));
  });
  afterAll(() => servers.forEach((server) => server.close()));

  it('alternates blocks with the floor, gives every request its own path, and counts answers other than 2xx', async () => {
    let next = 0;
    const [figures] = await measureOneAtATime(
      { origin: floorOrigin, pid: process.pid, target: { name: 'floor', path: '/floor' } },
      [{ name: 'tail', origin: siteOrigin, pid: process.pid, target: { name: 'tail', path: () => `/story/${next++}` } }],
      { blocks: 2, perBlock: 3 },
    );
    expect(paths).toEqual([
      '/floor',
      '/floor',
      '/floor',
      '/story/0',
      '/story/1',
      '/story/2',
      '/floor',
      '/floor',
      '/floor',
      '/story/3',
      '/story/4',
      '/story/5',
    ]);
    expect(figures).toMatchObject({ name: 'tail', requests: 6, non2xx: 1 });
    expect(figures?.cpuMsPerRequest).toBeGreaterThanOrEqual(0);
    expect(figures?.wallMsPerRequest).toBeGreaterThan(0);
  });
});
