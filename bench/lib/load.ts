/** Load generation with autocannon: one target at a time, figures per round. */
import autocannon from 'autocannon';

export interface LoadTarget {
  name: string;
  /** Path of every request, or a function giving each request its own path. */
  path: string | (() => string);
}

export interface RoundFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers other than 2xx. */
  non2xx: number;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export async function runLoad(origin: string, target: LoadTarget, settings: LoadSettings): Promise<RoundFigures> {
  const { path } = target;
  const result = await autocannon({
    url: `${origin}${typeof path === 'string' ? path : '/'}`,
    connections: settings.connections,
    duration: settings.durationSeconds,
    // Every request of a long-tail target asks for another page.
    requests: typeof path === 'string' ? undefined : [{ setupRequest: (request) => ({ ...request, path: path() }) }],
  });
  return {
    requestsPerSecond: result.requests.total / Math.max(0.001, result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
