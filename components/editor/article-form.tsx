'use client';

import { useActionState, useCallback, useEffect, useRef, useState, startTransition, type FormEvent } from 'react';
import { saveArticleAction, searchReadMoreTargets, type ArticleFormState } from '@/actions/articles';
import { uploadPictureAction } from '@/actions/media';
import { slugify } from '@/lib/slug';
import { BylinePicker, type BylineOption } from './byline-picker';
import { FieldError } from './field-error';
import { RichTextEditor } from './rich-text-editor';
import { uploadImageForEditor } from './upload-for-editor';
import { LibraryPicker } from './library-picker';
import { previewEmbedForEditor } from './preview-embed-for-editor';
import type { PicturePreview } from '@/db/media';
import { editorArticlePath, editorMediaPath } from '@/lib/paths';
import { readPublishTime, toWallTimeInput, zoneLabel, type RepeatedTimeChoice, type SiteClock } from '@/lib/site-time';

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
  /** Live on the site now: autosave is off so half-typed edits never go public. */
  isLive: boolean;
  /** Its bylines, in order. */
  bylines: BylineOption[];
}

/** What the form shows of a featured image from the library. */
export type FeaturedPicture = PicturePreview;

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

const AUTOSAVE_DELAY_MS = 2500;

export function ArticleForm({ initial, sections, tagSuggestions, can, profiles, notice, clock }: ArticleFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ArticleFormState, FormData>(saveArticleAction, {
    ok: true,
    message: notice,
    fieldErrors: {},
    conflict: false,
    id: initial.id,
    version: initial.version,
    status: initial.status,
    seq: 0,
  });
  const [id, setId] = useState(initial.id);
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.slug));
  const [slug, setSlug] = useState(initial.slug);
  const [imageUrl, setImageUrl] = useState(initial.featuredImageUrl);
  const [picture, setPicture] = useState<FeaturedPicture | null>(initial.featuredPicture);
  const [imageError, setImageError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const altInput = useRef<HTMLInputElement>(null);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [lastIntent, setLastIntent] = useState('save');
  const [answeredSeq, setAnsweredSeq] = useState(0);
  const [publishAtLocal, setPublishAtLocal] = useState(
    initial.publishAt ? toWallTimeInput(new Date(initial.publishAt), clock.timeZone) : '',
  );
  const [repeatedChoice, setRepeatedChoice] = useState<RepeatedTimeChoice | ''>('');
  // Read on the site's clock as it is typed, so a skipped or repeated hour is explained before saving.
  const publishReading = publishAtLocal ? readPublishTime(publishAtLocal, clock) : null;
  const publishZone = zoneLabel(publishReading?.ok ? publishReading.instant : new Date(), clock);

  // Each answer from the server, once: adopt the new version, clear "unsaved" on success. Adjusted while
  // rendering (React's pattern for state that follows a prop), not in an effect that renders twice.
  if (state.seq !== answeredSeq) {
    setAnsweredSeq(state.seq);
    if (state.ok) {
      if (state.id) setId(state.id);
      if (state.version) setVersion(state.version);
      setDirty(false);
      setSaveState('saved');
    } else {
      setSaveState('error');
    }
  }

  // Warn before leaving with unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = useCallback(
    (intent: string) => {
      const form = formRef.current;
      if (!form) return;
      const data = new FormData(form);
      data.set('intent', intent);
      // The wall time as typed: the server reads it on the site's clock.
      data.set('publishAt', String(data.get('publishAtLocal') ?? ''));
      setLastIntent(intent);
      setSaveState('saving');
      // Dispatching by hand (not via the form's action) keeps React from resetting what was typed.
      startTransition(() => dispatch(data));
    },
    [dispatch],
  );

  const scheduleAutosave = useCallback(() => {
    setDirty(true);
    if (initial.isLive || state.conflict) return;
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = setTimeout(() => {
      const title = formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.value.trim();
      const section = formRef.current?.querySelector<HTMLSelectElement>('select[name="categoryId"]')?.value;
      // A new article is created by its first autosave only once it has a title and a section.
      if (title && section) submit('autosave');
    }, AUTOSAVE_DELAY_MS);
  }, [initial.isLive, state.conflict, submit]);

  useEffect(
    () => () => {
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    },
    [],
  );

  // After the first autosave of a new article, its address becomes the article's own.
  useEffect(() => {
    if (id && !initial.id) window.history.replaceState(null, '', editorArticlePath(id));
  }, [id, initial.id]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    submit(submitter?.value ?? 'save');
  }

  /** A picture becomes the featured image: its alt text fills an empty alt field. */
  function chooseFeatured(chosen: FeaturedPicture) {
    setImageUrl(chosen.url);
    setPicture(chosen);
    setChoosing(false);
    if (altInput.current && !altInput.current.value.trim() && chosen.altText) altInput.current.value = chosen.altText;
    scheduleAutosave();
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
    } finally {
      setUploading(false);
      input.value = '';
    }
  }

  function removeFeatured() {
    setImageUrl('');
    setPicture(null);
    scheduleAutosave();
  }

  const errors = state.ok ? {} : state.fieldErrors;
  const statusLabel = saveState === 'saving' ? 'Saving…' : dirty ? 'Unsaved changes' : saveState === 'saved' ? 'Saved' : '';
  const isPublished = state.status === 'published' || initial.isLive;

  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={scheduleAutosave} className="article-form" noValidate aria-label="Article">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="expectedVersion" value={version ?? ''} />
      <input type="hidden" name="featuredImageUrl" value={imageUrl} />
      <div className="form-stack">
        {state.message && state.ok && lastIntent !== 'autosave' && (
          <p className="form-notice" role="status">
            {state.message}
          </p>
        )}
        {state.message && !state.ok && (
          <div
            className={state.conflict ? 'conflict-box' : 'form-error'}
            role="alert"
            aria-label={state.conflict ? 'Edit conflict' : 'Save error'}
          >
            <p>{state.message}</p>
            {state.conflict && id && (
              <p>
                <a href={editorArticlePath(id)} target="_blank" rel="noopener">
                  Open the latest version in a new tab
                </a>
              </p>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor="title">Title</label>
          <input
            id="title"
            name="title"
            defaultValue={initial.title}
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
          <textarea id="summary" name="summary" defaultValue={initial.summary} maxLength={400} rows={3} />
          <FieldError id="summary-error" message={errors.summary} />
        </div>
        <div className="field">
          <span className="field-label" id="body-label">
            Body
          </span>
          <RichTextEditor
            name="body"
            initialHtml={initial.body}
            labelledBy="body-label"
            onChange={scheduleAutosave}
            searchArticles={searchReadMoreTargets}
            uploadImage={uploadImageForEditor}
            previewEmbed={previewEmbedForEditor}
          />
          <FieldError id="body-error" message={errors.body} />
        </div>
      </div>
      <div className="article-form-side">
        <div className="form-actions">
          <button type="submit" name="intent" value="save" className="button" disabled={pending}>
            {isPublished ? 'Update' : 'Save draft'}
          </button>
          {can.submit && !isPublished && (
            <button type="submit" name="intent" value="submit" className="button" disabled={pending}>
              Submit for review
            </button>
          )}
          {can.publish && !isPublished && (
            <button type="submit" name="intent" value="publish" className="button button-primary" disabled={pending}>
              Publish
            </button>
          )}
          {id && (
            <a className="button" href={editorArticlePath(id, 'preview')} target="_blank" rel="noopener">
              Preview
            </a>
          )}
          <span className="save-state" role="status" aria-live="polite">
            {statusLabel}
          </span>
        </div>
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
          onChange={scheduleAutosave}
        />
        <div className="field">
          <label htmlFor="categoryId">Category</label>
          <select id="categoryId" name="categoryId" defaultValue={initial.categoryId ?? ''} required>
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
          <input id="tags" name="tags" defaultValue={initial.tagNames.join(', ')} list="tag-suggestions" aria-describedby="tags-hint" />
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
            defaultValue={initial.featuredImageAlt}
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
            <button type="submit" name="intent" value="schedule" className="button" disabled={pending}>
              Schedule
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
