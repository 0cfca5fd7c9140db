import Link from 'next/link';
import { listSections } from '@/db/sections';
import { formatDay } from '@/lib/relative-time';
import { getSiteConfig } from '@/lib/site';
import { sectionPath } from '@/lib/paths';

export async function SiteHeader() {
  const sections = await listSections();
  const { siteName } = getSiteConfig();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="masthead">
        <p className="masthead-date">{formatDay(new Date())}</p>
        <Link href="/" className="masthead-title">
          {siteName}
        </Link>
        <p className="masthead-tagline">Independent news, carefully told</p>
      </div>
      <nav className="section-nav" aria-label="Sections">
        <ul>
          <li>
            <Link href="/">Home</Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={sectionPath(section.slug)}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
