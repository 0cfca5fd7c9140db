import 'server-only';
import { eq } from 'drizzle-orm';
import { type z } from 'zod';
import type { Actor, UserRole } from '@/lib/permissions';
import { getDb, syncReplica, type Database, type Transaction } from '@/db';
import { isTwoFactorRequired } from '@/db/two-factor';
import { auditLog, users } from '@/db/schema';

export interface MutationActor extends Actor {
  email: string;
  name: string;
  /** Has two-factor sign-in set up. */
  twoFactor: boolean;
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: number | null;
  summary: string;
}

export interface MutationOutcome<R> {
  result: R;
  /** Null only for bookkeeping that changes nothing in the newsroom (a presence heartbeat, a read mark). */
  audit: AuditEntry | null;
  /** Paths whose pages changed; the action layer revalidates exactly these. */
  revalidate: string[];
  /** Of those, the pages to render again at once, after the response, so their first reader does not wait. */
  warm?: PagesToWarm;
}

/** A story that readers can now see at its address, and the listings they are likeliest to find it on. */
export interface PagesToWarm {
  /** The story's own page. */
  story: string;
  /** Its section's first page, the front page. */
  listings: string[];
}

export type MutationErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'invalid';

/** A refusal the user should see. Anything else thrown inside a mutation is a bug and rolls back. */
export class MutationError extends Error {
  constructor(
    readonly code: MutationErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * A refusal whose writes stand, unlike a MutationError, which rolls everything back: a failed password
 * check inside a mutation is counted against the sign-in throttle and audited although the change is refused.
 */
export class RecordedRefusal extends MutationError {}

export type MutationResult<R> =
  | { ok: true; result: R; revalidate: string[]; warm?: PagesToWarm }
  | { ok: false; code: MutationErrorCode; message: string; fieldErrors: Record<string, string> };

export interface MutationContext {
  tx: Transaction;
  actor: MutationActor;
  now: Date;
}

export interface Mutation<S extends z.ZodType, R> {
  name: string;
  /**
   * The one guard every change goes through: loads the acting user from the database (disabled users
   * are refused), validates input with zod, runs the change and its audit entry in one transaction.
   */
  execute(actorId: number | null, input: unknown, now?: Date): Promise<MutationResult<R>>;
  schema: S;
}

function flattenIssues(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

export async function loadActiveActor(tx: Transaction | Database, actorId: number): Promise<MutationActor | null> {
  const [row] = await tx
    .select({
      id: users.id,
      role: users.role,
      email: users.email,
      name: users.name,
      disabled: users.disabled,
      totpSecret: users.totpSecret,
    })
    .from(users)
    .where(eq(users.id, actorId))
    .limit(1);
  if (!row || row.disabled) return null;
  return { id: row.id, role: row.role as UserRole, email: row.email, name: row.name, twoFactor: row.totpSecret !== null };
}

export async function recordAudit(
  tx: Transaction | Database,
  actor: { id: number | null; email: string },
  entry: AuditEntry,
  now: Date = new Date(),
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary.slice(0, 500),
    createdAt: now,
  });
}

export function defineMutation<S extends z.ZodType, R>(spec: {
  name: string;
  input: S;
  run: (context: MutationContext, input: z.infer<S>) => Promise<MutationOutcome<R>>;
  /** Allowed while the site requires two-factor and the actor has not set it up (setting it up, signing out). */
  allowWithoutTwoFactor?: boolean;
}): Mutation<S, R> {
  return {
    name: spec.name,
    schema: spec.input,
    async execute(actorId, rawInput, now = new Date()) {
      if (actorId === null) {
        return { ok: false, code: 'unauthenticated', message: 'Please sign in again.', fieldErrors: {} };
      }
      const parsed = spec.input.safeParse(rawInput);
      if (!parsed.success) {
        return { ok: false, code: 'invalid', message: 'Please correct the highlighted fields.', fieldErrors: flattenIssues(parsed.error) };
      }
      try {
        const outcome = await getDb().transaction(async (tx) => {
          const actor = await loadActiveActor(tx, actorId);
          if (!actor) throw new MutationError('unauthenticated', 'Your account is not active. Please sign in again.');
          if (!spec.allowWithoutTwoFactor && !actor.twoFactor && (await isTwoFactorRequired(tx))) {
            throw new MutationError('forbidden', 'This site requires two-factor sign-in. Set it up under Account first.');
          }
          try {
            const result = await spec.run({ tx, actor, now }, parsed.data);
            if (result.audit) await recordAudit(tx, actor, result.audit, now);
            return { done: result };
          } catch (error) {
            // Returned rather than thrown, so the transaction commits what the refusal recorded.
            if (error instanceof RecordedRefusal) return { refused: error };
            throw error;
          }
        });
        // With an embedded replica the change went to the primary; pull it before pages re-render.
        await syncReplica();
        if ('refused' in outcome) throw outcome.refused;
        const warm = outcome.done.warm ? { warm: outcome.done.warm } : {};
        return { ok: true, result: outcome.done.result, revalidate: [...new Set(outcome.done.revalidate)], ...warm };
      } catch (error) {
        if (error instanceof MutationError) {
          return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
        }
        throw error;
      }
    },
  };
}

export function forbidden(message = 'You do not have permission to do that.'): never {
  throw new MutationError('forbidden', message);
}
