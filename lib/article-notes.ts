/** Kinds of note an editor adds to a published story, as readers see them named. */
export const articleNoteKindLabels = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  editors_note: 'Editor’s note',
} as const;
export type ArticleNoteKind = keyof typeof articleNoteKindLabels;
export const articleNoteKinds = Object.keys(articleNoteKindLabels) as [ArticleNoteKind, ...ArticleNoteKind[]];

/** The kinds listed on /corrections and in its feed. */
export const correctionKinds: readonly ArticleNoteKind[] = ['correction', 'clarification'];

export interface ArticleNote {
  id: number;
  kind: ArticleNoteKind;
  body: string;
  createdAt: Date;
}

/** Corrections, clarifications and editor's notes lead the story; updates follow it. */
export function leadsTheStory(note: Pick<ArticleNote, 'kind'>): boolean {
  return note.kind !== 'update';
}

/**
 * The time a reader is told a story was updated: its newest note or the last save an editor marked a
 * significant update, whichever is later; null when neither exists (a typo fix is never announced).
 */
export function readerUpdateTime(article: {
  significantUpdateAt: Date | null;
  notes: readonly Pick<ArticleNote, 'createdAt'>[];
}): Date | null {
  let latest = article.significantUpdateAt;
  for (const note of article.notes) if (!latest || note.createdAt > latest) latest = note.createdAt;
  return latest;
}

/** A note's paragraphs: separated by blank lines as typed. */
export function noteParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
