'use client';

import { useActionState } from 'react';
import { deletePictureAction, updatePictureAction, uploadToLibraryAction } from '@/actions/media';
import type { AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from '@/components/editor/admin/form-parts';
import type { FocalPoint } from '@/lib/image-crops';
import { FocalPointPicker } from './focal-point-picker';

export interface PictureWords {
  altText: string;
  caption: string;
  credit: string;
  description: string;
}

/** Alt text, caption, credit and description: the upload form's and the details form's. */
function WordFields({ state, saved, idPrefix }: { state: AdminFormState; saved: PictureWords; idPrefix: string }) {
  const errors = state.fieldErrors;
  const field = (name: keyof PictureWords, label: string, hint: string, max: number, rows?: number) => {
    const id = `${idPrefix}-${name}`;
    const common = {
      id,
      name,
      maxLength: max,
      defaultValue: shownValue(state, name, saved[name]),
      ...describedBy(id, errors[name], `${id}-hint`),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {rows ? <textarea rows={rows} {...common} /> : <input {...common} />}
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
        <FieldError id={`${id}-error`} message={errors[name]} />
      </div>
    );
  };
  return (
    <>
      {field('altText', 'Alt text', 'What the picture shows, for readers who cannot see it. A story may say it in its own words.', 300)}
      {field('caption', 'Caption', 'Shown under the picture wherever it is used.', 500, 2)}
      {field('credit', 'Credit', 'The photographer or agency, shown after the caption: “Mira Falk / Harbour Press”.', 200)}
      {field('description', 'Description', 'For finding it in the library; never shown to readers.', 300)}
    </>
  );
}

export function UploadPictureForm() {
  const [state, action] = useActionState(uploadToLibraryAction, initialAdminState);
  return (
    <form action={action} className="form-stack library-upload" noValidate>
      <FormMessage state={state} errorLabel="Upload error" />
      <div className="field">
        <label htmlFor="upload-file">Picture</label>
        <input
          id="upload-file"
          name="file"
          type="file"
          required
          accept="image/png,image/jpeg,image/webp,image/gif"
          {...describedBy('upload-file', state.fieldErrors.file ?? state.fieldErrors.bytes, 'upload-file-hint')}
        />
        <p id="upload-file-hint" className="field-hint">
          PNG, JPEG, GIF or WebP, at most 5 MB and 50 megapixels.
        </p>
        <FieldError id="upload-file-error" message={state.fieldErrors.file ?? state.fieldErrors.bytes} />
      </div>
      <WordFields state={state} saved={{ altText: '', caption: '', credit: '', description: '' }} idPrefix="upload" />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Uploading…">
          Upload to the library
        </SubmitButton>
      </div>
    </form>
  );
}

interface PictureDetailsFormProps {
  id: number;
  saved: PictureWords;
  focal: FocalPoint;
  /** The display image and its size, for the focal point picker. */
  src: string;
  width: number;
  height: number;
}

export function PictureDetailsForm({ id, saved, focal, src, width, height }: PictureDetailsFormProps) {
  const [state, action] = useActionState(updatePictureAction, initialAdminState);
  return (
    <form action={action} className="form-stack picture-form" noValidate aria-label="Picture details">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} errorLabel="Save error" />
      <FocalPointPicker
        src={src}
        width={width}
        height={height}
        initial={focal}
        error={state.fieldErrors.focalX ?? state.fieldErrors.focalY}
      />
      <WordFields state={state} saved={saved} idPrefix="picture" />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save picture
        </SubmitButton>
      </div>
    </form>
  );
}

/** Deleting: at once when nothing uses the picture; otherwise only once the editor confirms it leaves those stories. */
export function DeletePictureForm({ id, storyCount }: { id: number; storyCount: number }) {
  const [state, action] = useActionState(deletePictureAction, initialAdminState);
  return (
    <form action={action} className="form-stack delete-picture" noValidate aria-label="Delete picture">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} errorLabel="Delete error" />
      {storyCount > 0 && (
        <div className="field field-checkbox">
          <label>
            <input type="checkbox" name="removeFromStories" required /> Remove it from the{' '}
            {storyCount === 1 ? 'story' : `${storyCount} stories`} above
          </label>
          <p className="field-hint">Each story gets a new version without the picture.</p>
        </div>
      )}
      <div>
        <SubmitButton className="button button-danger" pendingLabel="Deleting…">
          {storyCount > 0 ? 'Remove and delete' : 'Delete picture'}
        </SubmitButton>
      </div>
    </form>
  );
}
