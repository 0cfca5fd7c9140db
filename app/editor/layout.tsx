import type { Metadata } from 'next';
import Link from 'next/link';
import { EDITOR_NOTIFICATIONS_PATH, editorMediaPath, editorProfilePath } from '@/lib/paths';
import { countUnreadNotifications } from '@/db/collaboration';
import type { ReactNode } from 'react';
import { signOutAction, signOutEverywhereAction } from '@/actions/sign-in';
import { canOnSite } from '@/lib/permissions';
import { ACCOUNT_PATH, requireStaff } from '@/web/session';
import { getSiteConfig } from '@/lib/site';
import './editor.css';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: { default: 'Editor', template: '%s — Editor' }, robots: { index: false, follow: false } };

export default async function EditorLayout({ children }: { children: ReactNode }) {
  // Each page checks two-factor itself: the layout also wraps the page where it is set up.
  const staff = await requireStaff('/editor', { allowWithoutTwoFactor: true });
  const { siteName } = getSiteConfig();
  const unread = await countUnreadNotifications(staff.id);
  return (
    <div className="editor-shell">
      <header className="editor-header">
        <Link href="/editor" className="editor-brand">
          {siteName} <span>Editor</span>
        </Link>
        <nav aria-label="Editor">
          <ul>
            <li>
              <Link href="/editor">Dashboard</Link>
            </li>
            <li>
              <Link href="/editor/articles/new">New article</Link>
            </li>
            <li>
              <Link href={editorMediaPath()}>Library</Link>
            </li>
            {canOnSite(staff, 'manageFrontPage') && (
              <li>
                <Link href="/editor/front-page">Front page</Link>
              </li>
            )}
            {canOnSite(staff, 'manageSections') && (
              <>
                <li>
                  <Link href="/editor/sections">Sections</Link>
                </li>
                <li>
                  <Link href="/editor/tags">Tags</Link>
                </li>
                <li>
                  <Link href={editorProfilePath()}>Profiles</Link>
                </li>
              </>
            )}
            {canOnSite(staff, 'managePages') && (
              <li>
                <Link href="/editor/pages">Pages</Link>
              </li>
            )}
            {canOnSite(staff, 'manageMenus') && (
              <li>
                <Link href="/editor/menus">Menus</Link>
              </li>
            )}
            {canOnSite(staff, 'manageUsers') && (
              <>
                <li>
                  <Link href="/editor/users">Users</Link>
                </li>
                <li>
                  <Link href="/editor/audit">Audit log</Link>
                </li>
                <li>
                  <Link href="/editor/settings">Settings</Link>
                </li>
              </>
            )}
            <li>
              <Link href={EDITOR_NOTIFICATIONS_PATH} className="notifications-link">
                Notifications
                {unread > 0 && (
                  <span className="notification-badge">
                    {unread > 99 ? '99+' : unread}
                    <span className="visually-hidden"> unread</span>
                  </span>
                )}
              </Link>
            </li>
            <li>
              <Link href={ACCOUNT_PATH}>Account</Link>
            </li>
            <li>
              <Link href="/">View site</Link>
            </li>
          </ul>
        </nav>
        <div className="editor-account">
          <span>
            {staff.name} · <span className="role-badge">{staff.role}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="button button-quiet">
              Sign out
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="button button-quiet">
              Sign out everywhere
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="editor-main">
        {children}
      </main>
    </div>
  );
}
