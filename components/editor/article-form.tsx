'use client';

import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { useRouter } from 'next/navigation';
import { findUnpublishedLinks, saveArticleAction, searchReadMoreTargets, type ArticleSaveReply } from '@/actions/articles';
import { slugify } from '@/lib/slug';
import { countWords, htmlToPlainText, readingMinutes } from '@/lib/text';
import { internalLinkPaths, publishChecklist } from '@/lib/publish-checklist';
import { BylinePicker, type BylineOption } from './byline-picker';
import { FieldError } from './field-error';
import { RichTextEditor } from './rich-text-editor';
import { uploadImageForEditor } from './upload-for-editor';
import { LibraryPicker } from './library-picker';
import { previewEmbedForEditor } from './preview-embed-for-editor';
import { uploadPictureAction } from '@/actions/media';
import type { PicturePreview } from '@/db/media';
import { PublishChecklist } from './publish-checklist';
import { useLeaveGuard } from './use-leave-guard';
import {
  readLocalDraft,
  removeLocalDrafts,
  sameValues,
  valuesFromForm,
  writeLocalDraft,
  type LocalDraft,
  type LocalDraftValues,
} from './local-draft';
import { editorArticlePath, editorMediaPath } from '@/lib/paths';
import { formatSiteMoment, readPublishTime, toWallTimeInput, zoneLabel, type RepeatedTimeChoice, type SiteClock } from '@/lib/site-time';

/** What the form shows of a featured image from the library. */
export type FeaturedPicture = PicturePreview;

export interface ArticleFormValues {
  id: number | null;
  version: number | null;
  title: string;
  slug: string;
  summary: string;
  body: string;
  categoryId: number | null;
  tagNames: string[];
  featuredImageUrl: string;
  featuredImageAlt: string;
  /** The featured image's library item, when it is one: its preview, caption and credit. */
  featuredPicture: FeaturedPicture | null;
  /** ISO string of the publish time, if any. */
  publishAt: string | null;
  status: string;
  /** Live on the site now: edits stay in this browser until Update, so half-typed text never goes public. */
  isLive: boolean;
  /** Its bylines, in order. */
  bylines: BylineOption[];
}

interface ArticleFormProps {
  initial: ArticleFormValues;
  sections: Array<{ id: number; name: string }>;
  tagSuggestions: string[];
  can: { publish: boolean; schedule: boolean; submit: boolean; setBylines: boolean };
  /** The profiles the byline picker offers. */
  profiles: BylineOption[];
  notice: string | null;
  /** The site's zone and language: the publish time is shown and typed on the site's clock, whatever the browser's. */
  clock: SiteClock;
}

type Intent = 'save' | 'autosave' | 'submit' | 'publish' | 'schedule';
type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';
type Message = { kind: 'notice' | 'error' | 'conflict' | 'signedOut'; text: string } | null;

/** An autosave follows a pause in typing, and comes at least this often while typing goes on. */
const AUTOSAVE_DELAY_MS = 1500;
const AUTOSAVE_MAX_WAIT_MS = 8000;
/** The browser's copy follows every change this closely. */
const LOCAL_COPY_DELAY_MS = 300;
/** Waits between attempts while the server cannot be reached (seconds); the last one repeats. */
const RETRY_DELAYS_S = [2, 4, 8, 15];
/** How long leaving waits for a save in flight before asking instead. */
const LEAVE_SAVE_TIMEOUT_MS = 10_000;

const noSubscription = () => () => undefined;
/** The local copy offered back, read once per mounted form (not again as the form writes its own). */
const offers = new Map<string, LocalDraft | null>();

function valuesOf(initial: ArticleFormValues): LocalDraftValues {
  return {
    title: initial.title,
    slug: initial.slug,
    summary: initial.summary,
    body: initial.body,
    categoryId: initial.categoryId === null ? '' : String(initial.categoryId),
    tags: initial.tagNames.join(', '),
    featuredImageUrl: initial.featuredImageUrl,
    featuredImageAlt: initial.featuredImageAlt,
  };
}

