/**
 * Structured logs: one JSON object a line on standard output, for journald, Docker or any log shipper.
 * Used by the production server (request log, start and stop) and by instrumentation (request errors).
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'fatal';

export type LogFields = Record<string, unknown>;

export function logLine(level: LogLevel, msg: string, fields: LogFields = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

/** An error as log fields: name, message, stack (with causes), and Next's digest when it has one. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { err: { message: String(error) } };
  const digest = (error as Error & { digest?: unknown }).digest;
  const cause =
    error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message, stack: error.cause.stack } : undefined;
  return {
    err: {
      name: error.name,
      message: error.message,
      stack: error.stack,
      ...(typeof digest === 'string' ? { digest } : {}),
      ...(cause ? { cause } : {}),
    },
  };
}
