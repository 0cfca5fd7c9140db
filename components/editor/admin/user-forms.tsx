'use client';

import { useActionState, useState } from 'react';
import { createInviteAction, revokeInviteAction, type InviteFormState } from '@/actions/invites';
import {
  changeUserRoleAction,
  createUserAction,
  resetUserPasswordAction,
  resetUserTwoFactorAction,
  setUserDisabledAction,
} from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';
import { type UserRole } from '@/lib/permissions';

// Spelled out here so the schema module stays out of the browser bundle; `satisfies` keeps it complete.
const roleLabels = { admin: 'Administrator', editor: 'Editor', author: 'Author', contributor: 'Contributor' } satisfies Record<
  UserRole,
  string
>;
const roles = Object.keys(roleLabels) as UserRole[];

function RoleOptions() {
  return roles.map((role) => (
    <option key={role} value={role}>
      {roleLabels[role]}
    </option>
  ));
}

const initialInviteState: InviteFormState = { ...initialAdminState, link: null };

/** Invite by email: the answer is the one-time link to send, shown once with a Copy button. */
export function InviteUserForm() {
  const [state, action] = useActionState(createInviteAction, initialInviteState);
  const [copied, setCopied] = useState<string | null>(null);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack invite-form" noValidate>
      <FormMessage state={state} errorLabel="Invitation error" />
      {state.ok && state.link && (
        <div className="field invite-link">
          <label htmlFor="invite-link">Invitation link</label>
          <div className="invite-link-row">
            <input id="invite-link" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} />
            <button
              type="button"
              className="button"
              onClick={() => {
                const link = state.link ?? '';
                void navigator.clipboard?.writeText(link).then(() => setCopied(link));
              }}
            >
              {copied === state.link ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="field-hint">The site sends no email: send this link yourself. It is shown only now.</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="invite-email">Their email</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={shownValue(state, 'email', '')}
          {...describedBy('invite-email', errors.email)}
        />
        <FieldError id="invite-email-error" message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="invite-role">Their role</label>
        <select
          id="invite-role"
          name="role"
          defaultValue={shownValue(state, 'role', 'contributor')}
          {...describedBy('invite-role', errors.role)}
        >
          <RoleOptions />
        </select>
        <FieldError id="invite-role-error" message={errors.role} />
      </div>
      <SubmitButton pendingLabel="Making the link…" className="button button-primary">
        Make an invitation link
      </SubmitButton>
    </form>
  );
}

export function RevokeInviteForm({ invite }: { invite: { id: number; email: string } }) {
  const [state, action] = useActionState(revokeInviteAction, initialAdminState);
  return (
    <form action={action}>
      <FormMessage state={state} errorLabel={`Withdraw error for ${invite.email}`} />
      <input type="hidden" name="inviteId" value={invite.id} />
      <SubmitButton pendingLabel="Withdrawing…">
        Withdraw<span className="visually-hidden"> the invitation for {invite.email}</span>
      </SubmitButton>
    </form>
  );
}

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action] = useActionState(createUserAction, initialAdminState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="New user error" />
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input
          id="new-user-name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          defaultValue={shownValue(state, 'name', '')}
          {...describedBy('new-user-name', errors.name)}
        />
        <FieldError id="new-user-name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">Email</label>
        <input
          id="new-user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={shownValue(state, 'email', '')}
          {...describedBy('new-user-email', errors.email)}
        />
        <FieldError id="new-user-email-error" message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={shownValue(state, 'role', 'contributor')}
          {...describedBy('new-user-role', errors.role, 'new-user-role-hint')}
        >
          <RoleOptions />
        </select>
        <p id="new-user-role-hint" className="field-hint">
          Contributors write drafts for review; authors also publish their own work; editors manage all articles, sections and tags;
          administrators also manage users.
        </p>
        <FieldError id="new-user-role-error" message={errors.role} />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Password</label>
        <input
          id="new-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedBy('new-user-password', errors.password, 'new-user-password-hint')}
        />
        <p id="new-user-password-hint" className="field-hint">
          At least {minPasswordLength} characters. Share it with them privately.
        </p>
        <FieldError id="new-user-password-error" message={errors.password} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Creating…">
          Create user
        </SubmitButton>
      </div>
    </form>
  );
}

interface UserRef {
  id: number;
  name: string;
}

export function ChangeRoleForm({ user, role }: { user: UserRef; role: UserRole }) {
  const [state, action] = useActionState(changeUserRoleAction, initialAdminState);
  const selectId = `user-${user.id}-role`;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Change role of ${user.name} error`} />
      <div className="inline-form">
        <label htmlFor={selectId}>
          Role<span className="visually-hidden"> for {user.name}</span>
        </label>
        <select id={selectId} name="role" defaultValue={shownValue(state, 'role', role)} {...describedBy(selectId, state.fieldErrors.role)}>
          <RoleOptions />
        </select>
        <SubmitButton pendingLabel="Changing…">Change role</SubmitButton>
      </div>
      <FieldError id={`${selectId}-error`} message={state.fieldErrors.role} />
    </form>
  );
}

export function UserStatusForm({ user, disabled }: { user: UserRef; disabled: boolean }) {
  const [state, action] = useActionState(setUserDisabledAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <input type="hidden" name="userId" value={user.id} />
      {/* The state to switch to, not the current one. */}
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <FormMessage state={state} errorLabel={`${disabled ? 'Enable' : 'Disable'} ${user.name} error`} />
      <div>
        <SubmitButton className={disabled ? 'button' : 'button button-danger'} pendingLabel={disabled ? 'Enabling…' : 'Disabling…'}>
          {disabled ? 'Enable' : 'Disable'}
          <span className="visually-hidden"> {user.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ user, minPasswordLength }: { user: UserRef; minPasswordLength: number }) {
  const [state, action] = useActionState(resetUserPasswordAction, initialAdminState);
  const inputId = `user-${user.id}-password`;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Reset password of ${user.name} error`} />
      <div className="inline-form">
        <label htmlFor={inputId}>
          New password<span className="visually-hidden"> for {user.name}</span>
        </label>
        <input
          id={inputId}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedBy(inputId, state.fieldErrors.password)}
        />
        <SubmitButton pendingLabel="Resetting…">Reset password</SubmitButton>
      </div>
      <FieldError id={`${inputId}-error`} message={state.fieldErrors.password} />
    </form>
  );
}

/** Recovery for someone who lost their authenticator: clears it so they can sign in with the password. */
export function ResetTwoFactorForm({ user }: { user: UserRef }) {
  const [state, action] = useActionState(resetUserTwoFactorAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Reset two-factor of ${user.name} error`} />
      <div>
        <SubmitButton pendingLabel="Resetting…">
          Reset two-factor<span className="visually-hidden"> for {user.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
