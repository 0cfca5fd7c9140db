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
  /** The first few of them, as "status path". */
  non2xxSamples?: string[];
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export async function runLoad(origin: string, target: LoadTarget, settings: LoadSettings): Promise<RoundFigures> {
  const { path } = target;
  const samples = new NonOkSamples();
  const result = await autocannon({
    url: `${origin}${typeof path === 'string' ? path : '/'}`,
    connections: settings.connections,
    duration: settings.durationSeconds,
    // Every request of a long-tail target asks for another page.
    requests: [
      {
        setupRequest: (request, context) => samples.sent(typeof path === 'string' ? request : { ...request, path: path() }, context),
        onResponse: (status, _body, context) => samples.answered(status, context),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.total / Math.max(0.001, result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    non2xxSamples: samples.list,
  };
}

/** Remembers each connection's address and the first few that were not answered with a 2xx. */
export class NonOkSamples {
  readonly list: string[] = [];
  sent<T extends { path?: string }>(request: T, context: object): T {
    (context as { benchPath?: string }).benchPath = request.path;
    return request;
  }
  answered(status: number, context: object): void {
    if ((status < 200 || status > 299) && this.list.length < 5)
      this.list.push(`${status} ${(context as { benchPath?: string }).benchPath ?? '?'}`);
  }
}
