import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { restoreRevisionAction } from '@/actions/articles';
import { getArticleForStaff, getRevision, listRevisions } from '@/db/editor';
import { canOnArticle } from '@/lib/permissions';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { requireStaff } from '@/web/session';
import { htmlToPlainText } from '@/lib/text';
import { editorArticlePath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Revisions' };

interface RevisionsPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ compare?: string; error?: string }>;
}

/** Paragraph-level comparison: enough to see what changed between two saves. */
function paragraphs(html: string): string[] {
  return html
    .split(/<\/(?:p|h2|h3|blockquote|li)>/i)
    .map((part) => htmlToPlainText(part))
    .filter(Boolean);
}

export default async function RevisionsPage({ params, searchParams }: RevisionsPageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorArticlePath(rawId, 'revisions'));
  const article = await getArticleForStaff(staff, rawId);
  if (!article) notFound();
  const revisions = await listRevisions(article.id);
  const compareId = Number(query.compare);
  const compared = Number.isInteger(compareId) && compareId > 0 ? await getRevision(article.id, compareId) : null;
  const canRestore = canOnArticle(staff, 'restoreRevision', article);

  const current = paragraphs(article.body);
  const old = compared ? paragraphs(compared.body) : [];
  const oldSet = new Set(old);
  const currentSet = new Set(current);

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Revisions: {article.title}</h1>
        <Link href={editorArticlePath(article.id)}>Back to the article</Link>
      </div>
      {query.error && (
        <p className="form-error" role="alert" aria-label="Restore error">
          {query.error.slice(0, 300)}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Title</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.id}>
              <td>v{revision.version}</td>
              <td>
                <SiteDateTime date={revision.createdAt} />
              </td>
              <td>{revision.savedByName}</td>
              <td>{revision.title}</td>
              <td className="inline-form">
                <Link href={`${editorArticlePath(article.id, 'revisions')}?compare=${revision.id}`}>Compare with current</Link>
                {canRestore && revision.version !== article.version && (
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="articleId" value={article.id} />
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="expectedVersion" value={article.version} />
                    <button type="submit" className="button button-quiet">
                      Restore v{revision.version}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {compared && (
        <section aria-labelledby="compare-heading" style={{ marginTop: '2rem' }}>
          <h2 id="compare-heading">
            v{compared.version} compared with the current version (v{article.version})
          </h2>
          {compared.title !== article.title && (
            <p>
              Title: <del>{compared.title}</del> → <ins>{article.title}</ins>
            </p>
          )}
          <div className="article-form">
            <div>
              <h3>v{compared.version}</h3>
              {old.map((text, index) => (
                <p key={index}>{currentSet.has(text) ? text : <del>{text}</del>}</p>
              ))}
            </div>
            <div>
              <h3>Current</h3>
              {current.map((text, index) => (
                <p key={index}>{oldSet.has(text) ? text : <ins>{text}</ins>}</p>
              ))}
            </div>
          </div>
        </section>
      )}
    </>
  );
}
