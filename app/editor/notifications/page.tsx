import type { Metadata } from 'next';
import { markAllNotificationsReadAction, openNotificationAction } from '@/actions/collaboration';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { listNotifications } from '@/db/collaboration';
import { describeNotification } from '@/lib/collaboration';
import { EDITOR_NOTIFICATIONS_PATH } from '@/lib/paths';
import { excerpt } from '@/lib/text';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ read?: string }> }) {
  const staff = await requireStaff(EDITOR_NOTIFICATIONS_PATH);
  const [items, query] = await Promise.all([listNotifications(staff.id), searchParams]);
  const unread = items.filter((item) => item.readAt === null).length;
  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Notifications</h1>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className="button button-quiet">
              Mark all as read
            </button>
          </form>
        )}
      </div>
      <p className="muted">Stories submitted for review, sent back, published, and comments that mention you. Opening one marks it read.</p>
      {query.read === 'all' && (
        <p className="form-notice" role="status">
          All marked as read.
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-state">Nothing yet. When a story of yours is sent back or published, or someone mentions you, it shows here.</p>
      ) : (
        <ol className="notification-list" aria-label={unread > 0 ? `${unread} unread` : 'All read'}>
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? 'notification' : 'notification notification-unread'}>
              <form action={openNotificationAction}>
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="notification-open">
                  {!item.readAt && <span className="visually-hidden">Unread: </span>}
                  {describeNotification(item.kind, item.actorName, item.articleTitle)}
                </button>
              </form>
              {item.commentBody && <p className="notification-quote">{excerpt(item.commentBody, 240)}</p>}
              <p className="notification-time">
                <SiteDateTime date={item.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
