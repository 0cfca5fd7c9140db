import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFrontPage } from '@/db/front-page';
import { getFeaturedPictures } from '@/db/media';
import { ArticleCard } from '@/components/article/article-card';
import { StoryGrid } from '@/components/listing/card-grid';
import { PAGE_CONTENT_WIDTH } from '@/lib/layout';
import { JsonLd } from '@/components/seo/json-ld';
import { HOME_PAGE_ROUTE, sectionPath } from '@/lib/paths';
import { pageMetadata } from '@/web/metadata';
import { getSiteConfig } from '@/lib/site';
import { webSiteJsonLd } from '@/components/seo/structured-data';

// The front page, at `/`: proxy.ts rewrites `/` here (HOME_PAGE_ROUTE). It is rendered on first visit,
// then served from the page cache until a story on it changes, the editor rearranges it, or a scheduled
// story goes live or a pin runs out (server/page-cache-handler.mjs, on any instance). The `[edition]` segment exists so that nothing is
// rendered at build time: a page without one would be prerendered from whatever database the build saw.
export const dynamic = 'force-static';
export const revalidate = 30;
export function generateStaticParams(): Array<{ edition: string }> {
  return [];
}

// How wide each picture is shown (app/globals.css): the lead fills its column, top stories have a
// thumbnail; the section blocks' grid works out its own (components/listing/card-grid.tsx).
const LEAD_IMAGE_SIZES = '(max-width: 640px) calc(100vw - 2rem), (max-width: 960px) calc(60vw - 3rem), 480px';
const TOP_STORY_IMAGE_SIZES = '112px';

export function generateMetadata(): Metadata {
  const { siteName } = getSiteConfig();
  return pageMetadata({ title: null, description: `${siteName}: news, analysis and culture from an independent newsroom.`, path: '/' });
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if (`/front-page/${(await params).edition}` !== HOME_PAGE_ROUTE) notFound();
  const { lead, topStories, latest, sectionBlocks } = await getFrontPage();
  const { siteName } = getSiteConfig();
  const shown = [lead, ...topStories, ...sectionBlocks.flatMap((block) => block.articles)];
  const pictureOf = await getFeaturedPictures(shown);
  const leadPicture = lead ? pictureOf(lead) : undefined;

  return (
    <div className="front-page">
      <JsonLd data={webSiteJsonLd()} />
      <h1 className="visually-hidden">{siteName}: today’s front page</h1>
      <div className="page-with-aside front-opening">
        <div className="page-primary">
          {lead ? (
            <section className="front-top" aria-label="Top stories">
              <ArticleCard
                article={lead}
                variant="lead"
                headingLevel={2}
                image={leadPicture ? { picture: leadPicture, sizes: LEAD_IMAGE_SIZES, priority: true } : null}
              />
              {topStories.length > 0 && (
                <div className="top-stories">
                  {topStories.map((article) => {
                    const picture = pictureOf(article);
                    return (
                      <ArticleCard key={article.id} article={article} image={picture ? { picture, sizes: TOP_STORY_IMAGE_SIZES } : null} />
                    );
                  })}
                </div>
              )}
            </section>
          ) : (
            <div className="empty-state">
              <p>No stories have been published yet.</p>
            </div>
          )}
        </div>
        {/* In place of Recent Posts, which would repeat the stories above: the newest ones not shown there. */}
        {latest.length > 0 && (
          <aside className="latest-stories" aria-labelledby="latest-heading">
            <h2 className="block-heading" id="latest-heading">
              Latest
            </h2>
            {latest.map((article) => (
              <ArticleCard key={article.id} article={article} variant="compact" />
            ))}
          </aside>
        )}
      </div>
      {/* The section blocks take the page's full width: nothing beside them to leave a column empty. */}
      {sectionBlocks.map(({ section, articles }) => (
        <section key={section.id} className="section-block" aria-labelledby={`section-${section.slug}`}>
          <h2 className="block-heading" id={`section-${section.slug}`}>
            <Link href={sectionPath(section.slug)}>{section.name}</Link>
          </h2>
          <StoryGrid
            stories={articles}
            pictureOf={pictureOf}
            perRow={4}
            wideWidth={PAGE_CONTENT_WIDTH}
            className="section-block-grid"
            showSection={false}
          />
          <p className="section-block-more">
            <Link href={sectionPath(section.slug)}>More {section.name} →</Link>
          </p>
        </section>
      ))}
    </div>
  );
}
