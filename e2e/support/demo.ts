import { demoArticles, type DemoArticle } from '../../db/seed/demo-articles';

/** The demo newsroom as the tests see it: what is public, and what must never be. */
export const publishedDemoArticles = demoArticles
  .filter((article) => !article.status)
  .sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo);

export const hiddenDemoArticles = demoArticles.filter((article) => article.status === 'draft' || article.status === 'scheduled');

export const demoArticlePath = (article: DemoArticle) => `/${article.section}/${article.slug}`;

export function newestDemoArticle(): DemoArticle {
  const newest = publishedDemoArticles[0];
  if (!newest) throw new Error('The demo newsroom has no published article');
  return newest;
}

export function oldestPublishedDemoArticle(): DemoArticle {
  const oldest = publishedDemoArticles.at(-1);
  if (!oldest) throw new Error('The demo newsroom has no published article');
  return oldest;
}

/** A published demo article whose body links another with READ MORE. */
export function demoArticleWithReadMore(): DemoArticle {
  const article = publishedDemoArticles.find((candidate) => /^READ MORE: /m.test(candidate.body) && candidate.tags.length > 0);
  if (!article) throw new Error('No demo article has a READ MORE link');
  return article;
}

export function demoArticleBySlug(slug: string): DemoArticle {
  const article = demoArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No demo article ${slug}`);
  return article;
}
