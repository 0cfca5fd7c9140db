'use client';

import { useActionState } from 'react';
import { addCommentAction } from '@/actions/collaboration';
import { FieldError } from '@/components/editor/field-error';
import { MAX_COMMENT_CHARS, type ArticleCommentKind } from '@/lib/collaboration';
import { formatSiteDateTime, toZonedIso, type SiteClock } from '@/lib/site-time';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './admin/form-parts';

export interface CommentForPanel {
  id: number;
  kind: ArticleCommentKind;
  body: string;
  authorName: string;
  createdAt: Date;
}

/** The desk's comments on a story, and the form that adds one: staff only, never on a reader page. */
export function CommentsPanel({ articleId, comments, clock }: { articleId: number; comments: CommentForPanel[]; clock: SiteClock }) {
  const [state, action] = useActionState(addCommentAction, initialAdminState);
  const error = state.fieldErrors.body;
  return (
    <section className="editor-panel comments-panel" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments{comments.length > 0 && <span className="comments-count"> ({comments.length})</span>}</h2>
      {comments.length > 0 ? (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className={comment.kind === 'send_back' ? 'comment comment-send-back' : 'comment'}>
              <p className="comment-meta">
                <strong>{comment.authorName}</strong>
                {comment.kind === 'send_back' && <span className="comment-kind">Sent back</span>}
                <time dateTime={toZonedIso(comment.createdAt, clock.timeZone)}>{formatSiteDateTime(comment.createdAt, clock)}</time>
              </p>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No comments yet.</p>
      )}
      <form action={action} className="form-stack" noValidate data-keeps-edits>
        <input type="hidden" name="articleId" value={articleId} />
        {!error && <FormMessage state={state} errorLabel="Comment error" />}
        <div className="field">
          <label htmlFor="comment-body">Add a comment</label>
          <textarea
            id="comment-body"
            name="body"
            rows={3}
            maxLength={MAX_COMMENT_CHARS}
            required
            defaultValue={shownValue(state, 'body', '')}
            {...describedBy('comment-body', error, 'comment-body-hint')}
          />
          <p id="comment-body-hint" className="field-hint">
            Only staff who can open this story see comments; readers never do. Type @ and a colleague’s name to notify them.
          </p>
          <FieldError id="comment-body-error" message={error} />
        </div>
        <div>
          <SubmitButton className="button" pendingLabel="Adding…">
            Add comment
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
