'use server';

import { refresh } from 'next/cache';
import type { AdminFormState } from '@/actions/admin';
import { updateBreakingNews, updateFrontPage } from '@/newsroom/front-page';
import { TOP_STORY_SLOTS } from '@/db/front-page';
import { formValue, previousState } from '@/lib/form-data';
import { getSiteClock } from '@/db/settings';
import { endOfSiteDay, readPinEnd, readWallTimeInput } from '@/lib/site-time';
import { perform } from '@/web/perform';

/** An admin form's answer, numbered so the form starts afresh from each one (a select keeps no new default otherwise). */
export interface FrontPageFormState extends AdminFormState {
  seq: number;
}

const initialState: FrontPageFormState = { ok: false, message: null, fieldErrors: {}, values: {}, seq: 0 };

/** Whatever the form sent, echoed back on failure so nothing typed is lost. */
function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [name, value] of formData.entries()) if (typeof value === 'string' && !name.startsWith('$')) values[name] = value;
  return values;
}

function pinEnd(formData: FormData, prefix: string, zone: string): string | null {
  return readPinEnd(formValue(formData, `${prefix}.until`), formValue(formData, `${prefix}.forever`) === 'on', new Date(), zone);
}

function pinFrom(formData: FormData, prefix: string, zone: string) {
  const articleId = formValue(formData, `${prefix}.articleId`);
  return { articleId: articleId || null, pinnedUntil: articleId ? pinEnd(formData, prefix, zone) : null };
}

/** Section blocks in the order of their position numbers (ties keep the listed order). */
function sectionsFrom(formData: FormData) {
  const ids = formData instanceof FormData ? formData.getAll('sectionId').filter((value) => typeof value === 'string') : [];
  return ids
    .map((id, listed) => ({
      categoryId: id,
      shown: formValue(formData, `section.${id}.shown`) === 'on',
      order: Number(formValue(formData, `section.${id}.position`)) || listed + 1,
      listed,
    }))
    .sort((a, b) => a.order - b.order || a.listed - b.listed)
    .map(({ categoryId, shown }) => ({ categoryId, shown }));
}

function outcome(previous: unknown, result: Awaited<ReturnType<typeof perform>>, formData: FormData, message: string): FrontPageFormState {
  const seq = previousState(previous, initialState).seq + 1;
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: echo(formData), seq };
  // The editor's own screen shows the saved state at once.
  refresh();
  return { ok: true, message, fieldErrors: {}, values: {}, seq };
}

export async function updateFrontPageAction(previous: FrontPageFormState, formData: FormData): Promise<FrontPageFormState> {
  const { timeZone: zone } = await getSiteClock();
  const input = {
    lead: pinFrom(formData, 'lead', zone),
    topStories: Array.from({ length: TOP_STORY_SLOTS }, (_, position) => pinFrom(formData, `topStories.${position}`, zone)),
    sections: sectionsFrom(formData),
  };
  const result = await perform(updateFrontPage, input);
  return outcome(previous, result, formData, 'Front page saved. Readers see it now.');
}

export async function updateBreakingNewsAction(previous: FrontPageFormState, formData: FormData): Promise<FrontPageFormState> {
  const { timeZone: zone } = await getSiteClock();
  const expires = formValue(formData, 'expiresAt').trim();
  const input = {
    active: formValue(formData, 'active') === 'on',
    headline: formValue(formData, 'headline'),
    text: formValue(formData, 'text'),
    target: formValue(formData, 'target'),
    articleId: formValue(formData, 'articleId') || null,
    url: formValue(formData, 'url'),
    expiresAt: expires ? (readWallTimeInput(expires, zone)?.toISOString() ?? 'not a time') : endOfSiteDay(new Date(), zone).toISOString(),
  };
  const result = await perform(updateBreakingNews, input);
  const message = input.active ? 'Breaking news is on every reader page now.' : 'Breaking news is off.';
  return outcome(previous, result, formData, message);
}