export function ArticleForm({ initial, sections, tagSuggestions, can, profiles, notice, clock }: ArticleFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const instance = useId();
  const articleKey = initial.id ? String(initial.id) : 'new';
  const initialValues = useMemo(() => valuesOf(initial), [initial]);

  // What the fields start from: the server's version, or a local copy the writer chose to restore.
  const [fields, setFields] = useState({ generation: 0, values: initialValues });
  const [status, setStatus] = useState(initial.status);
  const [live, setLive] = useState(initial.isLive);
  const [dirty, setDirty] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<Message>(notice ? { kind: 'notice', text: notice } : null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [secondsToRetry, setSecondsToRetry] = useState(0);
  const [currentId, setCurrentId] = useState(initial.id);
  const [offerDismissed, setOfferDismissed] = useState(false);
  // What the checklist and the word count read, as typed.
  const [typed, setTyped] = useState(initialValues);
  const [unpublishedLinks, setUnpublishedLinks] = useState<string[]>([]);

  const idRef = useRef(initial.id);
  const versionRef = useRef(initial.version);
  const liveRef = useRef(initial.isLive);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const queued = useRef<Intent | null>(null);
  const stopped = useRef<'conflict' | 'signedOut' | null>(null);
  const attempts = useRef(0);
  const firstUnsavedAt = useRef<number | null>(null);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastFormData = useRef<FormData | null>(null);
  const idleWaiters = useRef<Array<() => void>>([]);

  const offer = useSyncExternalStore(
    noSubscription,
    () => {
      if (!offers.has(instance)) {
        const kept = readLocalDraft(articleKey);
        offers.set(instance, kept && !sameValues(kept.values, initialValues) ? kept : null);
      }
      return offers.get(instance) ?? null;
    },
    () => null,
  );
  useEffect(() => () => void offers.delete(instance), [instance]);

  const localKey = () => (idRef.current ? String(idRef.current) : 'new');
  const autosaveAllowed = () => !liveRef.current && stopped.current === null;
  const unsaved = () => changeSeq.current !== savedSeq.current;

  const keepLocalCopy = useCallback(() => {
    const form = formRef.current;
    if (!form || !unsaved()) return;
    writeLocalDraft(localKey(), versionRef.current ?? 0, valuesFromForm(form));
    lastFormData.current = new FormData(form);
  }, []);

  const wakeWaiters = () => {
    const waiters = idleWaiters.current;
    idleWaiters.current = [];
    for (const resolve of waiters) resolve();
  };
  const notifyIdle = () => {
    if (!inFlight.current && !queued.current) wakeWaiters();
  };

  const formDataFor = (intent: Intent, form: HTMLFormElement | FormData) => {
    const data = form instanceof FormData ? form : new FormData(form);
    data.set('intent', intent);
    data.set('id', idRef.current ? String(idRef.current) : '');
    data.set('expectedVersion', versionRef.current ? String(versionRef.current) : '');
    // The wall time as typed: the server reads it on the site's clock.
    data.set('publishAt', String(data.get('publishAtLocal') ?? ''));
    return data;
  };

  const handleReply = (reply: ArticleSaveReply, intent: Intent, seq: number) => {
    if (!reply.ok) {
      setSaveState('error');
      setFieldErrors(reply.fieldErrors);
      if (reply.conflict) stopped.current = 'conflict';
      if (reply.signedOut) stopped.current = 'signedOut';
      setMessage({ kind: reply.conflict ? 'conflict' : reply.signedOut ? 'signedOut' : 'error', text: reply.message });
      return;
    }
    const wasNew = idRef.current === null;
    idRef.current = reply.id;
    versionRef.current = reply.version;
    setCurrentId(reply.id);
    setStatus(reply.status);
    setFieldErrors({});
    if (wasNew) removeLocalDrafts('new');
    const nowLive = liveRef.current || reply.status === 'published';
    liveRef.current = nowLive;
    setLive(nowLive);
    // An autosaved new draft was filed in the first section: show it chosen.
    const section = formRef.current?.querySelector<HTMLSelectElement>('select[name="categoryId"]');
    if (section && !section.value) section.value = String(reply.categoryId);
    savedSeq.current = Math.max(savedSeq.current, seq);
    if (unsaved()) keepLocalCopy();
    else {
      removeLocalDrafts(String(reply.id));
      setDirty(false);
    }
    setSaveState('saved');
    if (intent !== 'autosave') setMessage({ kind: 'notice', text: reply.message });
    else if (stopped.current === null) setMessage((shown) => (shown?.kind === 'notice' ? shown : null));
    // The first deliberate save of a new story opens its own page, with its revisions, preview and trash.
    if (!initial.id && intent !== 'autosave') router.replace(`${editorArticlePath(reply.id)}?saved=${intent}`);
    else if (wasNew) window.history.replaceState(null, '', editorArticlePath(reply.id));
  };

  const pump = useCallback(async () => {
    const form = formRef.current;
    if (inFlight.current || !queued.current || !form) return notifyIdle();
    const intent = queued.current;
    queued.current = null;
    if (intent === 'autosave' && (!autosaveAllowed() || !unsaved())) return notifyIdle();
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    if (retryTimer.current) clearTimeout(retryTimer.current);
    const data = formDataFor(intent, form);
    const seq = changeSeq.current;
    firstUnsavedAt.current = null;
    inFlight.current = true;
    setSaveState('saving');
    if (intent !== 'autosave') setBusy(true);
    let reply: ArticleSaveReply | null = null;
    try {
      reply = await saveArticleAction(data);
    } catch {
      reply = null;
    }
    inFlight.current = false;
    if (intent !== 'autosave') setBusy(false);
    if (!reply) {
      // The server was not reached or failed: nothing is lost, the text stays, and the same save is tried again.
      if (!queued.current || queued.current === 'autosave') queued.current = intent;
      const delay = RETRY_DELAYS_S[Math.min(attempts.current, RETRY_DELAYS_S.length - 1)] ?? 15;
      attempts.current += 1;
      setSaveState('offline');
      setRetryAt(Date.now() + delay * 1000);
      setSecondsToRetry(delay);
      retryTimer.current = setTimeout(() => {
        retryTimer.current = null;
        void pump();
      }, delay * 1000);
      keepLocalCopy();
      // Whoever waits to leave is told now: the save will not come soon.
      return wakeWaiters();
    }
    attempts.current = 0;
    setRetryAt(null);
    handleReply(reply, intent, seq);
    if (queued.current) void pump();
    else notifyIdle();
    // Kept stable: everything it reads lives in refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Asks for a save; a deliberate one (a button, Ctrl+S) replaces a waiting autosave. */
  const request = useCallback(
    (intent: Intent) => {
      if (intent !== 'autosave') {
        queued.current = intent;
        // A deliberate save may try again after a conflict or a sign-in; what it says next is the news.
        stopped.current = null;
      } else if (!queued.current) queued.current = 'autosave';
      if (retryTimer.current && intent !== 'autosave') {
        clearTimeout(retryTimer.current);
        retryTimer.current = null;
      }
      if (retryTimer.current) return;
      void pump();
    },
    [pump],
  );

  /** Tries a waiting save at once (the "Try now" button, the browser coming back online). */
  const retryNow = useCallback(() => {
    if (!retryTimer.current) return;
    clearTimeout(retryTimer.current);
    retryTimer.current = null;
    void pump();
  }, [pump]);

  /** Every change: count it, keep the browser's copy, and autosave after a pause (never a live story). */
  const noteChange = useCallback(() => {
    changeSeq.current += 1;
    setDirty(true);
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = setTimeout(keepLocalCopy, LOCAL_COPY_DELAY_MS);
    if (!autosaveAllowed() || retryTimer.current) return;
    firstUnsavedAt.current ??= Date.now();
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, firstUnsavedAt.current + AUTOSAVE_MAX_WAIT_MS - Date.now()));
    autosaveTimer.current = setTimeout(() => request('autosave'), wait);
  }, [keepLocalCopy, request]);

  /** Before leaving: save what can be saved; otherwise (a live story, no connection) ask. */
  const settle = useCallback(async (): Promise<boolean> => {
    // Offline, there is no point waiting: ask at once.
    if ((autosaveAllowed() && unsaved() && !retryTimer.current) || inFlight.current) {
      const idle = new Promise<void>((resolve) => idleWaiters.current.push(resolve));
      if (!inFlight.current) request('autosave');
      if (inFlight.current || queued.current) {
        await Promise.race([idle, new Promise((resolve) => setTimeout(resolve, LEAVE_SAVE_TIMEOUT_MS))]);
      } else wakeWaiters();
      if (!unsaved() && !inFlight.current) return true;
    }
    keepLocalCopy();
    return window.confirm(
      liveRef.current
        ? 'This story is live and your changes are not published yet. Leave without updating it? Your changes stay in this browser and are offered back when you reopen the story.'
        : 'Your latest changes could not be saved yet. Leave anyway? They stay in this browser and are offered back when you reopen the story.',
    );
  }, [keepLocalCopy, request]);

  useLeaveGuard({
    needsCare: () => unsaved() || inFlight.current,
    settle,
    form: formRef,
  });

  // The tab may close or crash at any moment: the copy in this browser is brought up to date as it goes.
  useEffect(() => {
    const onHide = () => keepLocalCopy();
    const onOnline = () => retryNow();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('online', onOnline);
    };
  }, [keepLocalCopy, retryNow]);

  // Leaving by a way the browser would not let us hold (Back where the Navigation API is missing): the last
  // copy is sent once more, and stays in this browser in any case.
  useEffect(
    () => () => {
      for (const timer of [autosaveTimer, retryTimer, localTimer]) if (timer.current) clearTimeout(timer.current);
      const data = lastFormData.current;
      if (data && unsaved() && autosaveAllowed() && !inFlight.current) {
        void saveArticleAction(formDataFor('autosave', data)).catch(() => undefined);
      }
    },

    [],
  );

  // Ctrl/Cmd+S saves (Update on a live story), wherever the focus is in the form.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      deliberateSave('save');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // A countdown to the next attempt while the server cannot be reached.
  useEffect(() => {
    if (retryAt === null) return;
    const timer = setInterval(() => setSecondsToRetry(Math.max(0, Math.ceil((retryAt - Date.now()) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [retryAt]);

  // Which of the body's links lead to stories readers cannot see, asked once the links change.
  const linkKey = internalLinkPaths(typed.body).join(' ');
  useEffect(() => {
    const paths = linkKey ? linkKey.split(' ') : [];
    let stale = false;
    const timer = setTimeout(() => {
      const asked = paths.length > 0 ? findUnpublishedLinks(paths) : Promise.resolve([]);
      asked.then(
        (found) => {
          if (!stale) setUnpublishedLinks(found);
        },
        () => undefined,
      );
    }, 600);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [linkKey]);

  const checklist = publishChecklist({
    title: typed.title,
    summary: typed.summary,
    bodyHtml: typed.body,
    featuredImageUrl: typed.featuredImageUrl,
    featuredImageAlt: typed.featuredImageAlt,
    slug: typed.slug,
    liveSlug: live ? initial.slug : null,
    unpublishedLinks,
  });
  const blocked = checklist.some((item) => item.level === 'block');
  const checklistId = `${instance}-checklist`;

  function deliberateSave(intent: Exclude<Intent, 'autosave'>) {
    const goesPublic = intent === 'publish' || intent === 'schedule' || (intent === 'save' && liveRef.current);
    if (goesPublic && blocked) {
      setMessage({ kind: 'error', text: 'This story cannot go out yet: fix what the checklist marks “Must fix”.' });
      document.getElementById(checklistId)?.focus();
      return;
    }
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    request(intent);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = (submitter?.value ?? 'save') as Exclude<Intent, 'autosave'>;
    deliberateSave(['save', 'submit', 'publish', 'schedule'].includes(intent) ? intent : 'save');
  }

  /** A change to the fields; the body reports its own (its hidden field follows a render later). */
  function noteFieldChange() {
    const form = formRef.current;
    if (form) setTyped((current) => ({ ...valuesFromForm(form), body: current.body }));
    noteChange();
  }

  function onFormInput(event: SyntheticEvent<HTMLFormElement>) {
    // The rich-text editor's own text and panels (a link address, a search) are not fields.
    if (event.target instanceof Element && event.target.closest('.rte')) return;
    noteFieldChange();
  }

  function restoreOffer(draft: LocalDraft) {
    setOfferDismissed(true);
    setFields((current) => ({ generation: current.generation + 1, values: draft.values }));
    setTyped(draft.values);
    // The restored text counts as typed: it is saved (or, on a live story, kept) like any change.
    setTimeout(() => {
      noteChange();
      keepLocalCopy();
    }, 0);
  }

  function discardOffer() {
    setOfferDismissed(true);
    removeLocalDrafts(articleKey);
  }

  const isPublished = status === 'published' || live;
  const statusLabel =
    saveState === 'saving'
      ? 'Saving…'
      : saveState === 'offline'
        ? 'Not saved yet'
        : dirty
          ? live
            ? 'Unsaved changes (kept in this browser)'
            : 'Unsaved changes'
          : saveState === 'saved'
            ? 'Saved'
            : saveState === 'error'
              ? 'Not saved'
              : '';
  const bodyText = htmlToPlainText(typed.body);
  const words = countWords(bodyText);
  const minutes = words > 0 ? readingMinutes(bodyText) : 0;
  const shownOffer = offer && !offerDismissed ? offer : null;

  const actions = (
    <>
      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button" disabled={busy} aria-keyshortcuts="Control+S Meta+S">
          {isPublished ? 'Update' : 'Save draft'}
        </button>
        {can.submit && !isPublished && (
          <button type="submit" name="intent" value="submit" className="button" disabled={busy}>
            Submit for review
          </button>
        )}
        {can.publish && !isPublished && (
          <button
            type="submit"
            name="intent"
            value="publish"
            className="button button-primary"
            disabled={busy}
            aria-describedby={checklistId}
          >
            Publish
          </button>
        )}
        {currentId && (
          <a className="button" href={editorArticlePath(currentId, 'preview')} target="_blank" rel="noopener">
            Preview
          </a>
        )}
        <span className="save-state" role="status" aria-live="polite">
          {statusLabel}
        </span>
      </div>
      <PublishChecklist items={checklist} heading={isPublished ? 'Before updating' : 'Before publishing'} id={checklistId} />
    </>
  );

  const notices = (
    <>
      {shownOffer && (
        <div className="local-copy-box" role="region" aria-label="Unsaved changes in this browser">
          <p>
            Changes you made on {formatSiteMoment(new Date(shownOffer.savedAt), clock)} were not saved, and this browser kept them.
            {shownOffer.version !== (initial.version ?? 0) &&
              ' They were typed on an earlier version: the story has been saved since, so restoring replaces the newer text in the form.'}
          </p>
          <p className="local-copy-actions">
            <button type="button" className="button button-primary" onClick={() => restoreOffer(shownOffer)}>
              Restore my changes
            </button>
            <button type="button" className="button" onClick={discardOffer}>
              Discard them
            </button>
          </p>
        </div>
      )}
      {saveState === 'offline' && (
        <div className="offline-box" role="alert" aria-label="Connection problem">
          <p>
            The server cannot be reached, so your latest changes are not saved yet. Nothing is lost: they are here and in this browser, and
            saving resumes by itself{secondsToRetry > 0 ? ` (next try in ${secondsToRetry} s)` : ''}.
          </p>
          <button type="button" className="button" onClick={retryNow}>
            Try now
          </button>
        </div>
      )}
      {message?.kind === 'notice' && (
        <p className="form-notice" role="status">
          {message.text}
        </p>
      )}
      {message && message.kind !== 'notice' && (
        <div
          className={message.kind === 'conflict' ? 'conflict-box' : 'form-error'}
          role="alert"
          aria-label={message.kind === 'conflict' ? 'Edit conflict' : 'Save error'}
        >
          <p>{message.text}</p>
          {message.kind === 'conflict' && currentId && (
            <p>
              <a href={editorArticlePath(currentId)} target="_blank" rel="noopener">
                Open the latest version in a new tab
              </a>
            </p>
          )}
          {message.kind === 'signedOut' && (
            <p>
              <a href={`/login?next=${encodeURIComponent(editorArticlePath(currentId ?? 'new'))}`} target="_blank" rel="noopener">
                Sign in again in a new tab
              </a>
              , then save here: your text stays in this form and in this browser.
            </p>
          )}
        </div>
      )}
    </>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={onFormInput} className="article-form" noValidate aria-label="Article">
      <ArticleFields
        key={fields.generation}
        values={fields.values}
        initial={initial}
        errors={fieldErrors}
        sections={sections}
        tagSuggestions={tagSuggestions}
        can={can}
        profiles={profiles}
        clock={clock}
        isPublished={isPublished}
        busy={busy}
        words={words}
        minutes={minutes}
        notices={notices}
        actions={actions}
        onChange={noteFieldChange}
        onBodyChange={(html) => {
          setTyped((current) => ({ ...current, body: html }));
          noteChange();
        }}
      />
    </form>
  );
}

interface ArticleFieldsProps {
  /** What the fields start from (the server's version, or a restored local copy). */
  values: LocalDraftValues;
  initial: ArticleFormValues;
  errors: Record<string, string>;
  sections: Array<{ id: number; name: string }>;
  tagSuggestions: string[];
  can: ArticleFormProps['can'];
  profiles: BylineOption[];
  clock: SiteClock;
  isPublished: boolean;
  busy: boolean;
  words: number;
  minutes: number;
  /** Messages about saving, above the fields. */
  notices: ReactNode;
  /** The buttons and the checklist, at the top of the side column. */
  actions: ReactNode;
  /** A change that fires no input event (an uploaded image, the byline list). */
  onChange: () => void;
  onBodyChange: (html: string) => void;
}

/** The form's fields; remounted with a restored local copy's values. */
function ArticleFields({
  values,
  initial,
  errors,
  sections,
  tagSuggestions,
  can,
  profiles,
  clock,
  isPublished,
  busy,
  words,
  minutes,
  notices,
  actions,
  onChange,
  onBodyChange,
}: ArticleFieldsProps) {
  const [slugTouched, setSlugTouched] = useState(Boolean(values.slug));
  const [slug, setSlug] = useState(values.slug);
  const [imageUrl, setImageUrl] = useState(values.featuredImageUrl);
  // A restored local copy may name another picture: then only its address is known.
  const [picture, setPicture] = useState<FeaturedPicture | null>(
    values.featuredImageUrl === initial.featuredImageUrl ? initial.featuredPicture : null,
  );
  const [imageError, setImageError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const altInput = useRef<HTMLInputElement>(null);
  const [publishAtLocal, setPublishAtLocal] = useState(
    initial.publishAt ? toWallTimeInput(new Date(initial.publishAt), clock.timeZone) : '',
  );
  const [repeatedChoice, setRepeatedChoice] = useState<RepeatedTimeChoice | ''>('');
  // Read on the site's clock as it is typed, so a skipped or repeated hour is explained before saving.
  const publishReading = publishAtLocal ? readPublishTime(publishAtLocal, clock) : null;
  const publishZone = zoneLabel(publishReading?.ok ? publishReading.instant : new Date(), clock);

  /** A picture becomes the featured image: its alt text fills an empty alt field. */
  function chooseFeatured(chosen: FeaturedPicture) {
    setImageUrl(chosen.url);
    setPicture(chosen);
    setChoosing(false);
    if (altInput.current && !altInput.current.value.trim() && chosen.altText) altInput.current.value = chosen.altText;
    // The hidden field takes the address on the next render; the change is noted after it.
    setTimeout(onChange, 0);
  }

  async function onImageChosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setImageError(null);
    setUploading(true);
    const data = new FormData();
    data.set('file', file);
    if (altInput.current?.value.trim()) data.set('altText', altInput.current.value.trim());
    try {
      const result = await uploadPictureAction(data);
      if (result.ok) chooseFeatured({ ...result.item, thumbnailUrl: result.item.url });
      else setImageError(result.message);
    } catch {
      setImageError('The image could not be uploaded: the server cannot be reached. Try again in a moment.');
    } finally {
      setUploading(false);
      input.value = '';
    }
  }

  function removeFeatured() {
    setImageUrl('');
    setPicture(null);
    setTimeout(onChange, 0);
  }

  return (
    <>
      <input type="hidden" name="featuredImageUrl" value={imageUrl} />
      <div className="form-stack">
        {notices}
        <div className="field">
          <label htmlFor="title">Title</label>
          <input
            id="title"
            name="title"
            defaultValue={values.title}
            required
            maxLength={200}
            aria-describedby={errors.title ? 'title-error' : undefined}
            onChange={(event) => {
              if (!slugTouched) setSlug(slugify(event.target.value));
            }}
          />
          <FieldError id="title-error" message={errors.title} />
        </div>
        <div className="field">
          <label htmlFor="slug">Slug</label>
          <input
            id="slug"
            name="slug"
            value={slug}
            maxLength={100}
            aria-describedby={errors.slug ? 'slug-error slug-hint' : 'slug-hint'}
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
          />
          <p id="slug-hint" className="field-hint">
            The article’s address. Changing it later keeps the old address working.
          </p>
          <FieldError id="slug-error" message={errors.slug} />
        </div>
        <div className="field">
          <label htmlFor="summary">Summary</label>
          <textarea id="summary" name="summary" defaultValue={values.summary} maxLength={400} rows={3} />
          <FieldError id="summary-error" message={errors.summary} />
        </div>
        <div className="field">
          <span className="field-label" id="body-label">
            Body
          </span>
          <RichTextEditor
            name="body"
            initialHtml={values.body}
            labelledBy="body-label"
            onChange={onBodyChange}
            searchArticles={searchReadMoreTargets}
            uploadImage={uploadImageForEditor}
            previewEmbed={previewEmbedForEditor}
          />
          <p className="body-count field-hint" aria-live="off">
            {words} {words === 1 ? 'word' : 'words'}
            {minutes > 0 && ` · about ${minutes} min to read`}
          </p>
          <FieldError id="body-error" message={errors.body} />
        </div>
      </div>
      <div className="article-form-side">
        {actions}
        {isPublished && (
          <div className="field field-checkbox">
            <label>
              <input type="checkbox" name="significantUpdate" aria-describedby="significant-update-hint" /> Significant update
            </label>
            <p id="significant-update-hint" className="field-hint">
              Tick when readers should be told the story changed (it shows “Updated” with this time). Leave it for typo fixes; use
              Corrections and notes below for a correction.
            </p>
          </div>
        )}
        <BylinePicker
          initial={initial.bylines}
          profiles={profiles}
          editable={can.setBylines}
          error={errors.bylineProfileIds}
          onChange={onChange}
        />
        <div className="field">
          <label htmlFor="categoryId">Category</label>
          <select id="categoryId" name="categoryId" defaultValue={values.categoryId} required>
            <option value="">Choose a section…</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
          <FieldError id="category-error" message={errors.categoryId} />
        </div>
        <div className="field">
          <label htmlFor="tags">Tags</label>
          <input id="tags" name="tags" defaultValue={values.tags} list="tag-suggestions" aria-describedby="tags-hint" />
          <datalist id="tag-suggestions">
            {tagSuggestions.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <p id="tags-hint" className="field-hint">
            Separate with commas. New tags are created when you save.
          </p>
          <FieldError id="tags-error" message={errors.tagNames} />
        </div>
        <div className="field featured-image-field">
          <label htmlFor="featuredImage">Featured image</label>
          {imageUrl && (
            <div className="featured-image-preview">
              <img src={picture?.thumbnailUrl ?? imageUrl} alt="" />
              {picture && (picture.caption || picture.credit) && (
                <p className="featured-image-caption">
                  {picture.caption} {picture.credit && <span className="image-credit">{picture.credit}</span>}
                </p>
              )}
              <p className="featured-image-actions">
                {picture && (
                  <a href={editorMediaPath(picture.id)} target="_blank" rel="noopener">
                    Caption, credit and focal point
                  </a>
                )}
                <button type="button" className="button-link" onClick={removeFeatured}>
                  Remove
                </button>
              </p>
            </div>
          )}
          <input
            id="featuredImage"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            aria-describedby="featured-image-hint"
            disabled={uploading}
            onChange={(event) => void onImageChosen(event.currentTarget)}
          />
          <p id="featured-image-hint" className="field-hint" aria-live="polite">
            {uploading ? 'Uploading…' : 'Upload a picture into the library, or choose one already there.'}
          </p>
          {choosing ? (
            <LibraryPicker label="Library pictures" onChoose={(item) => chooseFeatured(item)} onCancel={() => setChoosing(false)} />
          ) : (
            <button type="button" className="button" onClick={() => setChoosing(true)}>
              Choose from library
            </button>
          )}
          <FieldError id="image-error" message={imageError ?? errors.featuredImageUrl} />
        </div>
        <div className="field">
          <label htmlFor="featuredImageAlt">Image alt text</label>
          <input
            ref={altInput}
            id="featuredImageAlt"
            name="featuredImageAlt"
            defaultValue={values.featuredImageAlt}
            maxLength={300}
            aria-describedby="featured-image-alt-hint"
          />
          <p id="featured-image-alt-hint" className="field-hint">
            What the picture shows, for readers who cannot see it. Empty: the library’s alt text.
          </p>
        </div>
        {can.schedule && (
          <div className="field">
            <label htmlFor="publishAtLocal">
              Publish date and time <span className="field-label-note">({publishZone})</span>
            </label>
            <input
              id="publishAtLocal"
              name="publishAtLocal"
              type="datetime-local"
              step="1"
              value={publishAtLocal}
              onChange={(event) => {
                setPublishAtLocal(event.target.value);
                setRepeatedChoice('');
              }}
              aria-describedby={['publish-at-hint', errors.publishAt ? 'publish-at-error' : ''].filter(Boolean).join(' ')}
            />
            <p id="publish-at-hint" className="field-hint" aria-live="polite">
              {publishReading && !publishReading.ok && publishReading.problem !== 'invalid'
                ? publishReading.message
                : `In the site’s time zone, ${clock.timeZone}, whatever your computer’s.`}
            </p>
            {publishReading && !publishReading.ok && publishReading.problem === 'ambiguous' && (
              <div className="field">
                <label htmlFor="publishAtChoice">Which {publishAtLocal.slice(11, 16)}?</label>
                <select
                  id="publishAtChoice"
                  name="publishAtChoice"
                  value={repeatedChoice}
                  onChange={(event) => setRepeatedChoice(event.target.value as RepeatedTimeChoice | '')}
                >
                  <option value="">Choose…</option>
                  <option value="earlier">{publishReading.choices.earlier.label}</option>
                  <option value="later">{publishReading.choices.later.label}</option>
                </select>
              </div>
            )}
            <FieldError id="publish-at-error" message={errors.publishAt} />
            <button type="submit" name="intent" value="schedule" className="button" disabled={busy}>
              Schedule
            </button>
          </div>
        )}
      </div>
    </>
  );
}
