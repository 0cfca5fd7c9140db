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
      {sections.length > 0 && (
        <>
          <h2>Browse a section</h2>
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
          <h2>Latest stories</h2>
          <ul>
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
