import type { Metadata } from 'next';
import Link from 'next/link';
import { MAX_SEARCH_PAGE, searchPublishedArticles } from '@/db/search';
import { listSections } from '@/db/sections';
import { SearchResult } from '@/components/search/search-result';
import { RecentPosts } from '@/components/article/recent-posts';
import { getFeaturedPictures } from '@/db/media';
import { buildFtsQuery } from '@/lib/search-query';
import { pageMetadata } from '@/web/metadata';
import { getSiteClock } from '@/db/settings';
import { formatSiteNumber } from '@/lib/site-time';
import { getSiteConfig } from '@/lib/site';

/** A result's thumbnail is 112 px wide on a phone and 240 px beside the text on wider screens (app/globals.css). */
const RESULT_IMAGE_SIZES = '(max-width: 640px) 112px, 240px';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 10;
/** Longer queries are cut: only the first dozen words count anyway (see buildFtsQuery). */
const MAX_QUERY_LENGTH = 200;

type Param = string | string[] | undefined;

interface SearchPageProps {
  searchParams: Promise<{ q?: Param; section?: Param; page?: Param }>;
}

function firstValue(value: Param): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function readQuery(value: Param): string {
  const query = firstValue(value).replace(/\s+/g, ' ').trim();
  // By code points, so a cut never leaves half a character.
  return query.length > MAX_QUERY_LENGTH ? Array.from(query).slice(0, MAX_QUERY_LENGTH).join('').trim() : query;
}

/** Page numbers that are not a plain positive number mean page one; deep pages stop at MAX_SEARCH_PAGE. */
function readPage(value: Param): number {
  const text = firstValue(value);
  if (!/^\d{1,6}$/.test(text)) return 1;
  return Math.min(MAX_SEARCH_PAGE, Math.max(1, Number(text)));
}

function searchHref(query: string, sectionSlug: string | null, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (sectionSlug) params.set('section', sectionSlug);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = readQuery((await searchParams).q);
  const shown = query.length > 60 ? `${Array.from(query).slice(0, 60).join('')}…` : query;
  // Result pages are endless and thin: keep them out of search engines, but let crawlers follow the links.
  // The search page itself (no query yet) is a page like any other.
  return pageMetadata({
    title: query ? `Search: ${shown}` : 'Search',
    description: `Search every story ${getSiteConfig().siteName} has published.`,
    path: '/search',
    noindex: query.length > 0,
  });
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const [params, sections, clock] = await Promise.all([searchParams, listSections(), getSiteClock()]);
  const formatCount = (value: number) => formatSiteNumber(value, clock);
  const query = readQuery(params.q);
  const section = sections.find((candidate) => candidate.slug === firstValue(params.section)) ?? null;
  const page = readPage(params.page);
  const hasWords = buildFtsQuery(query) !== null;
  const results =
    query && hasWords ? await searchPublishedArticles({ query, sectionSlug: section?.slug, page, pageSize: PAGE_SIZE }) : null;

  const pictureOf = await getFeaturedPictures(results?.items ?? []);
  const lastPage = results ? Math.min(MAX_SEARCH_PAGE, Math.ceil(results.total / PAGE_SIZE)) : 0;
  const prevHref = results && page > 1 ? searchHref(query, section?.slug ?? null, Math.min(page - 1, lastPage)) : null;
  const nextHref = results && page < lastPage ? searchHref(query, section?.slug ?? null, page + 1) : null;
  const inSection = section ? ` in ${section.name}` : '';

  return (
    <div className="page-with-aside search-page">
      <div className="page-primary">
        <header className="listing-header">
          <h1>Search</h1>
        </header>

        <form className="search-form" action="/search" method="get" role="search" aria-label="Search stories">
          <div className="field search-form-query">
            <label htmlFor="search-q">Search the site</label>
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={query}
              maxLength={MAX_QUERY_LENGTH}
              enterKeyHint="search"
              spellCheck={false}
            />
          </div>
          <div className="field search-form-section">
            <label htmlFor="search-section">Section</label>
            <select id="search-section" name="section" defaultValue={section?.slug ?? ''}>
              <option value="">All sections</option>
              {sections.map((candidate) => (
                <option key={candidate.id} value={candidate.slug}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-primary search-form-submit">
            Search
          </button>
        </form>

        {!query && (
          <div className="empty-state search-empty">
            <p>Type a word or two to search every story we have published.</p>
          </div>
        )}

        {query && !hasWords && (
          <div className="empty-state search-empty">
            <p>No stories match “{query}”.</p>
            <p>Search for words or names: punctuation and symbols are ignored.</p>
          </div>
        )}

        {results && results.total === 0 && (
          <div className="empty-state search-empty">
            <p>
              No stories match “{query}”{inSection}.
            </p>
            <ul className="search-tips">
              <li>Check the spelling, or try another form of the word.</li>
              <li>Use fewer words: a story must contain every word you search for.</li>
              {section && (
                <li>
                  <Link href={searchHref(query, null)}>Search all sections</Link> instead of {section.name} only.
                </li>
              )}
            </ul>
          </div>
        )}

        {results && results.total > 0 && (
          <>
            <p className="search-count">
              {results.totalCapped
                ? `More than ${formatCount(results.total)} results`
                : `${formatCount(results.total)} ${results.total === 1 ? 'result' : 'results'}`}{' '}
              for “{query}”{inSection}
              {lastPage > 1 && page <= lastPage && ` · page ${page} of ${formatCount(lastPage)}`}
            </p>
            {results.items.length > 0 ? (
              <div className="card-list search-results">
                {results.items.map((item) => (
                  <SearchResult key={item.id} item={item} picture={pictureOf(item)} sizes={RESULT_IMAGE_SIZES} />
                ))}
              </div>
            ) : (
              <div className="empty-state search-empty">
                <p>There are no more results.</p>
                <p>
                  <Link href={searchHref(query, section?.slug ?? null)}>Back to the first page of results</Link>
                </p>
              </div>
            )}
            {page === lastPage && results.total > lastPage * PAGE_SIZE && (
              <p className="search-note">
                Only the first {formatCount(lastPage * PAGE_SIZE)} results are shown: add a word to narrow the search.
              </p>
            )}
            {(prevHref || nextHref) && (
              <nav className="pagination" aria-label="Search results pages">
                {prevHref && (
                  <Link href={prevHref} rel="prev">
                    ← Previous
                  </Link>
                )}
                {nextHref && (
                  <Link href={nextHref} rel="next" className="pagination-next">
                    Next →
                  </Link>
                )}
              </nav>
            )}
          </>
        )}
      </div>
      <div className="search-aside">
        {query && hasWords && (
          <nav className="search-sections" aria-labelledby="search-sections-heading">
            <h2 id="search-sections-heading">Search in a section</h2>
            <ul>
              <li>
                <Link href={searchHref(query, null)} aria-current={section ? undefined : 'page'}>
                  All sections
                </Link>
              </li>
              {sections.map((candidate) => (
                <li key={candidate.id}>
                  <Link href={searchHref(query, candidate.slug)} aria-current={candidate.id === section?.id ? 'page' : undefined}>
                    {candidate.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <RecentPosts />
      </div>
    </div>
  );
}
