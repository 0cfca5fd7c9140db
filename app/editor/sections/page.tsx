import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateSectionForm, MoveSectionButtons, SectionActions } from '@/components/editor/admin/section-forms';
import { listSectionsWithCounts } from '@/db/editor';
import { editorScreenPath, sectionPath } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'Sections' };

interface SectionsPageProps {
  searchParams: Promise<{ deleted?: string | string[] }>;
}

// Deleting removes the row that held the form, so the confirmation arrives as `?deleted=`.
const deletedNotices = new Map([
  ['1', 'Section deleted.'],
  ['moved', 'Section deleted. Its articles now belong to the section you chose.'],
]);

export default async function SectionsPage({ searchParams }: SectionsPageProps) {
  const staff = await requireStaff(editorScreenPath('sections'));
  if (!canOnSite(staff, 'manageSections')) {
    return <NoAccess title="Sections" />;
  }
  const [sections, { deleted }] = await Promise.all([listSectionsWithCounts(), searchParams]);
  const notice = typeof deleted === 'string' ? deletedNotices.get(deleted) : undefined;

  return (
    <>
      <h1>Sections</h1>
      {notice && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      {sections.length === 0 ? (
        <p className="muted">There are no sections yet. Create the first one below.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Articles</th>
              <th scope="col">Order</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <tr key={section.id}>
                <td>{index + 1}</td>
                <td>
                  {section.name}
                  {section.description && <p className="muted">{section.description}</p>}
                </td>
                <td>
                  <Link href={sectionPath(section.slug)}>{section.slug}</Link>
                </td>
                <td>{section.articleCount}</td>
                <td>
                  <MoveSectionButtons id={section.id} name={section.name} isFirst={index === 0} isLast={index === sections.length - 1} />
                </td>
                <td>
                  <SectionActions
                    section={{ id: section.id, name: section.name, slug: section.slug, description: section.description }}
                    articleCount={section.articleCount}
                    otherSections={sections.filter((other) => other.id !== section.id).map((other) => ({ id: other.id, name: other.name }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-section-heading">
        <h2 id="new-section-heading">New section</h2>
        <CreateSectionForm />
      </section>
    </>
  );
}
