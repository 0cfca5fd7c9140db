import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import type { z } from 'zod';
import type { Mutation, MutationResult } from '@/newsroom/guard';
import { EVERY_READER_PAGE, HOME_PAGE_ROUTE } from '@/lib/paths';
import { renderPagesAgain } from './render-on-publish';
import { getCurrentStaff } from './session';

/**
 * Server actions call mutations only through here: the session is loaded and re-checked, the data-layer
 * guard validates, authorizes, writes and audits in one transaction, then exactly the pages it names are
 * revalidated, and the few it marks to warm (a published story, its section, the front page) are rendered
 * again after the response, so the first reader finds them ready.
 */
export async function perform<S extends z.ZodType, R>(mutation: Mutation<S, R>, input: unknown): Promise<MutationResult<R>> {
  const staff = await getCurrentStaff();
  const result = await mutation.execute(staff?.id ?? null, input);
  if (result.ok) {
    for (const path of new Set(result.revalidate)) {
      if (path === EVERY_READER_PAGE) revalidatePath('/', 'layout');
      else if (path === '/') revalidatePath(HOME_PAGE_ROUTE);
      else if (path.includes('[')) revalidatePath(path, 'page');
      else revalidatePath(path);
    }
    const warm = result.warm ?? [];
    if (warm.length > 0) after(() => renderPagesAgain(warm));
  }
  return result;
}
