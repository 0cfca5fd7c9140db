'use client';

import { useActionState } from 'react';
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction, type AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, MoveButtons, shownValue, SubmitButton } from './form-parts';

export interface EditableSection {
  id: number;
  name: string;
  slug: string;
  description: string;
}

interface SectionOption {
  id: number;
  name: string;
}

/** Name, Slug and Description: shared by the create form and each row's edit form. */
function SectionFields({ idPrefix, state, saved }: { idPrefix: string; state: AdminFormState; saved: Omit<EditableSection, 'id'> }) {
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
          The section’s address. Optional: leave it empty to make one from the name.
        </p>
        <FieldError id={`${idPrefix}-slug-error`} message={errors.slug} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>Description</label>
        <textarea
          id={`${idPrefix}-description`}
          name="description"
          maxLength={300}
          rows={2}
          defaultValue={shownValue(state, 'description', saved.description)}
          {...describedBy(`${idPrefix}-description`, errors.description)}
        />
        <FieldError id={`${idPrefix}-description-error`} message={errors.description} />
      </div>
    </>
  );
}

export function CreateSectionForm() {
  const [state, action] = useActionState(createSectionAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="New section error" />
      <SectionFields idPrefix="new-section" state={state} saved={{ name: '', slug: '', description: '' }} />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Creating…">
          Create section
        </SubmitButton>
      </div>
    </form>
  );
}

function EditSectionForm({ section }: { section: EditableSection }) {
  const [state, action] = useActionState(updateSectionAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="id" value={section.id} />
      <input type="hidden" name="currentSlug" value={section.slug} />
      <FormMessage state={state} errorLabel={`Edit ${section.name} error`} />
      <SectionFields idPrefix={`section-${section.id}`} state={state} saved={section} />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save section
        </SubmitButton>
      </div>
    </form>
  );
}

function DeleteSectionForm({
  section,
  articleCount,
  otherSections,
}: {
  section: EditableSection;
  articleCount: number;
  otherSections: SectionOption[];
}) {
  const [state, action] = useActionState(deleteSectionAction, initialAdminState);
  const selectId = `section-${section.id}-reassign`;
  const error = state.fieldErrors.reassignTo;
  const stranded = articleCount > 0 && otherSections.length === 0;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="id" value={section.id} />
      <FormMessage state={state} errorLabel={`Delete ${section.name} error`} />
      {articleCount > 0 && !stranded && (
        <div className="field">
          <label htmlFor={selectId}>Move its articles to</label>
          <select
            id={selectId}
            name="reassignTo"
            required
            defaultValue={shownValue(state, 'reassignTo', '')}
            {...describedBy(selectId, error, `${selectId}-hint`)}
          >
            <option value="">Choose a section…</option>
            {otherSections.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
          <p id={`${selectId}-hint`} className="field-hint">
            {articleCount === 1 ? 'Its one article moves' : `Its ${articleCount} articles move`} there before the section is deleted.
          </p>
          <FieldError id={`${selectId}-error`} message={error} />
        </div>
      )}
      {stranded && (
        <p className="muted">This is the only section, and it still has articles. Create another section to move them to first.</p>
      )}
      <div>
        <SubmitButton className="button button-danger" pendingLabel="Deleting…" disabled={stranded}>
          Delete section<span className="visually-hidden"> {section.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

/** A row's edit and delete forms, folded away until needed so the table stays scannable. */
export function SectionActions({
  section,
  articleCount,
  otherSections,
}: {
  section: EditableSection;
  articleCount: number;
  otherSections: SectionOption[];
}) {
  return (
    <details>
      <summary>
        Edit or delete<span className="visually-hidden"> {section.name}</span>
      </summary>
      <div className="form-stack">
        <EditSectionForm section={section} />
        <DeleteSectionForm section={section} articleCount={articleCount} otherSections={otherSections} />
      </div>
    </details>
  );
}

export function MoveSectionButtons(props: { id: number; name: string; isFirst: boolean; isLast: boolean }) {
  return <MoveButtons action={moveSectionAction} {...props} />;
}
