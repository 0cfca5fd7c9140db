/** URL builders, so every link to a page is spelled the same way everywhere. */
export const articlePath = (article: { sectionSlug: string; slug: string }) => `/${article.sectionSlug}/${article.slug}`;
export const sectionPath = (sectionSlug: string) => `/${sectionSlug}`;
export const tagPath = (tagSlug: string) => `/tag/${tagSlug}`;
export const authorPath = (authorSlug: string) => `/author/${authorSlug}`;
