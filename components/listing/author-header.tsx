import type { AuthorProfile } from '@/db/authors';
import { getResponsiveImageSource } from '@/db/media';
import { ResponsiveImage } from '@/components/media/responsive-image';

/** A social address as a link label: its host and path, without the scheme (`mastodon.social/@ana`). */
function linkLabel(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

/** Up to two initials: "Amara Okafor" → "AO", "Inès Valcourt-Roy" → "IV". */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map((word) => (word ? Array.from(word)[0]?.toUpperCase() : '')).join('');
}

/** An author page's heading: photo, name, title, bio and links. */
export async function AuthorHeader({ author }: { author: AuthorProfile }) {
  const photo = author.photoUrl ? await getResponsiveImageSource(author.photoUrl) : null;
  const links = [
    ...(author.websiteUrl ? [{ href: author.websiteUrl, label: linkLabel(author.websiteUrl) }] : []),
    ...(author.publicEmail ? [{ href: `mailto:${author.publicEmail}`, label: author.publicEmail }] : []),
    ...author.socialLinks.map((url) => ({ href: url, label: linkLabel(url) })),
  ];
  return (
    <header className="listing-header author-header">
      {photo ? (
        <div className="author-photo">
          <ResponsiveImage image={photo} alt={`Photo of ${author.name}`} sizes="112px" priority />
        </div>
      ) : (
        // No photo yet: their initials hold the photo's place, so every author page has the same shape.
        <div className="author-photo author-monogram" aria-hidden="true">
          {initials(author.name)}
        </div>
      )}
      <div className="author-details">
        <p className="listing-kicker">Author</p>
        <h1>{author.name}</h1>
        {author.title && <p className="author-title">{author.title}</p>}
        {author.bio && <p className="listing-description">{author.bio}</p>}
        {links.length > 0 && (
          <ul className="author-links" aria-label={`${author.name} elsewhere`}>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="me">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  );
}
