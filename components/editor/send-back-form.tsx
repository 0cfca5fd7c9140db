'use client';

import { useActionState } from 'react';
import { sendBackAction } from '@/actions/collaboration';
import { FieldError } from '@/components/editor/field-error';
import { MAX_COMMENT_CHARS } from '@/lib/collaboration';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './admin/form-parts';

/** For a story waiting for review: back to its writer as a draft, with a note saying what to change. */
export function SendBackForm({ articleId, writerName }: { articleId: number; writerName: string }) {
  const [state, action] = useActionState(sendBackAction, initialAdminState);
  const error = state.fieldErrors.note;
  return (
    <section className="editor-panel review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {/* Not marked data-keeps-edits: it leaves the page, so the form's unsaved edits are saved first. */}
      <form action={action} className="form-stack" noValidate>
        <input type="hidden" name="articleId" value={articleId} />
        {!error && <FormMessage state={state} errorLabel="Send-back error" />}
        <div className="field">
          <label htmlFor="send-back-note">Note to the writer</label>
          <textarea
            id="send-back-note"
            name="note"
            rows={3}
            maxLength={MAX_COMMENT_CHARS}
            required
            defaultValue={shownValue(state, 'note', '')}
            {...describedBy('send-back-note', error, 'send-back-note-hint')}
          />
          <p id="send-back-note-hint" className="field-hint">
            What needs to change before it can run. {writerName} gets it as a notification; it stays in the comments below.
          </p>
          <FieldError id="send-back-note-error" message={error} />
        </div>
        <div>
          <SubmitButton className="button" pendingLabel="Sending back…">
            Send back to the writer
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
