/**
 * The article's body. The HTML was sanitized with the site's allow-list when it was saved
 * (lib/sanitize.ts); it is never stored unsanitized, which is what makes this safe.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
