/**
 * The audit log in words: each recorded action as what a person did ("published", "invited"), for the
 * audit page's sentences and its action filter. Actions not listed here read as their code.
 */
export const auditActionWords: Record<string, string> = {
  'article.create': 'started the story',
  'article.update': 'edited',
  'article.submit': 'submitted for review',
  'article.publish': 'published',
  'article.schedule': 'scheduled',
  'article.unpublish': 'unpublished',
  'article.trash': 'moved to the trash',
  'article.restoreFromTrash': 'restored from the trash',
  'article.purge': 'deleted for good',
  'article.restoreRevision': 'restored an earlier version of',
  'article.addNote': 'added a note to',
  'article.pinRelated': 'pinned a related story on',
  'article.unpinRelated': 'unpinned a related story from',
  'article.moveSection': 'moved to another section',
  'article.import': 'imported',
  'page.create': 'created the page',
  'page.update': 'edited the page',
  'page.delete': 'deleted the page',
  'section.create': 'created the section',
  'section.update': 'changed the section',
  'section.move': 'reordered the section',
  'section.delete': 'deleted the section',
  'tag.create': 'created the tag',
  'tag.update': 'changed the tag',
  'tag.delete': 'deleted the tag',
  'media.upload': 'uploaded the picture',
  'media.update': 'changed the picture',
  'media.delete': 'deleted the picture',
  'media.import': 'imported the picture',
  'media.embed-poster': 'kept an embed’s poster',
  'menu.add': 'added a menu link',
  'menu.move': 'moved a menu link',
  'menu.remove': 'removed a menu link',
  'frontpage.update': 'arranged the front page',
  'breaking.update': 'changed the breaking-news banner',
  'profile.update': 'edited the byline profile',
  'profile.createGuest': 'added the guest contributor',
  'settings.update': 'changed the site settings',
  'settings.requireTwoFactor': 'changed whether two-factor is required',
  'user.create': 'created the account of',
  'user.invite': 'invited',
  'user.revokeInvite': 'withdrew the invitation of',
  'user.acceptInvite': 'joined from an invitation',
  'user.changeRole': 'changed the role of',
  'user.disable': 'disabled the account of',
  'user.enable': 'enabled the account of',
  'user.resetPassword': 'reset the password of',
  'user.changePassword': 'changed their password',
  'user.rename': 'changed their name',
  'user.signOut': 'signed out',
  'user.signOutEverywhere': 'signed out everywhere',
  'user.twoFactorStart': 'began setting up two-factor sign-in',
  'user.twoFactorEnable': 'turned on two-factor sign-in',
  'user.twoFactorDisable': 'turned off two-factor sign-in',
  'user.twoFactorReset': 'reset the two-factor sign-in of',
  'auth.signIn': 'signed in',
  'auth.signInFailed': 'failed to sign in',
  'auth.passwordCheckFailed': 'gave a wrong password',
  'auth.lockout': 'was locked out after wrong passwords',
};

/** What the action filter offers, in the order of the list above. */
export const auditFilterActions: readonly string[] = Object.keys(auditActionWords);

export function auditVerb(action: string): string {
  return auditActionWords[action] ?? action;
}

/** Actions that name no object of their own: the sentence ends with the verb. */
const selfActions = new Set([
  'user.changePassword',
  'user.rename',
  'user.signOut',
  'user.signOutEverywhere',
  'user.twoFactorStart',
  'user.twoFactorEnable',
  'user.twoFactorDisable',
  'user.acceptInvite',
  'auth.signIn',
  'auth.signInFailed',
  'auth.passwordCheckFailed',
  'auth.lockout',
  'frontpage.update',
  'breaking.update',
  'settings.update',
  'settings.requireTwoFactor',
]);

export function auditActionNamesObject(action: string): boolean {
  return !selfActions.has(action);
}

/** A saved story's summary is "Title (status, v3)": the title alone, for entries whose story is gone. */
export function titleFromArticleSummary(summary: string): string {
  return summary.replace(/ \((?:draft|pending|scheduled|published|trashed), v\d+\)$/, '');
}

/** Shortens a headline for a sentence, on a word boundary, with an ellipsis. */
export function shortTitle(title: string, max = 60): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  // A cut that ends exactly before a space keeps its last word.
  const space = title[max] === ' ' ? max : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}
