/**
 * The soak test's hostile client: beside the readers, it posts every server action to pages that do not
 * hold it (with and without Origin, or another site's), sends malformed addresses and action bodies, and
 * guesses one account's password 20 times a second, all at once. It records what came back.
 */
import {
  addressOfRoute,
  buildActions,
  postAction,
  sendRaw,
  signInFields,
  undecodableActionArguments,
  undecodablePaths,
} from '../../e2e/support/hostile';

export interface HostileReport {
  requests: number;
  /** 5xx answers other than the production server's 503 for load (posts over MAX_WRITES_IN_FLIGHT, reads over MAX_RENDERS_WAITING). */
  status5xx: number;
  /** Requests refused with that 503 and Retry-After: the server shedding load, as it should. */
  shed: number;
  /** Requests that got no answer at all (the connection failed). */
  unanswered: number;
  statusCodes: Record<string, number>;
  signInGuesses: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export function startHostileClient(port: number, victimEmail: string): { stop: () => Promise<HostileReport> } {
  const actions = buildActions();
  const signIn = actions.find((action) => action.name === 'signInAction');
  if (!signIn) throw new Error('the build has no sign-in action');
  const pages = [
    '/',
    '/login',
    '/setup',
    '/search',
    '/world',
    '/editor',
    '/editor/users',
    '/no-such-page',
    '/favicon.svg',
    '/feed.xml',
    '/tag/x',
    '/author/x',
  ];
  const report: HostileReport = { requests: 0, status5xx: 0, shed: 0, unanswered: 0, statusCodes: {}, signInGuesses: 0 };
  const inFlight = new Set<Promise<void>>();

  const track = (request: () => Promise<{ status: number; retryAfter?: string }>) => {
    report.requests++;
    const done = request()
      .then(({ status, retryAfter }) => {
        report.statusCodes[status] = (report.statusCodes[status] ?? 0) + 1;
        if (status === 503 && retryAfter) report.shed++;
        else if (status >= 500) report.status5xx++;
      })
      .catch(() => {
        report.unanswered++;
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const strayAction = () => {
    const action = pick(actions);
    const holders = new Set(action.pages.map(addressOfRoute));
    const page = pick(pages.filter((candidate) => !holders.has(candidate)));
    const origin = pick([undefined, `http://localhost:${port}`, 'https://attacker.example']);
    track(() => postAction(port, page, action.id, [['0', '["$K1"]']], origin ? { origin } : {}));
  };
  const malformed = () => {
    if (Math.random() < 0.5) track(() => sendRaw(port, 'GET', pick(undecodablePaths)));
    else track(() => postAction(port, '/login', signIn.id, [['0', pick(undecodableActionArguments)]]));
  };
  const guess = () => {
    report.signInGuesses++;
    track(() => postAction(port, '/login', signIn.id, signInFields(victimEmail, `wrong-guess-${Math.random().toString(36).slice(2)}`)));
  };

  const timers = [setInterval(strayAction, 100), setInterval(malformed, 100), setInterval(guess, 50)];
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([...inFlight]);
      return report;
    },
  };
}

/** The victim's right password, sent after the guessing: the lock must refuse it. */
export async function tryRightPassword(port: number, victimEmail: string, password: string): Promise<number> {
  const signIn = buildActions().find((action) => action.name === 'signInAction');
  if (!signIn) throw new Error('the build has no sign-in action');
  return (await postAction(port, '/login', signIn.id, signInFields(victimEmail, password))).status;
}
