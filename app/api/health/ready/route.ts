import { checkReadiness } from '@/db/health';

/** Readiness: the database answers and its migrations match this build. 503 otherwise, for load balancers. */
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  const body = readiness.ready ? { status: 'ready', migrations: readiness.migrations } : { status: 'not ready', ...readiness };
  return Response.json(body, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
