'use client';

import { useActionState } from 'react';
import { createTagAction, deleteTagAction, updateTagAction, type AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';

export interface EditableTag {
  id: number;
  name: string;
  slug: string;
}

function TagFields({ idPrefix, state, saved }: { idPrefix: string; state: AdminFormState; saved: Omit<EditableTag, 'id'> }) {
  const errors = state.fieldErrors;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input
          id={`${idPrefix}-name`}
          name="name"
          required
          maxLength={60}
          defaultValue={shownValue(state, 'name', saved.name)}
          {...describedBy(`${idPrefix}-name`, errors.name)}
        />
        <FieldError id={`${idPrefix}-name-error`} message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-slug`}>Slug</label>
        <input
          id={`${idPrefix}-slug`}
          name="slug"
          maxLength={80}
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={shownValue(state, 'slug', saved.slug)}
          {...describedBy(`${idPrefix}-slug`, errors.slug, `${idPrefix}-slug-hint`)}
        />
        <p id={`${idPrefix}-slug-hint`} className="field-hint">
          The tag page’s address. Optional: leave it empty to make one from the name.
        </p>
        <FieldError id={`${idPrefix}-slug-error`} message={errors.slug} />
      </div>
    </>
  );
}

export function CreateTagForm() {
  const [state, action] = useActionState(createTagAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="New tag error" />
      <TagFields idPrefix="new-tag" state={state} saved={{ name: '', slug: '' }} />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Creating…">
          Create tag
        </SubmitButton>
      </div>
    </form>
  );
}

function EditTagForm({ tag }: { tag: EditableTag }) {
  const [state, action] = useActionState(updateTagAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="id" value={tag.id} />
      <input type="hidden" name="currentSlug" value={tag.slug} />
      <FormMessage state={state} errorLabel={`Edit ${tag.name} error`} />
      <TagFields idPrefix={`tag-${tag.id}`} state={state} saved={tag} />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save tag
        </SubmitButton>
      </div>
    </form>
  );
}

function DeleteTagForm({ tag, articleCount }: { tag: EditableTag; articleCount: number }) {
  const [state, action] = useActionState(deleteTagAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="id" value={tag.id} />
      <FormMessage state={state} errorLabel={`Delete ${tag.name} error`} />
      <p className="field-hint">
        {articleCount === 0
          ? 'No articles use this tag.'
          : `Deleting removes it from ${articleCount === 1 ? 'one article' : `${articleCount} articles`}; the articles themselves stay.`}
      </p>
      <div>
        <SubmitButton className="button button-danger" pendingLabel="Deleting…">
          Delete tag<span className="visually-hidden"> {tag.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

/** A row's edit and delete forms, folded away until needed so the table stays scannable. */
export function TagActions({ tag, articleCount }: { tag: EditableTag; articleCount: number }) {
  return (
    <details>
      <summary>
        Edit or delete<span className="visually-hidden"> {tag.name}</span>
      </summary>
      <div className="form-stack">
        <EditTagForm tag={tag} />
        <DeleteTagForm tag={tag} articleCount={articleCount} />
      </div>
    </details>
  );
}
