import 'server-only';
import type { StaffSession } from '@/newsroom/staff-sessions';
import { canOnArticle, type ArticleOwnership } from '@/lib/permissions';

/** Which buttons the article form shows. Only a convenience: the mutations check again. */
export function articleFormAbilities(staff: StaffSession, article: ArticleOwnership | null) {
  const subject = article ?? { authorId: staff.id, status: 'draft' as const };
  return {
    publish: canOnArticle(staff, 'publish', subject),
    schedule: canOnArticle(staff, 'schedule', subject),
    submit: canOnArticle(staff, 'submit', subject),
    unpublish: article ? canOnArticle(staff, 'unpublish', article) : false,
    delete: article ? canOnArticle(staff, 'delete', article) : false,
  };
}
