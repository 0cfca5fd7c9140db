'use client';

import { useActionState } from 'react';
import { addArticleNoteAction } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { articleNoteKindLabels, articleNoteKinds, type ArticleNote } from '@/lib/article-notes';
import { formatSiteDateTime, toZonedIso, type SiteClock } from '@/lib/site-time';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './admin/form-parts';

/** The notes a published story carries, and the form that adds one (editors and admins). */
export function ArticleNotesPanel({
  articleId,
  notes,
  canAdd,
  clock,
}: {
  articleId: number;
  notes: ArticleNote[];
  canAdd: boolean;
  clock: SiteClock;
}) {
  const [state, action] = useActionState(addArticleNoteAction, initialAdminState);
  const errors = state.fieldErrors;
  return (
    <section className="editor-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Corrections and notes</h2>
      <p className="field-hint">
        Corrections and clarifications appear at the top of the story with their date, on /corrections and in the feeds. Updates follow the
        story. A published note cannot be edited: add another if it needs correcting.
      </p>
      {notes.length > 0 && (
        <ol className="note-history">
          {notes.map((note) => (
            <li key={note.id}>
              <strong>{articleNoteKindLabels[note.kind]}</strong> ·{' '}
              <time dateTime={toZonedIso(note.createdAt, clock.timeZone)}>{formatSiteDateTime(note.createdAt, clock)}</time>
              <p>{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canAdd ? (
        <form action={action} className="form-stack" noValidate data-keeps-edits>
          <input type="hidden" name="articleId" value={articleId} />
          <FormMessage state={state} errorLabel="Note error" />
          <div className="field">
            <label htmlFor="note-kind">Kind</label>
            <select
              id="note-kind"
              name="kind"
              defaultValue={shownValue(state, 'kind', 'correction')}
              {...describedBy('note-kind', errors.kind)}
            >
              {articleNoteKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {articleNoteKindLabels[kind]}
                </option>
              ))}
            </select>
            <FieldError id="note-kind-error" message={errors.kind} />
          </div>
          <div className="field">
            <label htmlFor="note-body">Text</label>
            <textarea
              id="note-body"
              name="body"
              rows={4}
              maxLength={2000}
              required
              defaultValue={shownValue(state, 'body', '')}
              {...describedBy('note-body', errors.body, 'note-body-hint')}
            />
            <p id="note-body-hint" className="field-hint">
              Plain text; leave a blank line between paragraphs. Say what was wrong and what is right.
            </p>
            <FieldError id="note-body-error" message={errors.body} />
          </div>
          <div>
            <SubmitButton className="button button-primary" pendingLabel="Publishing…">
              Publish note
            </SubmitButton>
          </div>
        </form>
      ) : (
        <p className="muted">Only editors and administrators add corrections and notes. Ask one if this story needs one.</p>
      )}
    </section>
  );
}
