/**
 * The browser's copy of what is typed in the article form, kept in localStorage under the article and the
 * version it was typed on, so a crash, a closed tab or a lost connection never loses it. A live story's
 * edits live only here until Update (autosave never publishes half-typed text).
 */

/** The fields a local copy keeps and gives back. */
export interface LocalDraftValues {
  title: string;
  slug: string;
  summary: string;
  body: string;
  categoryId: string;
  tags: string;
  featuredImageUrl: string;
  featuredImageAlt: string;
}

export interface LocalDraft {
  /** The article's id, or "new" before its first save. */
  article: string;
  /** The version the edits were made on (0 before the first save). */
  version: number;
  savedAt: number;
  values: LocalDraftValues;
}

const PREFIX = 'paradox:unsaved:';
const FIELDS: Array<keyof LocalDraftValues> = [
  'title',
  'slug',
  'summary',
  'body',
  'categoryId',
  'tags',
  'featuredImageUrl',
  'featuredImageAlt',
];

const keyOf = (article: string, version: number) => `${PREFIX}${article}:v${version}`;

/** Storage may be missing or refuse (private windows, a full quota): the form then works without it. */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function valuesFromForm(form: HTMLFormElement): LocalDraftValues {
  const data = new FormData(form);
  const values = {} as LocalDraftValues;
  for (const field of FIELDS) {
    const value = data.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

export function sameValues(a: LocalDraftValues, b: LocalDraftValues): boolean {
  return FIELDS.every((field) => a[field] === b[field]);
}

export function writeLocalDraft(article: string, version: number, values: LocalDraftValues): void {
  const store = storage();
  if (!store) return;
  const draft: LocalDraft = { article, version, savedAt: Date.now(), values };
  try {
    // One copy per article: the newest edits replace older ones, whichever version they were typed on.
    removeLocalDrafts(article);
    store.setItem(keyOf(article, version), JSON.stringify(draft));
  } catch {
    // Over quota: the server copy (or the warning before leaving) still stands.
  }
}

/** The newest copy kept for the article, if any. */
export function readLocalDraft(article: string): LocalDraft | null {
  const store = storage();
  if (!store) return null;
  let newest: LocalDraft | null = null;
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (!key?.startsWith(`${PREFIX}${article}:`)) continue;
    try {
      const draft = JSON.parse(store.getItem(key) ?? '') as LocalDraft;
      if (draft && typeof draft.savedAt === 'number' && draft.values && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
    } catch {
      // A damaged entry is skipped.
    }
  }
  return newest;
}

export function removeLocalDrafts(article: string): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(`${PREFIX}${article}:`)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
