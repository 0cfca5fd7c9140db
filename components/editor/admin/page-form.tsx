'use client';

import { useActionState } from 'react';
import { deletePageAction, savePageAction } from '@/actions/admin';
import { searchReadMoreTargets } from '@/actions/articles';
import { uploadImageForEditor } from '@/components/editor/upload-for-editor';
import { previewEmbedForEditor } from '@/components/editor/preview-embed-for-editor';
import { FieldError } from '@/components/editor/field-error';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';

export interface EditablePage {
  id: number | null;
  version: number | null;
  title: string;
  slug: string;
  body: string;
  status: 'draft' | 'published';
}

/** Title, address, text (the article editor) and whether readers see it. */
export function PageForm({ page }: { page: EditablePage }) {
  const [state, action] = useActionState(savePageAction, initialAdminState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack page-form" noValidate>
      <input type="hidden" name="id" value={page.id ?? ''} />
      <input type="hidden" name="expectedVersion" value={page.version ?? ''} />
      <FormMessage state={state} errorLabel="Page error" />
      <div className="field">
        <label htmlFor="page-title">Title</label>
        <input
          id="page-title"
          name="title"
          required
          maxLength={200}
          defaultValue={shownValue(state, 'title', page.title)}
          {...describedBy('page-title', errors.title)}
        />
        <FieldError id="page-title-error" message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor="page-slug">Address</label>
        <input
          id="page-slug"
          name="slug"
          maxLength={100}
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={shownValue(state, 'slug', page.slug)}
          {...describedBy('page-slug', errors.slug, 'page-slug-hint')}
        />
        <p id="page-slug-hint" className="field-hint">
          The page is at /address, beside the sections: it cannot take a section’s address or one the site uses. Leave it empty to make one
          from the title.
        </p>
        <FieldError id="page-slug-error" message={errors.slug} />
      </div>
      <div className="field">
        <span className="field-label" id="page-body-label">
          Text
        </span>
        <RichTextEditor
          name="body"
          initialHtml={shownValue(state, 'body', page.body)}
          labelledBy="page-body-label"
          searchArticles={searchReadMoreTargets}
          uploadImage={uploadImageForEditor}
          previewEmbed={previewEmbedForEditor}
        />
        <FieldError id="page-body-error" message={errors.body} />
      </div>
      <div className="field">
        <label htmlFor="page-status">Visibility</label>
        <select
          id="page-status"
          name="status"
          defaultValue={shownValue(state, 'status', page.status)}
          {...describedBy('page-status', errors.status)}
        >
          <option value="draft">Draft: only staff can see it</option>
          <option value="published">Published: readers can see it</option>
        </select>
        <FieldError id="page-status-error" message={errors.status} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save page
        </SubmitButton>
      </div>
    </form>
  );
}

export function DeletePageForm({ id, title }: { id: number; title: string }) {
  const [state, action] = useActionState(deletePageAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} errorLabel="Delete page error" />
      <div>
        <SubmitButton className="button button-danger" pendingLabel="Deleting…">
          Delete page<span className="visually-hidden"> {title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
