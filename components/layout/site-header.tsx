import Link from 'next/link';
import { getMenu, type MenuLink } from '@/db/menus';
import { listSections } from '@/db/sections';
import { getSiteClock } from '@/db/settings';
import { formatSiteDay, toZonedIso } from '@/lib/site-time';
import { MastheadDate } from './masthead-date';
import { NavLink } from './nav-link';
import { ThemeSwitch } from './theme-switch';
import { getSiteConfig } from '@/lib/site';
import { sectionPath } from '@/lib/paths';

/** The editor's header menu; until one is arranged, every section in its order. */
async function headerLinks(): Promise<Array<Pick<MenuLink, 'label' | 'href' | 'kind'> & { key: string }>> {
  const menu = await getMenu('header');
  if (menu.length > 0) return menu.map((link) => ({ ...link, key: String(link.id) }));
  const sections = await listSections();
  return sections.map((section) => ({
    key: `section-${section.id}`,
    kind: 'section',
    label: section.name,
    href: sectionPath(section.slug),
  }));
}

export async function SiteHeader() {
  const [links, clock] = await Promise.all([headerLinks(), getSiteClock()]);
  const now = new Date();
  const { siteName } = getSiteConfig();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="masthead">
        <MastheadDate
          serverText={formatSiteDay(now, clock)}
          serverDate={toZonedIso(now, clock.timeZone).slice(0, 10)}
          timeZone={clock.timeZone}
          language={clock.language}
        />
        <Link href="/" className="masthead-title">
          {siteName}
        </Link>
        <div className="masthead-end">
          <div className="masthead-tools">
            <p className="masthead-tagline">Independent news, carefully told</p>
            <ThemeSwitch />
          </div>
          {/* A plain GET form: works without JavaScript, and the results page is shareable. */}
          <form className="header-search" action="/search" method="get" role="search" aria-label="Site search">
            <label htmlFor="header-search-q" className="visually-hidden">
              Search
            </label>
            <input id="header-search-q" type="search" name="q" placeholder="Search" maxLength={200} enterKeyHint="search" />
            <button type="submit" className="header-search-button">
              <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
                <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
                <path d="M10.3 10.3 15 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              <span className="visually-hidden">Search</span>
            </button>
          </form>
        </div>
      </div>
      <nav className="section-nav" aria-label="Main">
        <ul>
          <li>
            <NavLink href="/">Home</NavLink>
          </li>
          {links.map((link) => (
            <li key={link.key}>
              {link.kind === 'url' && !link.href.startsWith('/') ? (
                <a href={link.href}>{link.label}</a>
              ) : (
                <NavLink href={link.href} matchChildren={link.kind === 'section'}>
                  {link.label}
                </NavLink>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
