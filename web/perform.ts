import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import type { z } from 'zod';
import type { Mutation, MutationResult } from '@/newsroom/guard';
import { EVERY_READER_PAGE, HOME_PAGE_ROUTE } from '@/lib/paths';
import { pagesToWarm, renderPagesAgain } from './render-on-publish';
import { getCurrentStaff } from './session';

/**
 * Server actions call mutations only through here: the session is loaded and re-checked, the data-layer
 * guard validates, authorizes, writes and audits in one transaction, then exactly the pages it names are
 * revalidated, and the few it marks to warm (a published story, its section, the front page) are rendered
 * again after the response, so the first reader finds them ready.
 */
export async function perform<S extends z.ZodType, R>(mutation: Mutation<S, R>, input: unknown): Promise<MutationResult<R>> {
  const [result] = await performEach(mutation, [input]);
  if (!result) throw new Error(`${mutation.name} gave no result`);
  return result;
}

/**
 * One mutation for each input, in order, each as perform() does (its own guard, transaction and audit
 * entry); for the dashboard's bulk actions. The pages they mark to warm are rendered once, together, after
 * the response: each story, each section and the front page once, however many stories went out.
 */
export async function performEach<S extends z.ZodType, R>(mutation: Mutation<S, R>, inputs: unknown[]): Promise<Array<MutationResult<R>>> {
  const staff = await getCurrentStaff();
  const results: Array<MutationResult<R>> = [];
  for (const input of inputs) {
    const result = await mutation.execute(staff?.id ?? null, input);
    if (result.ok) revalidate(result.revalidate);
    results.push(result);
  }
  const warm = pagesToWarm(results.flatMap((result) => (result.ok && result.warm ? [result.warm] : [])));
  if (warm.length > 0) after(() => renderPagesAgain(warm));
  return results;
}

function revalidate(paths: string[]): void {
  for (const path of new Set(paths)) {
    if (path === EVERY_READER_PAGE) revalidatePath('/', 'layout');
    else if (path === '/') revalidatePath(HOME_PAGE_ROUTE);
    else if (path.includes('[')) revalidatePath(path, 'page');
    else revalidatePath(path);
  }
}
