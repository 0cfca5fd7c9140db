import { NextResponse } from 'next/server';

// The floor needs no proxy; without this file the build would take the project's own from the folder above.
// Its matcher is an address nobody asks for, so it never runs.
export function proxy(): NextResponse {
  return NextResponse.next();
}

export const config = { matcher: '/__floor-proxy-never-runs' };
