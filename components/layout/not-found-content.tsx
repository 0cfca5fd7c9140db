import Link from 'next/link';
import { getLatestArticles } from '@/db/articles';
import { listSections } from '@/db/sections';
import { articlePath, sectionPath } from '@/lib/paths';

/** The body of every 404 page: what happened, and where a reader can go next. The chrome comes from the page around it. */
export async function NotFoundContent() {
  const [sections, latest] = await Promise.all([listSections(), getLatestArticles(5)]);
  return (
    <div className="not-found">
      <p className="listing-kicker">Error 404</p>
      <h1>We couldn’t find that page</h1>
      <p>
        The story may have been moved, unpublished, or is not out yet. Check the address, or start again from the{' '}
        <Link href="/">front page</Link>.
      </p>
      {/* Old links from a migrated site land here: searching for the story is often the quickest way back to it. */}
      <form className="not-found-search" action="/search" method="get" role="search" aria-label="Search the site">
        <label htmlFor="not-found-q" className="field-label">
          Search for the story
        </label>
        <div className="not-found-search-row">
          <input id="not-found-q" type="search" name="q" maxLength={200} enterKeyHint="search" />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
      </form>
      {sections.length > 0 && (
        <>
          <h2 className="block-heading">Browse a section</h2>
          <ul className="not-found-sections">
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={sectionPath(section.slug)}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {latest.length > 0 && (
        <>
          <h2 className="block-heading">Latest stories</h2>
          <ul className="not-found-latest">
            {latest.map((article) => (
              <li key={article.id}>
                <Link href={articlePath(article)}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
