import type { Metadata } from 'next';
import { isVisibleToReaders } from '@/db/visibility';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { restoreFromTrashAction, trashArticleAction, unpublishArticleAction } from '@/actions/articles';
import { ConfirmAction } from '@/components/editor/confirm-action';
import { TRASH_DAYS } from '@/lib/trash';
import { ArticleForm } from '@/components/editor/article-form';
import { getArticleForStaff, listRelatedWithReasons, listTagsWithCounts } from '@/db/editor';
import { RelatedReasons } from '@/components/editor/related-reasons';
import { listSections } from '@/db/sections';
import { articleFormAbilities, bylinePickerData } from '@/web/editor-access';
import { canOnArticle, canOnSite } from '@/lib/permissions';
import { getNotesForArticle } from '@/db/notes';
import { ArticleNotesPanel } from '@/components/editor/article-notes-panel';
import { requireStaff } from '@/web/session';
import { EDITOR_TRASH_PATH, articlePath, editorArticleCommentsPath, editorArticlePath } from '@/lib/paths';
import { getSiteClock } from '@/db/settings';
import { getPicture, picturePreview } from '@/db/media';
import { formatSiteMoment } from '@/lib/site-time';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { listArticleComments, othersEditing, standingSendBack } from '@/db/collaboration';
import { CommentsPanel } from '@/components/editor/comments-panel';
import { PresenceNotice } from '@/components/editor/presence-notice';
import { SendBackForm } from '@/components/editor/send-back-form';

export const metadata: Metadata = { title: 'Edit article' };

const notices: Record<string, string> = {
  save: 'Saved.',
  submit: 'Submitted for review. An editor will take it from here.',
  publish: 'Published. It is live on the site now.',
  schedule: 'Scheduled. It will go live by itself at the chosen time.',
  unpublish: 'Unpublished. It is no longer visible to readers.',
  restore: 'Revision restored.',
  pin: 'Related stories updated.',
  sendback: 'Sent back to the writer as a draft, with your note. They have been notified.',
};

interface EditArticlePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; error?: string; v?: string }>;
}

