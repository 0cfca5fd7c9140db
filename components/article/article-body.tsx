import { withEmbedPlaceholders } from '@/lib/embed-placeholders';
import './embeds.css';

/**
 * The article's body. The HTML was sanitized with the site's allow-list when it was saved
 * (lib/sanitize.ts); it is never stored unsanitized, which is what makes this safe. Embeds are shown as
 * click-to-load placeholders; their script (public/embed-loader.js, a few hundred bytes, same origin) is
 * loaded only by pages that have one. Staff pages leave it out (`loadEmbeds={false}`): their policy runs
 * only scripts with the request's nonce, and a placeholder without it is still a link to the original.
 */
export function ArticleBody({ html, loadEmbeds = true }: { html: string; loadEmbeds?: boolean }) {
  const body = withEmbedPlaceholders(html);
  return (
    <>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: body.html }} />
      {body.embeds > 0 && loadEmbeds && <script src="/embed-loader.js" async />}
    </>
  );
}
