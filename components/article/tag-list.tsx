import Link from 'next/link';
import { tagPath } from '@/lib/paths';

export function TagList({ tags }: { tags: Array<{ slug: string; name: string }> }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-list" aria-label="Topics">
      <span className="tag-list-label">Topics</span>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(tag.slug)}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
