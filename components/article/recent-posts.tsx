import Link from 'next/link';
import { getLatestArticles } from '@/db/articles';
import { articlePath } from '@/lib/paths';
import { excerpt } from '@/lib/text';
import { TimeAgo } from '@/components/ui/time-ago';
import { getSiteSettings } from '@/db/settings';

/** The "Recent Posts" aside: newest public stories with an excerpt and a relative time. */
export async function RecentPosts({ excludeId }: { excludeId?: number }) {
  const { recentPostsCount: limit } = await getSiteSettings();
  const latest = await getLatestArticles(limit + 1);
  const posts = latest.filter((post) => post.id !== excludeId).slice(0, limit);
  return (
    <aside className="recent-posts" aria-labelledby="recent-posts-heading">
      <h2 id="recent-posts-heading">Recent Posts</h2>
      <ol>
        {posts.map((post) => (
          <li key={post.id}>
            <Link href={articlePath(post)} className="recent-title">
              {post.title}
            </Link>
            <p className="recent-excerpt">{excerpt(post.summary, 110)}</p>
            <p className="recent-meta">
              <TimeAgo date={post.publishedAt} />
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
