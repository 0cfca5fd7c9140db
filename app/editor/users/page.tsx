import type { Metadata } from 'next';
import Link from 'next/link';
import {
  ChangeRoleForm,
  CreateUserForm,
  InviteUserForm,
  ResetPasswordForm,
  RevokeInviteForm,
  ResetTwoFactorForm,
  UserStatusForm,
} from '@/components/editor/admin/user-forms';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { canOnSite } from '@/lib/permissions';
import { ACCOUNT_PATH, requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';
import { listOpenInvites, listStaff, type StaffListItem } from '@/db/users';
import { getSiteClock } from '@/db/settings';
import { formatSiteDateTime } from '@/lib/site-time';
import { editorScreenPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Users' };

function statusOf(user: StaffListItem): string {
  if (user.disabled) return 'Disabled';
  // Accounts without a password (e.g. bylines from an import) exist but cannot sign in until one is set.
  return user.canSignIn ? 'Active' : 'Cannot sign in';
}

export default async function UsersPage() {
  const staff = await requireStaff(editorScreenPath('users'));
  if (!canOnSite(staff, 'manageUsers')) {
    return <NoAccess title="Users" />;
  }
  const [users, invites, clock] = await Promise.all([listStaff(), listOpenInvites(), getSiteClock()]);

  return (
    <>
      <h1>Users</h1>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === staff.id;
            return (
              <tr key={user.id} id={`user-${user.id}`}>
                <td>
                  {user.name}
                  {self && <span className="muted"> (you)</span>}
                </td>
                <td>{user.email}</td>
                <td>
                  <span className="role-badge">{user.role}</span>
                </td>
                <td>
                  {statusOf(user)}
                  {!user.disabled && !user.canSignIn && <p className="field-hint">Set a password to let them sign in.</p>}
                  {user.twoFactor && <p className="field-hint">Two-factor sign-in on</p>}
                </td>
                <td>
                  <div className="form-stack">
                    <ChangeRoleForm user={{ id: user.id, name: user.name }} role={user.role} />
                    {/* Disabling yourself would end your own session mid-task; another admin can do it. */}
                    {self ? (
                      <p className="field-hint">You cannot disable your own account.</p>
                    ) : (
                      <UserStatusForm user={{ id: user.id, name: user.name }} disabled={user.disabled} />
                    )}
                    {/* One's own password needs the current one, on the account page. */}
                    {self ? (
                      <p className="field-hint">
                        Change your own password under <Link href={ACCOUNT_PATH}>Account</Link>.
                      </p>
                    ) : (
                      <ResetPasswordForm user={{ id: user.id, name: user.name }} minPasswordLength={MIN_PASSWORD_LENGTH} />
                    )}
                    {user.twoFactor && <ResetTwoFactorForm user={{ id: user.id, name: user.name }} />}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite by email</h2>
        <p className="muted">
          A one-time link, valid for 48 hours, where they choose their own name and password. The site sends no email yet: you send the
          link.
        </p>
        <InviteUserForm />
        {invites.length > 0 && (
          <table className="data-table">
            <caption>Invitations not used yet</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Works until</th>
                <th scope="col">Invited by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>{invite.email}</td>
                  <td>
                    <span className="role-badge">{invite.role}</span>
                  </td>
                  <td>{formatSiteDateTime(invite.expiresAt, clock)}</td>
                  <td>{invite.invitedByName ?? '—'}</td>
                  <td>
                    <RevokeInviteForm invite={invite} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">New user with a password you choose</h2>
        <CreateUserForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>
    </>
  );
}
