import { getPictures } from '@/db/media';
import { libraryImagesIn, withLibraryPictures } from '@/lib/body-images';
import { withEmbedPlaceholders } from '@/lib/embed-placeholders';
import './embeds.css';

/**
 * The article's body. The HTML was sanitized with the site's allow-list when it was saved
 * (lib/sanitize.ts); it is never stored unsanitized, which is what makes this safe. Its library pictures
 * are shown with their sizes, WebP copies, caption and credit as the library has them now (lib/body-images.ts).
 * Embeds are shown as click-to-load placeholders; their script (public/embed-loader.js, a few hundred bytes,
 * same origin) is loaded only by pages that have one. Staff pages leave it out (`loadEmbeds={false}`): their
 * policy runs only scripts with the request's nonce, and a placeholder without it is still a link to the original.
 */
export async function ArticleBody({ html, loadEmbeds = true }: { html: string; loadEmbeds?: boolean }) {
  const urls = libraryImagesIn(html);
  const withPictures = urls.length > 0 ? withLibraryPictures(html, await getPictures(urls)) : html;
  const body = withEmbedPlaceholders(withPictures);
  return (
    <>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: body.html }} />
      {body.embeds > 0 && loadEmbeds && <script src="/embed-loader.js" async />}
    </>
  );
}