export default async function EditArticlePage({ params, searchParams }: EditArticlePageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorArticlePath(rawId));
  const article = await getArticleForStaff(staff, rawId);
  if (!article) notFound();
  const now = new Date();
  const isLive = isVisibleToReaders(article, now);
  const publicPath = articlePath(article);

  // In the trash: nothing to edit until it is restored (the save would be refused anyway).
  if (article.status === 'trashed') {
    return (
      <>
        <h1>{article.title || 'Untitled draft'}</h1>
        <div className="form-error" role="alert" aria-label="In the trash">
          <p>
            This story is in the trash
            {article.trashedAt ? (
              <>
                {' '}
                since <SiteDateTime date={article.trashedAt} />
              </>
            ) : null}
            . Readers cannot see it; it is deleted for good {TRASH_DAYS} days after it was trashed.
          </p>
        </div>
        <div className="form-actions" style={{ marginTop: '1rem' }}>
          {canOnArticle(staff, 'restoreFromTrash', { authorId: article.authorId, status: 'draft' }) && (
            <form action={restoreFromTrashAction}>
              <input type="hidden" name="id" value={article.id} />
              <input type="hidden" name="returnTo" value="trash" />
              <button type="submit" className="button button-primary">
                Restore from the trash
              </button>
            </form>
          )}
          <Link href={EDITOR_TRASH_PATH}>Open the trash</Link>
        </div>
      </>
    );
  }

  // Their own story, out of their hands (a contributor's published work): shown, not editable.
  if (!canOnArticle(staff, 'edit', article)) {
    return (
      <>
        <h1>{article.title}</h1>
        <p className="form-error" role="alert" aria-label="No access">
          You cannot edit this article: contributors work only on their own drafts and submissions.
        </p>
        <p>
          <Link href="/editor">Back to the dashboard</Link>
        </p>
      </>
    );
  }
  const [sections, tags, related, clock, notes, picker, picture, comments, sentBack, others] = await Promise.all([
    listSections(),
    listTagsWithCounts(),
    listRelatedWithReasons(staff, article.id),
    getSiteClock(),
    getNotesForArticle(article.id),
    bylinePickerData(article.bylines),
    article.featuredImageUrl ? getPicture(article.featuredImageUrl) : null,
    listArticleComments(article.id),
    standingSendBack(article),
    othersEditing(article.id, staff.id, now),
  ]);
  const abilities = articleFormAbilities(staff, article);
  const scheduledNotice =
    query.saved === 'schedule' && article.status === 'scheduled' && article.publishedAt
      ? `Scheduled for ${formatSiteMoment(article.publishedAt, clock, now)}. It will go live by itself then.`
      : null;
  const notice = query.error ? null : (scheduledNotice ?? ((query.saved && notices[query.saved]) || null));

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Edit article</h1>
        <span className={`status-pill status-${isLive ? 'published' : article.status}`}>
          {isLive ? 'published' : article.status === 'pending' ? 'pending review' : article.status}
        </span>
        {isLive && <Link href={publicPath}>View on site</Link>}
        <Link href={editorArticlePath(article.id, 'revisions')}>Revisions</Link>
      </div>
      <PresenceNotice articleId={article.id} initialOthers={others} />
      {query.error && (
        <p className="form-error" role="alert" aria-label="Action error">
          {query.error.slice(0, 300)}
        </p>
      )}
      {sentBack && (
        <div className="send-back-notice" role="note" aria-label="Sent back">
          <p className="send-back-notice-meta">
            <strong>Sent back by {sentBack.authorName}</strong> · <SiteDateTime date={sentBack.createdAt} />
          </p>
          <p className="send-back-notice-body">{sentBack.body}</p>
          <p className="field-hint">
            Make the changes, then submit it for review again.{' '}
            <Link href={editorArticleCommentsPath(article.id)}>Reply in the comments</Link>
          </p>
        </div>
      )}
      <ArticleForm
        // Remount only on a navigation that replaced the article (unpublish, restore), not after an
        // in-place save, which would wipe the form's "Saved" state.
        key={`${article.id}:${query.v ?? ''}`}
        initial={{
          id: article.id,
          version: article.version,
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: article.body,
          categoryId: article.categoryId,
          tagNames: article.tagNames,
          featuredImageUrl: article.featuredImageUrl ?? '',
          featuredImageAlt: article.featuredImageAlt,
          featuredPicture: picture && picturePreview(picture),
          publishAt: article.publishedAt?.toISOString() ?? null,
          status: article.status,
          isLive,
          bylines: picker.bylines,
        }}
        profiles={picker.profiles}
        sections={sections}
        tagSuggestions={tags.map((tag) => tag.name)}
        can={abilities}
        notice={notice}
        clock={clock}
      />
      {article.status === 'pending' && canOnSite(staff, 'reviewQueue') && (
        <SendBackForm articleId={article.id} writerName={article.authorName} />
      )}
      {isLive && <ArticleNotesPanel articleId={article.id} notes={notes} canAdd={canOnSite(staff, 'addArticleNotes')} clock={clock} />}
      <CommentsPanel articleId={article.id} comments={comments} clock={clock} />
      <RelatedReasons articleId={article.id} related={related} />
      <div className="form-actions article-danger-zone">
        {abilities.unpublish && (article.status === 'published' || article.status === 'scheduled') && (
          <ConfirmAction
            action={unpublishArticleAction}
            fields={{ id: article.id, expectedVersion: article.version }}
            label="Unpublish"
            question={`Unpublish “${article.title}”?`}
            detail={
              isLive
                ? 'Readers will no longer see it, and it goes back to the drafts. You can publish it again at any time.'
                : 'It will not go live at its scheduled time, and it goes back to the drafts.'
            }
            confirmLabel="Yes, unpublish"
          />
        )}
        {abilities.delete && (
          <ConfirmAction
            action={trashArticleAction}
            fields={{ id: article.id }}
            label="Delete article"
            question={`Move “${article.title || 'Untitled draft'}” to the trash?`}
            detail={`${isLive ? 'It disappears from the site at once. ' : ''}You can restore it from the trash for ${TRASH_DAYS} days; after that it is deleted for good.`}
            confirmLabel="Move to trash"
          />
        )}
      </div>
    </>
  );
}
