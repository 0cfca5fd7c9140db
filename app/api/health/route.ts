/** Liveness: the process is up and answering. Touches nothing else, so a slow database never fails it. */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
