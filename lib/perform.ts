import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { Mutation, MutationResult } from '@/db/mutation';
import { getCurrentStaff } from './session';

/**
 * Server actions call mutations only through here: the session is loaded and re-checked, the data-layer
 * guard validates, authorizes, writes and audits in one transaction, then exactly the pages it names are
 * revalidated.
 */
export async function perform<S extends z.ZodType, R>(mutation: Mutation<S, R>, input: unknown): Promise<MutationResult<R>> {
  const staff = await getCurrentStaff();
  const result = await mutation.execute(staff?.id ?? null, input);
  if (result.ok) {
    for (const path of result.revalidate) revalidatePath(path);
  }
  return result;
}
