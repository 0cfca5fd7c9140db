import type { Metadata } from 'next';
import { AddMenuItemForm, MenuItemActions } from '@/components/editor/admin/menu-forms';
import { NoAccess } from '@/components/editor/no-access';
import { getMenu, type MenuLink } from '@/db/menus';
import { listPagesForEditor } from '@/db/pages';
import { listSections } from '@/db/sections';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { editorScreenPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Menus' };

const kindLabels: Record<MenuLink['kind'], string> = { section: 'Section', page: 'Page', feed: 'Feed', url: 'Link' };

function MenuTable({ links, footer }: { links: MenuLink[]; footer: boolean }) {
  if (links.length === 0) return null;
  return (
    <table className="data-table">
      <thead>
        <tr>
          {footer && <th scope="col">Column</th>}
          <th scope="col">Label</th>
          <th scope="col">Points to</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {links.map((link, index) => {
          const siblings = links.filter((other) => other.columnLabel === link.columnLabel);
          const place = siblings.indexOf(link);
          return (
            <tr key={link.id}>
              {footer && <td>{link.columnLabel}</td>}
              <td>{link.label}</td>
              <td>
                {kindLabels[link.kind]}: <code>{link.href}</code>
              </td>
              <td>
                <MenuItemActions
                  id={link.id}
                  label={link.label || String(index + 1)}
                  isFirst={place === 0}
                  isLast={place === siblings.length - 1}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default async function MenusPage() {
  const staff = await requireStaff(editorScreenPath('menus'));
  if (!canOnSite(staff, 'manageMenus')) return <NoAccess title="Menus" />;
  const [header, footer, sections, pages] = await Promise.all([
    getMenu('header', { includeDrafts: true }),
    getMenu('footer', { includeDrafts: true }),
    listSections(),
    listPagesForEditor(),
  ]);
  const sectionOptions = sections.map((section) => ({ id: section.id, name: section.name }));
  const pageOptions = pages.map((page) => ({ id: page.id, name: page.status === 'published' ? page.title : `${page.title} (draft)` }));
  const columns = [...new Set(footer.map((link) => link.columnLabel))];
  return (
    <>
      <h1>Menus</h1>
      <p className="muted">
        The links on every reader page. A link to a draft page stays hidden until the page is published; a deleted section or page leaves
        its menus by itself.
      </p>
      <section aria-labelledby="header-menu-heading" className="editor-panel">
        <h2 id="header-menu-heading">Header</h2>
        {header.length === 0 && <p className="muted">Empty: the header shows Home and every section, in the order set under Sections.</p>}
        <MenuTable links={header} footer={false} />
        <h3>Add a header link</h3>
        <AddMenuItemForm menu="header" sections={sectionOptions} pages={pageOptions} columns={[]} />
      </section>
      <section aria-labelledby="footer-menu-heading" className="editor-panel">
        <h2 id="footer-menu-heading">Footer</h2>
        {footer.length === 0 && <p className="muted">Empty: the footer shows the sections, the published pages and the feeds.</p>}
        <MenuTable links={footer} footer />
        <h3>Add a footer link</h3>
        <AddMenuItemForm menu="footer" sections={sectionOptions} pages={pageOptions} columns={columns} />
      </section>
    </>
  );
}
