import Link from 'next/link';
import { getBreakingNews } from '@/db/front-page';

/**
 * The breaking-news banner, in the server's HTML from the start (no client fetch), so it never moves the
 * page after load; with no breaking news nothing is rendered and no space is kept.
 */
export async function BreakingNewsBanner() {
  const banner = await getBreakingNews();
  if (!banner) return null;
  const external = banner.href !== null && /^https?:/i.test(banner.href);
  const headline = <span className="breaking-headline">{banner.headline}</span>;
  return (
    <section className="breaking-news" aria-label="Breaking news">
      <p className="breaking-inner">
        <strong className="breaking-label">Breaking</strong>
        {banner.href === null ? headline : external ? <a href={banner.href}>{headline}</a> : <Link href={banner.href}>{headline}</Link>}
        {banner.text && <span className="breaking-text">{banner.text}</span>}
      </p>
    </section>
  );
}
