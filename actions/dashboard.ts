'use server';

import { redirect } from 'next/navigation';
import { moveArticleToSection, publishArticle, trashArticle, unpublishArticle } from '@/newsroom/articles';
import { performEach } from '@/web/perform';
import { formValue } from '@/lib/form-data';
import { editorDashboardPath } from '@/lib/paths';

// Not exported: a 'use server' module exports only actions.
const bulkActions = ['publish', 'unpublish', 'trash', 'move'] as const;
type BulkAction = (typeof bulkActions)[number];

const doneWords: Record<BulkAction, string> = {
  publish: 'Published',
  unpublish: 'Unpublished',
  trash: 'Moved to the trash',
  move: 'Moved to the section',
};

/** At most one page of the dashboard at a time. */
const MAX_BULK = 100;

/**
 * The dashboard's bulk actions: one mutation per story, each through the guard (so each story's own
 * permission is checked and audited), the stories it made public rendered ahead for their readers, then
 * back to the dashboard saying how many went and why any did not.
 */
export async function bulkArticlesAction(formData: FormData): Promise<void> {
  const action = formValue(formData, 'bulkAction') as BulkAction;
  const back = formValue(formData, 'returnTo');
  const returnQuery = back.startsWith('?') ? back.slice(1, 500) : '';
  const ids = [...new Set(formData.getAll('ids').map((value) => String(value)))].filter((value) => /^[1-9]\d{0,11}$/.test(value));
  const answer = (key: 'notice' | 'error', message: string): never => {
    const query = new URLSearchParams(returnQuery);
    query.delete('notice');
    query.delete('error');
    query.set(key, message);
    return redirect(editorDashboardPath(query.toString()));
  };
  if (!bulkActions.includes(action)) answer('error', 'Choose what to do with the selected stories.');
  if (ids.length === 0) answer('error', 'Select at least one story first.');
  if (ids.length > MAX_BULK) answer('error', `Select at most ${MAX_BULK} stories at a time.`);
  const categoryId = formValue(formData, 'bulkSection');
  if (action === 'move' && !categoryId) answer('error', 'Choose the section to move the stories to.');

  const refs = ids.map((id) => ({ id }));
  // One call, so the stories made public are rendered once together after the response (web/perform.ts).
  const results =
    action === 'publish'
      ? await performEach(publishArticle, refs)
      : action === 'unpublish'
        ? await performEach(unpublishArticle, refs)
        : action === 'trash'
          ? await performEach(trashArticle, refs)
          : await performEach(
              moveArticleToSection,
              refs.map((ref) => ({ ...ref, categoryId })),
            );
  let done = 0;
  const refusals = new Map<string, number>();
  for (const result of results) {
    if (result.ok) done++;
    else refusals.set(result.message, (refusals.get(result.message) ?? 0) + 1);
  }
  const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;
  const refused = [...refusals].map(([message, count]) => `${stories(count)} not changed: ${message}`).join(' ');
  if (done === 0) answer('error', refused);
  answer('notice', `${doneWords[action]}: ${stories(done)}.${refused ? ` ${refused}` : ''}`);
}
