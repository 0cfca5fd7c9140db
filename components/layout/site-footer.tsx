import { getMenu, type MenuLink } from '@/db/menus';
import { listPublishedPages } from '@/db/pages';
import { listSections } from '@/db/sections';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, feedPath, sectionPath, staticPagePath } from '@/lib/paths';
import { getSiteClock } from '@/db/settings';
import { getSiteConfig } from '@/lib/site';
import { wallTimeOf } from '@/lib/site-time';
import { NavLink } from './nav-link';

interface FooterColumn {
  label: string;
  links: Array<Pick<MenuLink, 'label' | 'href' | 'kind'>>;
}

/** The editor's footer, grouped into its columns in the order each first appears. */
function columnsOf(links: readonly MenuLink[]): FooterColumn[] {
  const columns = new Map<string, MenuLink[]>();
  for (const link of links) columns.set(link.columnLabel, [...(columns.get(link.columnLabel) ?? []), link]);
  return [...columns].map(([label, columnLinks]) => ({ label, links: columnLinks }));
}

/** Until an editor arranges the footer: the sections, the published pages and the feeds. */
async function defaultColumns(): Promise<FooterColumn[]> {
  const [sections, pages] = await Promise.all([listSections(), listPublishedPages()]);
  return [
    { label: 'Sections', links: sections.map((section) => ({ kind: 'section', label: section.name, href: sectionPath(section.slug) })) },
    {
      label: 'About us',
      links: [
        ...pages.map((page) => ({ kind: 'page' as const, label: page.title, href: staticPagePath(page.slug) })),
        { kind: 'url', label: 'Corrections', href: CORRECTIONS_PATH },
      ],
    },
    {
      label: 'Follow',
      links: [
        { kind: 'feed', label: 'RSS feed', href: feedPath('rss') },
        { kind: 'feed', label: 'Corrections feed', href: CORRECTIONS_FEED_PATH },
      ],
    },
  ].filter((column) => column.links.length > 0) as FooterColumn[];
}

export async function SiteFooter() {
  const { siteName } = getSiteConfig();
  const [menu, { timeZone }] = await Promise.all([getMenu('footer'), getSiteClock()]);
  const columns = menu.length > 0 ? columnsOf(menu) : await defaultColumns();
  return (
    <footer className="site-footer">
      <nav className="footer-columns" aria-label="Footer">
        {columns.map((column) => (
          <div key={column.label} className="footer-column">
            <h2 className="footer-heading">{column.label}</h2>
            <ul>
              {column.links.map((link) => (
                <li key={`${link.kind}:${link.href}`}>
                  {link.href.startsWith('/') && link.kind !== 'feed' ? (
                    <NavLink href={link.href}>{link.label}</NavLink>
                  ) : (
                    <a href={link.href}>{link.label}</a>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <p className="footer-copyright">
        © {wallTimeOf(new Date(), timeZone).year} {siteName}. All rights reserved.
      </p>
    </footer>
  );
}
