import 'server-only';
import type { StaffSession } from '@/newsroom/staff-sessions';
import { canOnArticle, canSetBylines, type ArticleOwnership } from '@/lib/permissions';
import { listProfiles, type Byline } from '@/db/authors';

/** Which buttons the article form shows. Only a convenience: the mutations check again. */
export function articleFormAbilities(staff: StaffSession, article: ArticleOwnership | null) {
  const subject = article ?? { authorId: staff.id, status: 'draft' as const };
  return {
    publish: canOnArticle(staff, 'publish', subject),
    schedule: canOnArticle(staff, 'schedule', subject),
    submit: canOnArticle(staff, 'submit', subject),
    unpublish: article ? canOnArticle(staff, 'unpublish', article) : false,
    delete: article ? canOnArticle(staff, 'delete', article) : false,
    setBylines: canSetBylines(staff, subject),
  };
}

/** The byline picker's choices, and a story's bylines in the picker's terms (a guest is a profile without an account). */
export async function bylinePickerData(bylines: Byline[]) {
  const profiles = (await listProfiles()).map((profile) => ({
    id: profile.id,
    name: profile.name,
    title: profile.title,
    guest: profile.accountName === null,
  }));
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  return {
    profiles,
    bylines: bylines.map((byline) => byId.get(byline.id) ?? { id: byline.id, name: byline.name, title: '', guest: false }),
  };
}
