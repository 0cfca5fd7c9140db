import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateTagForm, TagActions } from '@/components/editor/admin/tag-forms';
import { listTagsWithCounts } from '@/db/editor';
import { editorScreenPath, tagPath } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'Tags' };

interface TagsPageProps {
  searchParams: Promise<{ deleted?: string | string[] }>;
}

export default async function TagsPage({ searchParams }: TagsPageProps) {
  const staff = await requireStaff(editorScreenPath('tags'));
  if (!canOnSite(staff, 'manageTags')) {
    return <NoAccess title="Tags" />;
  }
  const [tags, { deleted }] = await Promise.all([listTagsWithCounts(), searchParams]);

  return (
    <>
      <h1>Tags</h1>
      {/* Deleting removes the row that held the form, so the confirmation arrives as `?deleted=1`. */}
      {deleted === '1' && (
        <p className="form-notice" role="status">
          Tag deleted. It was removed from every article that used it.
        </p>
      )}
      {tags.length === 0 ? (
        <p className="muted">There are no tags yet. Create one below, or add tags while editing an article.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Articles</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id}>
                <td>{tag.name}</td>
                <td>
                  <Link href={tagPath(tag.slug)}>{tag.slug}</Link>
                </td>
                <td>{tag.articleCount}</td>
                <td>
                  <TagActions tag={{ id: tag.id, name: tag.name, slug: tag.slug }} articleCount={tag.articleCount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-tag-heading">
        <h2 id="new-tag-heading">New tag</h2>
        <CreateTagForm />
      </section>
    </>
  );
}
