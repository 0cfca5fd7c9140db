import Link from 'next/link';
import { floorArticle } from '../article';

// Rendered on every request, like an uncached page of the site; no cache, no database.
export const dynamic = 'force-dynamic';

export default async function FloorPage({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const article = floorArticle;
  return (
    <>
      <header>
        <Link href="/">Paradox</Link>
        <nav aria-label="Sections">
          <ul>
            {article.sections.map((section) => (
              <li key={section}>
                <Link href={`/${section.toLowerCase()}`}>{section}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <article data-path={path.join('/')}>
          <h1>{article.title}</h1>
          <p>{article.summary}</p>
          <p>
            By {article.byline} · <time dateTime={article.published}>{article.published}</time>
          </p>
          <div dangerouslySetInnerHTML={{ __html: article.body }} />
        </article>
      </main>
      <footer>
        <p>Paradox</p>
      </footer>
    </>
  );
}
