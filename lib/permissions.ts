/** Staff roles, from most to least trusted; the schema stores them as text. */
export const userRoles = ['admin', 'editor', 'author', 'contributor'] as const;
export type UserRole = (typeof userRoles)[number];

/** 'trashed': deleted and restorable for TRASH_DAYS (newsroom/articles.ts), then purged. */
export const articleStatuses = ['draft', 'pending', 'scheduled', 'published', 'archived', 'trashed'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/**
 * Who may do what. Pure functions over the actor and the article, used by every mutation in the data
 * layer (hiding a button is never the check). The matrix test in tests/integration covers every cell.
 */
export interface Actor {
  id: number;
  role: UserRole;
}

export interface ArticleOwnership {
  authorId: number;
  status: ArticleStatus;
}

/** 'delete' moves a story to the trash; 'restoreFromTrash' brings it back; 'purge' deletes it for good. */
export const articleActions = [
  'create',
  'edit',
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'delete',
  'restoreRevision',
  'restoreFromTrash',
  'purge',
] as const;
export type ArticleAction = (typeof articleActions)[number];

export const siteActions = [
  'reviewQueue',
  'manageSections',
  'manageTags',
  'manageFrontPage',
  'addArticleNotes',
  'managePages',
  'manageMenus',
  'manageUsers',
  'manageSettings',
  'viewAuditLog',
] as const;
export type SiteAction = (typeof siteActions)[number];

const rank: Record<UserRole, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

export function atLeast(actor: Actor, role: UserRole): boolean {
  return rank[actor.role] >= rank[role];
}

/** Work that has never been public: the only work a contributor may touch. */
const unpublishedStatuses: ReadonlySet<ArticleStatus> = new Set(['draft', 'pending']);

/**
 * For 'restoreFromTrash', `article.status` is the status the story had before it was trashed: whoever could
 * delete it may undo that. Deleting for good is the desk's decision alone.
 */
export function canOnArticle(actor: Actor, action: ArticleAction, article: ArticleOwnership | null): boolean {
  if (atLeast(actor, 'editor')) return true;
  if (action === 'create') return true;
  if (action === 'purge') return false;
  if (!article || article.authorId !== actor.id) return false;
  if (actor.role === 'author') return true;
  // Contributors: their own drafts and submissions, never publishing, never published work.
  if (!unpublishedStatuses.has(article.status)) return false;
  return action === 'edit' || action === 'submit' || action === 'delete' || action === 'restoreRevision' || action === 'restoreFromTrash';
}

/** Editors and admins see every article in the editor; everyone else only their own. */
export function seesEveryArticle(actor: Actor): boolean {
  return atLeast(actor, 'editor');
}

/**
 * Whether the editor shows this article to the actor at all (its form, preview, revisions): every article a
 * mutation lets them touch, and their own work even when it is out of their hands. Otherwise a 404.
 */
export function canSeeArticle(actor: Actor, article: Pick<ArticleOwnership, 'authorId'>): boolean {
  return seesEveryArticle(actor) || article.authorId === actor.id;
}

export function canOnSite(actor: Actor, action: SiteAction): boolean {
  switch (action) {
    case 'reviewQueue':
    case 'manageSections':
    case 'manageTags':
    case 'manageFrontPage':
    // A correction or update is the newsroom speaking, not the writer: editors add them, authors ask one.
    case 'addArticleNotes':
    case 'managePages':
    case 'manageMenus':
      return atLeast(actor, 'editor');
    case 'manageUsers':
    case 'manageSettings':
    case 'viewAuditLog':
      return actor.role === 'admin';
  }
}

/**
 * Who may change an article's bylines (add, remove, reorder, credit a guest): editors and admins on any
 * story, authors on their own. A byline never gives its profile's account any right over the story.
 */
export function canSetBylines(actor: Actor, article: Pick<ArticleOwnership, 'authorId'>): boolean {
  return atLeast(actor, 'editor') || (actor.role === 'author' && article.authorId === actor.id);
}

/** Editors and admins create guest profiles and edit every profile; everyone edits the one their account owns. */
export function canEditProfile(actor: Actor, profile: { userId: number | null }): boolean {
  return atLeast(actor, 'editor') || (profile.userId !== null && profile.userId === actor.id);
}

export function canCreateGuestProfile(actor: Actor): boolean {
  return atLeast(actor, 'editor');
}

/** What uses a library picture, as far as who may change it goes. */
export type PictureUseOwnership = ({ kind: 'article' } & ArticleOwnership) | { kind: 'page' } | { kind: 'profile'; userId: number | null };

/**
 * Who may change a library picture's details (alt text, caption, credit, focal point) or delete it: the
 * library is shared, but a change shows in every story that uses the picture. Editors and admins change
 * any picture; everyone else only their own uploads, and only while they may edit everything that uses
 * them (their own drafts, for a contributor). Deleting one in use also removes it from those stories.
 */
export function canChangePicture(actor: Actor, picture: { uploadedBy: number }, uses: readonly PictureUseOwnership[]): boolean {
  if (atLeast(actor, 'editor')) return true;
  if (picture.uploadedBy !== actor.id) return false;
  return uses.every((use) => {
    if (use.kind === 'article') return canOnArticle(actor, 'edit', use);
    if (use.kind === 'profile') return canEditProfile(actor, use);
    return canOnSite(actor, 'managePages');
  });
}
