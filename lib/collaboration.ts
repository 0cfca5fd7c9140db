import { joinNames } from './text';

/** Working together in the editor: mentions in comments, what a notification says, presence timing. Pure. */

/** A comment, or the note an editor writes when sending a submission back to its writer. */
export const articleCommentKinds = ['comment', 'send_back'] as const;
export type ArticleCommentKind = (typeof articleCommentKinds)[number];

export const notificationKinds = ['submitted', 'sent_back', 'published', 'mentioned'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The longest comment or send-back note. */
export const MAX_COMMENT_CHARS = 2000;

/** The form's heartbeat: how often an open article form says its editor is still there. */
export const PRESENCE_HEARTBEAT_MS = 20_000;
/** Someone counts as editing a story while their last heartbeat is younger than this (two missed beats and a margin). */
export const PRESENCE_WINDOW_MS = 45_000;

export interface MentionableStaff {
  id: number;
  name: string;
  slug: string;
}

const fold = (value: string) => value.normalize('NFC').toLocaleLowerCase('en');
// What may follow a mention: the end, a space or punctuation, never more of a name ("@ana-ruizx").
const endsMention = (next: string | undefined) => next === undefined || !/[\p{L}\p{N}_-]/u.test(next);

/**
 * The staff a comment mentions, in order of first mention: "@" followed by a person's full name ("@Ana Ruiz")
 * or their slug ("@ana-ruiz"), in any letter case. The longest name wins ("@Ana Ruiz" over an "@Ana").
 */
export function findMentions(text: string, staff: readonly MentionableStaff[]): number[] {
  const folded = fold(text);
  const handles = staff
    .flatMap((person) => [fold(person.name), fold(person.slug)].filter(Boolean).map((handle) => ({ handle, id: person.id })))
    .sort((a, b) => b.handle.length - a.handle.length);
  const found: number[] = [];
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    // An address (ana@example.org) is not a mention.
    if (at > 0 && /[\p{L}\p{N}_.-]/u.test(folded[at - 1] ?? '')) continue;
    const rest = folded.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && endsMention(rest[handle.length]));
    if (match && !found.includes(match.id)) found.push(match.id);
  }
  return found;
}

/** One line for the notifications list: "Eddie Editor sent back “Harbour cranes”". */
export function describeNotification(kind: NotificationKind, actorName: string | null, articleTitle: string): string {
  const who = actorName ?? 'Someone';
  const story = `“${articleTitle || 'Untitled draft'}”`;
  switch (kind) {
    case 'submitted':
      return `${who} submitted ${story} for review`;
    case 'sent_back':
      return `${who} sent ${story} back to you`;
    case 'published':
      return `${who} published ${story}`;
    case 'mentioned':
      return `${who} mentioned you on ${story}`;
  }
}

/** "Ana Ruiz is editing this story", "Ana Ruiz and Bo Li are editing this story". */
export function presenceSentence(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return `${joinNames(names)} ${names.length === 1 ? 'is' : 'are'} editing this story`;
}
