import { getPictures } from '@/db/media';
import { libraryImagesIn, withLibraryPictures } from '@/lib/body-images';

/**
 * The article's body. The HTML was sanitized with the site's allow-list when it was saved
 * (lib/sanitize.ts); it is never stored unsanitized, which is what makes this safe. Its library pictures
 * are shown with their sizes, WebP copies, caption and credit as the library has them now (lib/body-images.ts).
 */
export async function ArticleBody({ html }: { html: string }) {
  const urls = libraryImagesIn(html);
  const shown = urls.length > 0 ? withLibraryPictures(html, await getPictures(urls)) : html;
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: shown }} />;
}
